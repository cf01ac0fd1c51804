package testdata.blocking_call_on_event_loop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** CustomerRepository over the CRM database; every call is a JDBC round trip. */
public class JdbcCustomerRepository implements CustomerRepository {

    private final DataSource dataSource;

    public JdbcCustomerRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String findEmail(long customerId) {
        return column("email", customerId).orElse("unknown@example.invalid");
    }

    @Override
    public Optional<String> findPhone(long customerId) {
        return column("phone", customerId);
    }

    @Override
    public boolean exists(long customerId) {
        return column("id", customerId).isPresent();
    }

    private Optional<String> column(String name, long customerId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + name + " FROM customers WHERE id = ?")) {
            statement.setLong(1, customerId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("customer lookup failed for " + customerId, e);
        }
    }
}
