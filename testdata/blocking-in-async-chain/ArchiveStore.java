package testdata.blocking_in_async_chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Write-once document archive on the local disk. */
public class ArchiveStore {

    private final Path root;

    public ArchiveStore(Path root) {
        this.root = root;
    }

    public Path store(String documentId, String content) {
        Path target = root.resolve(documentId + ".txt");
        try {
            return Files.writeString(target, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not archive " + documentId, e);
        }
    }

    public Path locate(String documentId) {
        return root.resolve(documentId + ".txt");
    }
}
