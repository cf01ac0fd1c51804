package testdata.double_checked_locking;

/** A fixed allowance of requests; take() is guarded by the bucket's own monitor. */
public final class RateBucket {

    private int tokens;

    RateBucket(int tokens) {
        this.tokens = tokens;
    }

    synchronized boolean take() {
        if (tokens == 0) {
            return false;
        }
        tokens--;
        return true;
    }
}
