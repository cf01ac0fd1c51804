package dev.conlint.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The canonical example of rules/double-checked-locking.md: a lazily built {@code TariffService},
 * double-checked on a plain field, whose callers on the fast path can get the service before its
 * tariffs are loaded. The reordering that makes the canonical example fail (the compiler or the CPU
 * publishing the reference before the constructor's writes) is allowed but rarely seen on x86
 * HotSpot, so the anti-pattern here writes that order out: inside the double check it assigns the
 * new service to the field, then loads it (the rule reports that form too). The fix builds and
 * loads the service in a local, then publishes it to a {@code volatile} field. Requests arrive
 * 1 ms apart on a 4-thread pool while the first one loads the tariffs (10 ms, a sleep standing in
 * for reading the tariff file); the demo counts the requests that met a service without tariffs.
 */
public final class DoubleCheckedLockingDemo implements Demo {

    static final int THREADS = 4;
    static final int STARTS = 5;
    static final int REQUESTS_PER_START = 30;
    static final long ARRIVAL_MILLIS = 1;
    static final long LOAD_MILLIS = 10;

    @Override
    public String ruleId() {
        return "double-checked-locking";
    }

    @Override
    public DemoResult run() {
        long halfBuilt = 0;
        long fixedHalfBuilt = 0;
        for (int start = 0; start < STARTS; start++) {
            halfBuilt += serve(new PlainHolder()::getInstance);
            fixedHalfBuilt += serve(new VolatileHolder()::getInstance);
        }
        long requests = (long) STARTS * REQUESTS_PER_START;
        return new DemoResult(ruleId(), STARTS + " starts of the service, each met by " + REQUESTS_PER_START
                + " requests " + ARRIVAL_MILLIS + " ms apart on a " + THREADS + "-thread pool; the first request"
                + " builds it and loads its tariffs (" + LOAD_MILLIS + " ms)",
                "plain field, published early", "volatile, published when built",
                List.of(new DemoResult.Measure("requests", "", requests, requests),
                        new DemoResult.Measure("met a service without tariffs", "", halfBuilt, fixedHalfBuilt)));
    }

    /** The tariffs of the service; building it reads them, which takes a while. */
    static final class TariffService {
        private Map<String, Long> tariffs;

        void load() {
            try {
                Thread.sleep(LOAD_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            tariffs = Map.of("standard", 2_900L, "night", 1_450L);
        }

        Long tariff(String code) {
            return tariffs.get(code);
        }
    }

    /** How a request gets the service. */
    private interface Lookup {
        TariffService service();
    }

    /** The number of requests, of one freshly started service, that met it without its tariffs. */
    private static long serve(Lookup lookup) {
        ExecutorService requests = Daemons.pool(THREADS);
        try {
            List<Future<Boolean>> answered = new ArrayList<>();
            for (int r = 0; r < REQUESTS_PER_START; r++) {
                answered.add(requests.submit(() -> {
                    try {
                        return lookup.service().tariff("standard") != null;
                    } catch (NullPointerException e) {
                        return false;   // tariffs still null: a half-built service
                    }
                }));
                Thread.sleep(ARRIVAL_MILLIS);
            }
            Daemons.finish(requests);
            long halfBuilt = 0;
            for (Future<Boolean> ok : answered) {
                halfBuilt += ok.get() ? 0 : 1;
            }
            return halfBuilt;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a request failed", e.getCause());
        } finally {
            requests.shutdownNow();
        }
    }

    /** The anti-pattern: a plain field, checked without the lock, assigned before the service is ready. */
    private static final class PlainHolder {
        private TariffService instance;

        @SuppressWarnings("conlint:double-checked-locking") // the demo's anti-pattern, on purpose
        TariffService getInstance() {
            if (instance == null) {
                synchronized (this) {
                    if (instance == null) {
                        TariffService created = new TariffService();
                        instance = created;   // published here, loaded below: the order in which the memory
                        created.load();       // model lets a reader see a constructor's writes, made explicit
                    }
                }
            }
            return instance;
        }
    }

    /** The fix: build and load in a local, then publish to a volatile field, read once. */
    private static final class VolatileHolder {
        private volatile TariffService instance;

        TariffService getInstance() {
            TariffService result = instance;
            if (result == null) {
                synchronized (this) {
                    result = instance;
                    if (result == null) {
                        result = new TariffService();
                        result.load();
                        instance = result;
                    }
                }
            }
            return result;
        }
    }
}
