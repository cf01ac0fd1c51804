package testdata.blocking_call_on_event_loop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Theatre seat inventory; reservation is a conditional UPDATE plus a commit. */
public class SeatRepository {

    private final DataSource dataSource;

    public SeatRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean tryReserve(String showId, String seat, String customerId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE seats SET holder = ? WHERE show_id = ? AND seat = ? AND holder IS NULL")) {
            connection.setAutoCommit(false);
            update.setString(1, customerId);
            update.setString(2, showId);
            update.setString(3, seat);
            boolean reserved = update.executeUpdate() == 1;
            connection.commit();
            return reserved;
        } catch (SQLException e) {
            throw new IllegalStateException("reservation failed for " + showId + "/" + seat, e);
        }
    }
}
