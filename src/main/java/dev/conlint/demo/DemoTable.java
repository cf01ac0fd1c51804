package dev.conlint.demo;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a demo's result as a small table: the measure, then the anti-pattern's and the fix's value. */
public final class DemoTable {

    private DemoTable() {
    }

    public static void print(DemoResult r, double seconds, PrintWriter out) {
        out.println(r.ruleId() + ": " + r.scenario());
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"", r.antiPattern(), r.fix()});
        for (DemoResult.Measure m : r.rows()) {
            lines.add(new String[] {m.name(), value(m.anti(), m.unit()), value(m.fixed(), m.unit())});
        }
        int[] width = new int[3];
        for (String[] l : lines) {
            for (int i = 0; i < 3; i++) {
                width[i] = Math.max(width[i], l[i].length());
            }
        }
        for (String[] l : lines) {
            out.printf(Locale.ROOT, "  %-" + width[0] + "s   %" + width[1] + "s   %" + width[2] + "s%n", l[0], l[1], l[2]);
        }
        out.printf(Locale.ROOT, "  (measured in %.1f s)%n", seconds);
        out.flush();
    }

    /** "1,204 ms", "2,318,504", "0.4 ms". */
    static String value(double v, String unit) {
        String number = Math.abs(v) >= 100 || v == Math.rint(v)
                ? String.format(Locale.ROOT, "%,d", Math.round(v))
                : String.format(Locale.ROOT, "%,.1f", v);
        return unit.isEmpty() ? number : number + " " + unit;
    }
}
