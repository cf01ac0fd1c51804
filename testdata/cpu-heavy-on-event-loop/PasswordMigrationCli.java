package testdata.cpu_heavy_on_event_loop;

import java.util.List;
import java.util.Map;

/**
 * One-off migration of legacy accounts to bcrypt, run by an operator from the command line. Heavy
 * work is fine here: nothing but main reaches it.
 */
public final class PasswordMigrationCli {

    private PasswordMigrationCli() {
    }

    public static void main(String[] args) {
        PasswordHasher hasher = new PasswordHasher();
        CredentialStore migrated = new CredentialStore();
        Map<String, List<String>> usersByTenant = Map.of("acme", List.of(args), "globex", List.of("admin"));
        for (Map.Entry<String, List<String>> tenant : usersByTenant.entrySet()) { // ok: cpu-heavy-on-event-loop
            for (String user : tenant.getValue()) {
                String temporary = tenant.getKey() + "-" + user + "-reset";
                migrated.store(tenant.getKey() + "/" + user, hasher.hash(temporary)); // ok: cpu-heavy-on-event-loop
            }
        }
        System.out.println("migrated " + usersByTenant.values().stream().mapToInt(List::size).sum() + " accounts");
    }
}
