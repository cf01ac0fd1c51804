package dev.conlint.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Repeated runs of a demo, aggregated so one unlucky run on a loaded machine (a GC pause, a
 * descheduled thread) cannot decide a test: tests compare medians over several runs.
 */
final class Runs {

    private final List<DemoResult> results = new ArrayList<>();

    private Runs() {
    }

    static Runs of(Demo demo, int times) {
        Runs runs = new Runs();
        for (int i = 0; i < times; i++) {
            runs.results.add(demo.run());
        }
        return runs;
    }

    /** The median of the anti-pattern's values of a measure. */
    double anti(String measure) {
        return median(results.stream().mapToDouble(r -> r.measure(measure).anti()).toArray());
    }

    /** The median of the fix's values of a measure. */
    double fixed(String measure) {
        return median(results.stream().mapToDouble(r -> r.measure(measure).fixed()).toArray());
    }

    /** The largest of the fix's values of a measure, over every run: "never in the fix" means this is 0. */
    double fixedMax(String measure) {
        return results.stream().mapToDouble(r -> r.measure(measure).fixed()).max().orElseThrow();
    }

    /** The smallest of the fix's values of a measure, over every run. */
    double fixedMin(String measure) {
        return results.stream().mapToDouble(r -> r.measure(measure).fixed()).min().orElseThrow();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
