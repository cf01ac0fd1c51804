package testdata.wait_on_own_executor;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Account balances and recent postings, in memory: every method returns at once. */
public class LedgerBook {

    private final ConcurrentMap<String, Long> balances = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, List<String>> postings = new ConcurrentHashMap<>();

    public long balanceOf(String account) {
        return balances.getOrDefault(account, 0L);
    }

    public String history(String account) {
        return String.join(",", postings.getOrDefault(account, List.of()));
    }

    public String statement(String account) {
        return account + ": " + balanceOf(account) + " (" + history(account) + ")";
    }

    public void warm(String session) {
        balances.putIfAbsent("session:" + session, 0L);
    }
}
