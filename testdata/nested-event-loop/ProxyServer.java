package testdata.nested_event_loop;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The proxy's bootstrap. Groups and pools made in main or in static initialisers exist once per
 * process; initChannel runs once per accepted connection, so a pool made there is one per client.
 */
public final class ProxyServer {

    private static final EventLoopGroup UPSTREAM_LOOPS = new NioEventLoopGroup(2); // ok: nested-event-loop
    private static final ExecutorService AUDIT_POOL;

    static {
        AUDIT_POOL = Executors.newFixedThreadPool(2); // ok: nested-event-loop
    }

    private ProxyServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        EventLoopGroup boss = new NioEventLoopGroup(1); // ok: nested-event-loop
        EventLoopGroup workers = new NioEventLoopGroup(); // ok: nested-event-loop
        UpstreamConnector connector = new UpstreamConnector(UPSTREAM_LOOPS);
        Channel mirror = connector.open("mirror.internal", 7300); // ok: nested-event-loop
        AUDIT_POOL.execute(() -> System.out.println("mirroring to " + mirror.remoteAddress()));
        try {
            new ServerBootstrap().group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ExecutorService sessionPool = Executors.newCachedThreadPool(); // expect: nested-event-loop
                            sessionPool.execute(() -> System.out.println("session opened for " + ch.remoteAddress()));
                            ch.closeFuture().addListener(closed -> sessionPool.shutdown());
                            ch.pipeline().addLast(new MirrorTapHandler(mirror, connector), new UpstreamDialerHandler("backend.internal"));
                        }
                    })
                    .bind(7000)
                    .sync() // ok: nested-event-loop
                    .channel().closeFuture().sync(); // ok: nested-event-loop
        } finally {
            workers.shutdownGracefully();
            boss.shutdownGracefully();
            UPSTREAM_LOOPS.shutdownGracefully();
            AUDIT_POOL.shutdown();
        }
    }
}
