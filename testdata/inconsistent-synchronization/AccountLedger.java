package testdata.inconsistent_synchronization;

/**
 * Running balance of one customer account. Every posting goes through a synchronized method; the
 * statement page reads the balance and the freeze flag through getters that forgot the monitor.
 */
public class AccountLedger {

    private final String accountId;
    private long balanceCents;
    private boolean frozen;
    private int postings;

    public AccountLedger(String accountId, long openingCents) {
        this.accountId = accountId;
        this.balanceCents = openingCents; // ok: inconsistent-synchronization
    }

    public synchronized void deposit(long cents) {
        balanceCents += cents;
        recordPosting();
    }

    public synchronized boolean withdraw(long cents) {
        if (frozen || balanceCents < cents) {
            return false;
        }
        balanceCents -= cents;
        recordPosting();
        return true;
    }

    public synchronized void chargeFee(long cents) {
        balanceCents -= cents;
        recordPosting();
    }

    public synchronized void freeze() {
        frozen = true;
    }

    public synchronized void unfreeze() {
        frozen = false;
    }

    /** Only called from the synchronized posting methods, so it runs under the ledger's monitor. */
    private void recordPosting() {
        postings++; // ok: inconsistent-synchronization
    }

    public synchronized int postings() {
        return postings;
    }

    public long balanceCents() {
        // the value itself, read or written without the lock: reported only against a declared @GuardedBy
        return balanceCents; // ok: inconsistent-synchronization
    }

    public boolean isFrozen() {
        // the value itself, read or written without the lock: reported only against a declared @GuardedBy
        return frozen; // ok: inconsistent-synchronization
    }

    public String accountId() {
        return accountId; // ok: inconsistent-synchronization
    }
}
