package testdata.thread_unsafe_object_shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** Deduplicates uploaded documents by content hash; the one bean serves every upload request. */
@Service
public class ContentFingerprintService {

    private static final Pattern DOC_ID = Pattern.compile("[A-Z]{3}-\\d{6}");
    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "text/csv", "csv");

    private final MessageDigest sha256;
    private final StringBuilder keyBuffer = new StringBuilder(128);
    private final Matcher docIdMatcher = DOC_ID.matcher("");

    public ContentFingerprintService() throws NoSuchAlgorithmException {
        this.sha256 = MessageDigest.getInstance("SHA-256");
    }

    public String fingerprint(byte[] content) {
        return HexFormat.of().formatHex(sha256.digest(content)); // expect: thread-unsafe-object-shared
    }

    public String storageKey(String tenant, String fileName, String contentType) {
        keyBuffer.setLength(0); // expect: thread-unsafe-object-shared
        appendSegment(tenant);
        appendSegment(fileName);
        String extension = EXTENSIONS.getOrDefault(contentType, "bin"); // ok: thread-unsafe-object-shared
        return keyBuffer + extension;
    }

    private void appendSegment(String part) {
        keyBuffer.append(part.replace('/', '_')).append('/'); // expect: thread-unsafe-object-shared
    }

    public boolean isDocumentId(String candidate) {
        return docIdMatcher.reset(candidate).matches(); // expect: thread-unsafe-object-shared
    }

    public boolean mentionsDocumentId(String text) {
        return DOC_ID.matcher(text).find(); // ok: thread-unsafe-object-shared
    }

    public String legacyChecksum(byte[] content) throws NoSuchAlgorithmException {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md5.digest(content)); // ok: thread-unsafe-object-shared
    }
}
