package dev.conlint.demo;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.LongAdder;

/**
 * The canonical example of rules/thread-unsafe-object-shared.md: a login-audit page whose requests,
 * served by a 4-thread pool, all parse the {@code since} parameter and print it back with one shared
 * {@code SimpleDateFormat STAMP}, next to the same page with an immutable {@code DateTimeFormatter}.
 * Every timestamp should come back unchanged; the demo counts those that do not, and the exceptions
 * thrown from inside the formatter.
 */
public final class ThreadUnsafeObjectSharedDemo implements Demo {

    static final int THREADS = 4;
    static final int REQUESTS = 200;
    static final int STAMPS_PER_REQUEST = 100;
    static final String PATTERN = "yyyy-MM-dd HH:mm:ss";

    @Override
    public String ruleId() {
        return "thread-unsafe-object-shared";
    }

    @Override
    public DemoResult run() {
        List<String> stamps = stamps();
        long[] legacy = new LegacyAuditPage().serve(stamps);
        long[] modern = new ModernAuditPage().serve(stamps);
        return new DemoResult(ruleId(), REQUESTS + " requests on a " + THREADS + "-thread pool each parse and print back "
                + STAMPS_PER_REQUEST + " timestamps with one shared formatter",
                "shared SimpleDateFormat", "DateTimeFormatter",
                List.of(new DemoResult.Measure("timestamps", "", stamps.size(), stamps.size()),
                        new DemoResult.Measure("printed wrong", "", legacy[0], modern[0]),
                        new DemoResult.Measure("exceptions", "", legacy[1], modern[1])));
    }

    /** Distinct timestamps spread over several years, as a request's {@code since} parameter gives them. */
    static List<String> stamps() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(PATTERN);
        LocalDateTime first = LocalDateTime.of(2019, 1, 1, 0, 0);
        List<String> stamps = new ArrayList<>(REQUESTS * STAMPS_PER_REQUEST);
        for (int i = 0; i < REQUESTS * STAMPS_PER_REQUEST; i++) {
            stamps.add(first.plusSeconds(i * 3_907L).format(format));
        }
        return stamps;
    }

    /** Counts what went wrong while the requests were served: {printed wrong, exceptions}. */
    private static final class Tally {
        private final LongAdder wrong = new LongAdder();
        private final LongAdder exceptions = new LongAdder();

        void check(String since, String printed) {
            if (!printed.equals(since)) {
                wrong.increment();
            }
        }

        void threw() {
            exceptions.increment();
        }

        long[] sums() {
            return new long[] {wrong.sum(), exceptions.sum()};
        }
    }

    /** The anti-pattern: one {@code SimpleDateFormat}, which keeps the date it works on in its own fields. */
    private static final class LegacyAuditPage {
        private final SimpleDateFormat stamp = new SimpleDateFormat(PATTERN);

        LegacyAuditPage() {
            stamp.setTimeZone(TimeZone.getTimeZone("UTC"));
        }

        long[] serve(List<String> stamps) {
            Tally tally = new Tally();
            ExecutorService requests = Daemons.pool(THREADS);
            try {
                for (int r = 0; r < REQUESTS; r++) {
                    List<String> params = stamps.subList(r * STAMPS_PER_REQUEST, (r + 1) * STAMPS_PER_REQUEST);
                    requests.execute(() -> {
                        for (String since : params) {
                            try {
                                tally.check(since, echo(since));
                            } catch (ParseException | RuntimeException e) {
                                tally.threw();
                            }
                        }
                    });
                }
                Daemons.finish(requests);
                return tally.sums();
            } finally {
                requests.shutdownNow();
            }
        }

        /** A request: parse the {@code since} parameter, print it back. */
        @SuppressWarnings("conlint:thread-unsafe-object-shared") // the demo's anti-pattern, on purpose
        private String echo(String since) throws ParseException {
            return stamp.format(stamp.parse(since));
        }
    }

    /** The fix: an immutable formatter, safe to share. */
    private static final class ModernAuditPage {
        private final DateTimeFormatter stamp = DateTimeFormatter.ofPattern(PATTERN);

        long[] serve(List<String> stamps) {
            Tally tally = new Tally();
            ExecutorService requests = Daemons.pool(THREADS);
            try {
                for (int r = 0; r < REQUESTS; r++) {
                    List<String> params = stamps.subList(r * STAMPS_PER_REQUEST, (r + 1) * STAMPS_PER_REQUEST);
                    requests.execute(() -> {
                        for (String since : params) {
                            try {
                                tally.check(since, echo(since));
                            } catch (RuntimeException e) {
                                tally.threw();
                            }
                        }
                    });
                }
                Daemons.finish(requests);
                return tally.sums();
            } finally {
                requests.shutdownNow();
            }
        }

        /** A request: parse the {@code since} parameter, print it back. */
        private String echo(String since) {
            return stamp.format(LocalDateTime.parse(since, stamp));
        }
    }
}
