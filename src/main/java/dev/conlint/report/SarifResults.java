package dev.conlint.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.CodeFlow;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.ThreadFlow;
import com.contrastsecurity.sarif.ThreadFlowLocation;
import dev.conlint.finding.ChainStep;
import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.finding.SourceLocation;
import dev.conlint.finding.SuppressedFinding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns findings into SARIF results and locations; one instance per report. */
final class SarifResults {

    static final String SRCROOT = "%SRCROOT%";
    static final String LINE_HASH = "primaryLocationLineHash";

    /** "[text](" in a message would read as an embedded link (SARIF 3.11.6). */
    private static final Pattern LINK_LIKE = Pattern.compile("]\\(");

    private final SourcePaths paths;
    private final SourceFiles files;
    private final Fingerprints fingerprints;
    private final Map<String, Integer> ruleIndex;

    SarifResults(SourcePaths paths, SourceFiles files, Fingerprints fingerprints, Map<String, Integer> ruleIndex) {
        this.paths = paths;
        this.files = files;
        this.fingerprints = fingerprints;
        this.ruleIndex = ruleIndex;
    }

    Result result(Finding f) {
        Result result = new Result()
                .withRuleId(f.ruleId())
                .withLevel(level(f.level()))
                .withMessage(new Message().withText(messageText(f)))
                .withLocations(List.of(location(f.location())))
                .withPartialFingerprints(partialFingerprints(f));
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            result.withRuleIndex(index);
        }
        if (!f.chain().isEmpty()) {
            result.withCodeFlows(List.of(codeFlow(f)));
        }
        if (!f.related().isEmpty()) {
            result.withRelatedLocations(relatedLocations(f.related()));
        }
        if (f.context() != null && !f.context().isBlank()) {
            result.withProperties(new PropertyBag().withAdditionalProperty("context", f.context()));
        }
        return result;
    }

    Result suppressedResult(SuppressedFinding s) {
        Suppression suppression = new Suppression().withKind(
                s.kind() == SuppressedFinding.Kind.BASELINE ? Suppression.Kind.EXTERNAL : Suppression.Kind.IN_SOURCE);
        if (s.justification() != null && !s.justification().isBlank()) {
            suppression.withJustification(s.justification());
        }
        return result(s.finding()).withSuppressions(new LinkedHashSet<>(List.of(suppression)));
    }

    /** A location in a source file, relative to {@code %SRCROOT%} when the file is below the root. */
    Location location(SourceLocation at) {
        PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(artifact(at.file()));
        Region region = region(at);
        if (region != null) {
            physical.withRegion(region);
        }
        return new Location().withPhysicalLocation(physical);
    }

    ArtifactLocation artifact(Path file) {
        ArtifactLocation artifact = new ArtifactLocation().withUri(paths.uri(file));
        return paths.isUnderRoot(file) ? artifact.withUriBaseId(SRCROOT) : artifact;
    }

    static Result.Level level(Level level) {
        return switch (level) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case NOTE -> Result.Level.NOTE;
        };
    }

    /**
     * The finding's message; with related locations, followed by embedded links to them, since GitHub
     * shows related locations only as links in the message.
     */
    private static String messageText(Finding f) {
        if (f.related().isEmpty()) {
            return f.message();
        }
        String message = LINK_LIKE.matcher(f.message()).find() ? escapeLinkText(f.message()) : f.message();
        List<String> links = new ArrayList<>();
        for (int i = 0; i < f.related().size(); i++) {
            String text = Objects.requireNonNullElse(f.related().get(i).description(), "related location");
            links.add("[" + escapeLinkText(text) + "](" + (i + 1) + ")");
        }
        boolean sentenceEnds = message.endsWith(".") || message.endsWith("!") || message.endsWith("?");
        return message + (sentenceEnds ? " " : ". ") + "See " + String.join(", ", links) + ".";
    }

    private static String escapeLinkText(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    private PartialFingerprints partialFingerprints(Finding f) {
        PartialFingerprints partial = new PartialFingerprints()
                .withAdditionalProperty(Fingerprints.CONLINT_V1, fingerprints.of(f));
        files.lineHash(f.location().file(), Math.max(f.location().line(), 1))
                .ifPresent(hash -> partial.withAdditionalProperty(LINE_HASH, hash));
        return partial;
    }

    /** The call chain as one thread flow whose steps carry their location inline (GitHub ignores indices). */
    private CodeFlow codeFlow(Finding f) {
        List<ThreadFlowLocation> steps = new ArrayList<>();
        for (ChainStep step : f.chain()) {
            Location location = location(step.location()).withMessage(new Message().withText(step.description()));
            steps.add(new ThreadFlowLocation().withLocation(location));
        }
        CodeFlow flow = new CodeFlow().withThreadFlows(List.of(new ThreadFlow().withLocations(steps)));
        if (f.context() != null && !f.context().isBlank()) {
            flow.withMessage(new Message().withText(f.context()));
        }
        return flow;
    }

    private Set<Location> relatedLocations(List<ChainStep> related) {
        Set<Location> locations = new LinkedHashSet<>();
        for (int i = 0; i < related.size(); i++) {
            ChainStep step = related.get(i);
            locations.add(location(step.location())
                    .withId(i + 1)
                    .withMessage(new Message().withText(step.description())));
        }
        return locations;
    }

    /** 1-based lines and columns; SARIF's endColumn is exclusive where SourceLocation's is inclusive. */
    private static Region region(SourceLocation at) {
        if (at.line() < 1) {
            return null;
        }
        Region region = new Region().withStartLine(at.line()).withEndLine(Math.max(at.endLine(), at.line()));
        if (at.column() >= 1) {
            region.withStartColumn(at.column());
            if (at.endColumn() >= 1 && (at.endLine() > at.line() || at.endColumn() >= at.column())) {
                region.withEndColumn(at.endColumn() + 1);
            }
        }
        return region;
    }
}
