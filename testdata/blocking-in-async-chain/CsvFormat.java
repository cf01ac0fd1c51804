package testdata.blocking_in_async_chain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV helpers. join() concatenates fields into one line; it has nothing to do with
 * CompletableFuture.join or Thread.join.
 */
public final class CsvFormat {

    private CsvFormat() {
    }

    public static String join(List<String> fields) {
        return fields.stream().map(CsvFormat::quote).collect(Collectors.joining(","));
    }

    public static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
