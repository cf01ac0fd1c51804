package testdata.cpu_heavy_on_event_loop;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * Compresses outgoing report frames at the best (slowest) level. Small frames go out as they are;
 * a report of several megabytes keeps the event loop deflating for a long time.
 */
public class CompressingFrameEncoder extends MessageToByteEncoder<String> {

    private static final int THRESHOLD = 1024;

    @Override
    protected void encode(ChannelHandlerContext ctx, String frame, ByteBuf out) {
        byte[] input = frame.getBytes(StandardCharsets.UTF_8);
        if (input.length < THRESHOLD) {
            out.writeByte(0);
            out.writeBytes(input);
            return;
        }
        out.writeByte(1);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(input);
            deflater.finish();
            byte[] chunk = new byte[8192];
            while (!deflater.finished()) {
                // Netty codecs compress on the event loop by design (knowledge: notOn Netty)
                int length = deflater.deflate(chunk); // ok: cpu-heavy-on-event-loop
                out.writeBytes(chunk, 0, length);
            }
        } finally {
            deflater.end();
        }
    }
}
