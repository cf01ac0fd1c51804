package testdata.blocking_call_on_event_loop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain JDBC access to the orders schema. Every method blocks on the database. */
public class OrderDao {

    private final DataSource dataSource;

    public OrderDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String findStatus(long orderId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT status FROM orders WHERE id = ?")) {
            statement.setLong(1, orderId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : "UNKNOWN";
            }
        } catch (SQLException e) {
            throw new IllegalStateException("order lookup failed for " + orderId, e);
        }
    }

    public List<String> invoiceLines(long orderId) {
        return query("SELECT sku || ';' || quantity || ';' || amount FROM order_lines WHERE order_id = ?",
                String.valueOf(orderId));
    }

    public List<String> settledOn(String day) {
        return query("SELECT id || ';' || total FROM orders WHERE settled_on = CAST(? AS DATE)", day);
    }

    public String summaryFor(String period) {
        List<String> rows = query("SELECT count(*) || ' orders, ' || sum(total) FROM orders "
                + "WHERE to_char(created_at, 'YYYY-MM-DD') LIKE ?", period + "%");
        return rows.isEmpty() ? "no orders" : rows.get(0);
    }

    private List<String> query(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getString(1));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }
}
