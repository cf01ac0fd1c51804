package testdata.blocking_in_async_chain;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** JDBC access to the price table used by the importers. */
public class PriceTable {

    public record Row(String sku, BigDecimal price) {
    }

    private final DataSource dataSource;

    public PriceTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int upsert(Row row) {
        return update("MERGE INTO prices (sku, price) KEY (sku) VALUES (?, ?)", row.sku(), row.price().toPlainString());
    }

    public int stage(String feed, List<String> lines) {
        return update("INSERT INTO staged_feeds (feed, line_count) VALUES (?, ?)", feed, Integer.toString(lines.size()));
    }

    public String describe(String sku) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT sku || ' ' || price FROM prices WHERE sku = ?")) {
            select.setString(1, sku);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : sku + " unpriced";
            }
        } catch (SQLException e) {
            throw new IllegalStateException("price lookup failed for " + sku, e);
        }
    }

    public void vacuum() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE prices");
        } catch (SQLException e) {
            throw new IllegalStateException("vacuum failed", e);
        }
    }

    private int update(String sql, String first, String second) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, first);
            statement.setString(2, second);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("price update failed: " + sql, e);
        }
    }
}
