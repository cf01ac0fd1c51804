package dev.conlint;

import dev.conlint.discover.FileDiscovery;
import dev.conlint.facts.FileFacts;
import dev.conlint.facts.SourceParser;
import dev.conlint.facts.SuppressionFacts;
import dev.conlint.finding.FileProblem;
import dev.conlint.finding.Finding;
import dev.conlint.finding.ScanResult;
import dev.conlint.finding.ScanStats;
import dev.conlint.finding.SuppressedFinding;
import dev.conlint.knowledge.Knowledge;
import dev.conlint.knowledge.KnowledgeException;
import dev.conlint.model.Analysis;
import dev.conlint.model.ProjectModel;
import dev.conlint.report.Fingerprints;
import dev.conlint.rules.Rule;
import dev.conlint.rules.Rules;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipeline, one way from files to a {@link ScanResult}: discover, parse in parallel into
 * facts (ASTs are dropped there), build the project model, run the rules, apply suppressions and
 * the baseline. The CLI and the Maven goal are two front doors onto this class.
 */
public final class Scanner {

    /** Parse workers get deep stacks: deeply nested expressions recurse deeply in the parser. */
    private static final long WORKER_STACK = 64L * 1024 * 1024;

    private final Knowledge knowledge;

    public Scanner(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public static Scanner withKnowledge(List<Path> extraFiles) throws KnowledgeException {
        return new Scanner(Knowledge.load(extraFiles));
    }

    public ScanResult scan(ScanOptions options) {
        Map<String, Long> millis = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        FileDiscovery.Result discovered = new FileDiscovery(matchers(options.excludes())).discover(options.paths());
        long t1 = System.nanoTime();
        millis.put("discover", (t1 - t0) / 1_000_000);

        List<FileProblem> problems = new ArrayList<>(discovered.problems());
        List<FileFacts> facts = new ArrayList<>();
        long[] counts = parse(discovered.files(), options, facts, problems);
        long t2 = System.nanoTime();
        millis.put("parse", (t2 - t1) / 1_000_000);

        List<Rule> rules = selected(options);
        List<Finding> findings = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        if (!options.parseOnly()) {
            Analysis analysis = Analysis.of(new ProjectModel(facts, knowledge,
                    dev.conlint.model.Classpath.of(options.classpath())));
            long t3 = System.nanoTime();
            millis.put("model", (t3 - t2) / 1_000_000);
            List<Finding> raw = new ArrayList<>();
            for (Rule rule : rules) {
                raw.addAll(rule.check(analysis));
            }
            Collections.sort(raw);
            long t4 = System.nanoTime();
            millis.put("rules", (t4 - t3) / 1_000_000);
            suppress(raw, facts, options, findings, suppressed);
            millis.put("suppress", (System.nanoTime() - t4) / 1_000_000);
        }
        Collections.sort(problems);
        ScanStats stats = new ScanStats(discovered.files().size(), (int) counts[1], counts[0], millis);
        return new ScanResult(options.sourceRoot(), Rules.infos(rules), findings, suppressed, problems, stats);
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>(globs.size());
        for (String g : globs) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        }
        return out;
    }

    private List<Rule> selected(ScanOptions options) {
        List<Rule> out = new ArrayList<>();
        for (Rule r : Rules.all()) {
            String id = r.meta().id();
            if ((options.enable().isEmpty() || options.enable().contains(id)) && !options.disable().contains(id)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Parses every file; returns {lines, files parsed}. */
    private long[] parse(List<Path> files, ScanOptions options, List<FileFacts> facts, List<FileProblem> problems) {
        SourceParser parser = new SourceParser(knowledge.tokenCalls());
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), workers());
        try {
            List<Future<SourceParser.Outcome>> outcomes = new ArrayList<>(files.size());
            for (Path f : files) {
                outcomes.add(pool.submit(() -> parser.parse(f, options.parseOnly())));
            }
            long lines = 0;
            long parsed = 0;
            for (int i = 0; i < files.size(); i++) {
                SourceParser.Outcome o = outcome(outcomes.get(i));
                lines += o.lines();
                parsed += o.parsed() ? 1 : 0;
                if (o.facts() != null) {
                    facts.add(o.facts());
                }
                if (o.problem() != null) {
                    problems.add(new FileProblem(files.get(i), o.problem()));
                }
                options.progress().parsed(i + 1, files.size());
            }
            return new long[] {lines, parsed};
        } finally {
            pool.shutdownNow();
        }
    }

    private static SourceParser.Outcome outcome(Future<SourceParser.Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new SourceParser.Outcome(null, "internal error while analysing this file: " + cause, 0, false);
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "conlint-parse-" + n.incrementAndGet(), WORKER_STACK);
            t.setDaemon(true);
            return t;
        };
    }

    private static void suppress(List<Finding> raw, List<FileFacts> facts, ScanOptions options,
                                 List<Finding> findings, List<SuppressedFinding> suppressed) {
        Map<Path, FileFacts> byPath = new HashMap<>();
        facts.forEach(f -> byPath.put(f.path(), f));
        List<String> prints = options.suppressedByBaseline().isEmpty() ? null
                : Fingerprints.compute(raw, options.sourceRoot());
        for (int i = 0; i < raw.size(); i++) {
            Finding f = raw.get(i);
            SuppressionFacts s = inSource(byPath.get(f.location().file()), f);
            if (s != null) {
                suppressed.add(new SuppressedFinding(f, SuppressedFinding.Kind.IN_SOURCE, s.justification()));
            } else if (prints != null && options.suppressedByBaseline().contains(prints.get(i))) {
                suppressed.add(new SuppressedFinding(f, SuppressedFinding.Kind.BASELINE, "in the baseline"));
            } else {
                findings.add(f);
            }
        }
    }

    private static SuppressionFacts inSource(FileFacts file, Finding f) {
        if (file == null) {
            return null;
        }
        for (SuppressionFacts s : file.suppressions()) {
            if (s.covers(f.ruleId(), f.location().line())) {
                return s;
            }
        }
        return null;
    }
}
