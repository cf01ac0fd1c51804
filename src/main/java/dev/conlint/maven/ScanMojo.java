package dev.conlint.maven;

import dev.conlint.finding.Finding;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.util.List;

/** {@code conlint:scan}: what {@code check} does, without failing the build (for reports and code scanning). */
@Mojo(name = "scan", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public final class ScanMojo extends AbstractConlintMojo {

    @Override
    void judge(List<Finding> findings, File report) {
        // a report only: the findings are in the log and in the SARIF file
    }
}
