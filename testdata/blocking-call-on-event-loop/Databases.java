package testdata.blocking_call_on_event_loop;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Looks up the container-managed connection pools. Only bootstrap code calls this,
 * once, before any event loop runs.
 */
public final class Databases {

    private static final String PREFIX = "java:comp/env/jdbc/";

    private Databases() {
    }

    public static DataSource lookup(String name) {
        try {
            InitialContext naming = new InitialContext();
            try {
                return (DataSource) naming.lookup(PREFIX + name);
            } finally {
                naming.close();
            }
        } catch (NamingException e) {
            throw new IllegalStateException("no data source bound as " + PREFIX + name, e);
        }
    }
}
