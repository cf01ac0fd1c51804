package testdata.blocking_in_async_chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Sales figures for the management reports. */
public class SalesRepository {

    private final DataSource dataSource;

    public SalesRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String totalsFor(String reportId) {
        return single("SELECT region || ':' || sum(amount) FROM sales WHERE report_id = ? GROUP BY region", reportId);
    }

    public String annotate(String reportId, String totals) {
        String owner = single("SELECT owner FROM reports WHERE id = ?", reportId);
        return totals + " (owner " + owner + ")";
    }

    private String single(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : "";
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sales query failed for " + parameter, e);
        }
    }
}
