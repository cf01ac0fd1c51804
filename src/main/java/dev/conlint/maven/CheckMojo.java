package dev.conlint.maven;

import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * {@code conlint:check}: scans the project's sources, logs the findings, writes
 * {@code target/conlint.sarif} and fails the build on findings at or above {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public final class CheckMojo extends AbstractConlintMojo {

    /** The lowest level that fails the build: error, warning, note, or none. */
    @Parameter(property = "conlint.failOn", defaultValue = "warning")
    private String failOn;

    @Override
    void judge(List<Finding> findings, File report) throws MojoFailureException {
        if ("none".equalsIgnoreCase(failOn.strip())) {
            return;
        }
        Level threshold;
        try {
            threshold = Level.parse(failOn.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("conlint: unknown failOn level '" + failOn + "' (error, warning, note, none)");
        }
        long failing = atOrAbove(findings, threshold);
        if (failing > 0) {
            throw new MojoFailureException("conlint: " + failing + " finding" + (failing == 1 ? "" : "s")
                    + " at or above " + threshold.name().toLowerCase(java.util.Locale.ROOT) + " (see the log above and "
                    + report + ")");
        }
    }
}
