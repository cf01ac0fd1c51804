package testdata.blocking_in_async_chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** Records delivery estimates in the logistics database. */
public class DeliveryLedger {

    private final DataSource dataSource;

    public DeliveryLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void recordEta(String trackingId, Instant eta) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     "MERGE INTO delivery_eta (tracking_id, eta) KEY (tracking_id) VALUES (?, ?)")) {
            upsert.setString(1, trackingId);
            upsert.setTimestamp(2, Timestamp.from(eta));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record ETA for " + trackingId, e);
        }
    }
}
