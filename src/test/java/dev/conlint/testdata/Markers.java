package dev.conlint.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code // expect: ID[, ID]} and {@code // ok: ID} markers of testdata, read straight from
 * the files (never from conlint's own output).
 */
final class Markers {

    private static final Pattern MARKER = Pattern.compile("//\\s*(expect|ok):\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)\\s*$");

    /** One marker: a file (relative, '/'-separated), a line, a rule id. */
    record Marker(String file, int line, String ruleId) implements Comparable<Marker> {
        @Override
        public int compareTo(Marker o) {
            int c = file.compareTo(o.file);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(line, o.line);
            return c != 0 ? c : ruleId.compareTo(o.ruleId);
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + ruleId;
        }
    }

    final List<Marker> expected = new ArrayList<>();
    final List<Marker> ok = new ArrayList<>();

    static Markers read(Path root) throws IOException {
        Markers m = new Markers();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = MARKER.matcher(lines.get(i));
                if (matcher.find()) {
                    List<Marker> into = matcher.group(1).equals("expect") ? m.expected : m.ok;
                    for (String id : matcher.group(2).split("\\s*,\\s*")) {
                        into.add(new Marker(rel, i + 1, id));
                    }
                }
            }
        }
        return m;
    }
}
