package dev.conlint.facts;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything later stages need from one source file; the AST is gone once this exists.
 */
public record FileFacts(Path path, int lines, ImportContext imports, List<TypeFacts> types, List<UnitFacts> units,
                        List<SuppressionFacts> suppressions) {
    public FileFacts {
        types = List.copyOf(types);
        units = List.copyOf(units);
        suppressions = List.copyOf(suppressions);
    }
}
