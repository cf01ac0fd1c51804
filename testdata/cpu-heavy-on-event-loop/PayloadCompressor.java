package testdata.cpu_heavy_on_event_loop;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/** Compresses whole documents in memory before they are queued for the archive. */
public class PayloadCompressor {

    private final int level;

    public PayloadCompressor(int level) {
        this.level = level;
    }

    public byte[] compress(byte[] document) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(document);
            deflater.finish();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(document.length / 2 + 64);
            byte[] chunk = new byte[16 * 1024];
            while (!deflater.finished()) {
                compressed.write(chunk, 0, deflater.deflate(chunk));
            }
            return compressed.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
