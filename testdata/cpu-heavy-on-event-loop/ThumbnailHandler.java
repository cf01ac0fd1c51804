package testdata.cpu_heavy_on_event_loop;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Photo upload protocol: each frame is one photo, answered with its thumbnail. The ETag digest is
 * cheap; the decode, scale and encode behind renderer.thumbnail() hold the event loop.
 */
public class ThumbnailHandler extends SimpleChannelInboundHandler<ByteBuf> {

    private final ThumbnailRenderer renderer;

    public ThumbnailHandler(ThumbnailRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf upload) throws IOException, NoSuchAlgorithmException {
        byte[] photo = ByteBufUtil.getBytes(upload);
        byte[] digest = MessageDigest.getInstance("SHA-1").digest(photo); // ok: cpu-heavy-on-event-loop
        ctx.write(Unpooled.copiedBuffer(HexFormat.of().formatHex(digest) + "\n", StandardCharsets.US_ASCII));
        byte[] thumbnail = renderer.thumbnail(photo); // expect: cpu-heavy-on-event-loop
        ctx.writeAndFlush(Unpooled.wrappedBuffer(thumbnail));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
