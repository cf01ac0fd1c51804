package testdata.blocking_call_on_event_loop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Help-desk tickets in the support database. */
public class TicketDao {

    private final DataSource dataSource;

    public TicketDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> openTicketIds() {
        return strings("SELECT id FROM tickets WHERE state = ?", "OPEN");
    }

    public String summary(String ticketId) {
        List<String> rows = strings("SELECT id || ' ' || title FROM tickets WHERE id = ?", ticketId);
        return rows.isEmpty() ? ticketId + " (deleted)" : rows.get(0);
    }

    private List<String> strings(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("ticket query failed", e);
        }
    }
}
