package testdata.blocking_call_on_event_loop;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** JDBC repository for the product catalog. */
public class CatalogRepository {

    private final DataSource dataSource;

    public CatalogRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public BigDecimal unitPrice(String sku) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT unit_price FROM products WHERE sku = ?")) {
            statement.setString(1, sku);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getBigDecimal(1) : BigDecimal.ZERO;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("price lookup failed for " + sku, e);
        }
    }

    public String describe(long productId) {
        return singleString("SELECT name || ' - ' || summary FROM products WHERE id = ?", productId);
    }

    public int stockLevel(long productId) {
        return Integer.parseInt(singleString("SELECT quantity FROM stock WHERE product_id = ?", productId));
    }

    private String singleString(String sql, long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : "0";
            }
        } catch (SQLException e) {
            throw new IllegalStateException("catalog query failed for " + id, e);
        }
    }
}
