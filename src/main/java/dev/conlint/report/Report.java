package dev.conlint.report;

import dev.conlint.finding.ScanResult;

import java.io.IOException;
import java.io.Writer;

/**
 * Renders a scan result in one output format. Implementations are stateless between calls, write
 * only to {@code out} and never close it (it may be stdout). The same {@link ScanResult} always gives
 * the same characters.
 */
public interface Report {

    void write(ScanResult result, Writer out) throws IOException;
}
