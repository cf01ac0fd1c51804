package testdata.shared_mutable_field;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;

/**
 * Pipeline of the telemetry ingest port. One MessageCounter is added to every channel (it is
 * @Sharable), so all event loops run its channelRead at once and its plain counters lose updates.
 * A FrameStats is created per channel and only ever runs on that channel's event loop.
 */
public class TelemetryPipeline extends ChannelInitializer<SocketChannel> {

    private final MessageCounter counter = new MessageCounter();

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline().addLast(new FrameStats(), counter);
    }

    @ChannelHandler.Sharable
    public static final class MessageCounter extends ChannelInboundHandlerAdapter {

        private long messages;
        private String lastRemote;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            messages++; // expect: shared-mutable-field
            noteRemote(ctx);
            ctx.fireChannelRead(msg);
        }

        private void noteRemote(ChannelHandlerContext ctx) {
            lastRemote = String.valueOf(ctx.channel().remoteAddress()); // expect: shared-mutable-field
        }

        public String status() {
            return messages + " messages, last from " + lastRemote;
        }
    }

    public static final class FrameStats extends ChannelInboundHandlerAdapter {

        private long frames;
        private long bytes;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            frames++; // ok: shared-mutable-field
            if (msg instanceof ByteBuf buf) {
                bytes += buf.readableBytes(); // ok: shared-mutable-field
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            ctx.fireUserEventTriggered("telemetry frames=" + frames + " bytes=" + bytes); // ok: shared-mutable-field
            ctx.fireChannelInactive();
        }
    }
}
