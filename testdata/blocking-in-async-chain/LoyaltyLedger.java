package testdata.blocking_in_async_chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Append-only ledger of loyalty point movements. */
public class LoyaltyLedger {

    private final DataSource dataSource;

    public LoyaltyLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void append(String customerId, int points) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO loyalty_ledger (customer_id, points, booked_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, customerId);
            insert.setInt(2, points);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("ledger append failed for " + customerId, e);
        }
    }
}
