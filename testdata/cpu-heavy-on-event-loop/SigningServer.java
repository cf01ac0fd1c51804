package testdata.cpu_heavy_on_event_loop;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import java.nio.charset.StandardCharsets;

/** Licence server: key generation gets a group of its own, report frames are compressed inline. */
public final class SigningServer {

    private SigningServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        EventLoopGroup loops = new NioEventLoopGroup(); // ok: nested-event-loop
        EventExecutorGroup signingGroup = new DefaultEventExecutorGroup(4);
        try {
            new ServerBootstrap()
                    .group(loops)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new LineBasedFrameDecoder(256),
                                    new StringDecoder(StandardCharsets.US_ASCII), new CompressingFrameEncoder());
                            ch.pipeline().addLast(signingGroup, "sign", new LicenseSigningHandler());
                        }
                    })
                    .bind(7443)
                    .sync() // ok: nested-event-loop
                    .channel().closeFuture().sync(); // ok: nested-event-loop
        } finally {
            signingGroup.shutdownGracefully();
            loops.shutdownGracefully();
        }
    }
}
