package testdata.blocking_call_on_event_loop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads market quotes from the tick database. */
public class QuoteFeedDao {

    private final DataSource dataSource;

    public QuoteFeedDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String lastPrice(String symbol) {
        List<String> prices = prices(symbol, 1);
        return prices.isEmpty() ? "n/a" : prices.get(0);
    }

    public List<String> history(String symbol) {
        return prices(symbol, 390);
    }

    private List<String> prices(String symbol, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT price FROM ticks WHERE symbol = ? ORDER BY ts DESC LIMIT ?")) {
            statement.setString(1, symbol);
            statement.setInt(2, limit);
            List<String> prices = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    prices.add(rows.getString(1));
                }
            }
            return prices;
        } catch (SQLException e) {
            throw new IllegalStateException("tick query failed for " + symbol, e);
        }
    }
}
