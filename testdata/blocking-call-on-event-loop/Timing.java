package testdata.blocking_call_on_event_loop;

import java.util.function.Supplier;

/**
 * Measures how long a piece of work takes. The supplier runs right here, on the caller's
 * thread, so whatever it does happens wherever timed() was called.
 */
public final class Timing {

    private static final System.Logger LOG = System.getLogger(Timing.class.getName());

    private Timing() {
    }

    public static <T> T timed(String operation, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            long micros = (System.nanoTime() - start) / 1_000;
            LOG.log(System.Logger.Level.DEBUG, "{0} took {1} us", operation, micros);
        }
    }
}
