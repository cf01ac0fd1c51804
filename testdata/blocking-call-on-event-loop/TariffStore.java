package testdata.blocking_call_on_event_loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Shipping tariffs, by key from the database or by sheet from memory. load(String) blocks on
 * JDBC, load(Path) only reads the sheets loaded at startup; both save overloads block.
 */
public class TariffStore {

    private final DataSource dataSource;
    private final Map<Path, String> sheets = new ConcurrentHashMap<>();

    public TariffStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String load(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT body FROM tariffs WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : "";
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tariff lookup failed for " + key, e);
        }
    }

    public String load(Path sheet) {
        return sheets.getOrDefault(sheet, "");
    }

    public void save(String key, String body) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("MERGE INTO tariffs (key, body) KEY (key) VALUES (?, ?)")) {
            upsert.setString(1, key);
            upsert.setString(2, body);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("tariff update failed for " + key, e);
        }
    }

    public void save(Path sheet, String body) {
        try {
            Files.writeString(sheet, body);
            sheets.put(sheet, body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write tariff sheet " + sheet, e);
        }
    }
}
