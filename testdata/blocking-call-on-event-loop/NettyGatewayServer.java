package testdata.blocking_call_on_event_loop;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** Bootstrap of the Netty services; it waits on futures from main, never from a loop. */
public final class NettyGatewayServer {

    private NettyGatewayServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        CustomerRepository customers = new JdbcCustomerRepository(Databases.lookup("crm"));
        QuoteHistoryStore history = new QuoteHistoryStore(Path.of("var", "closes"));
        QuoteApiClient quotes = new QuoteApiClient(HttpClient.newHttpClient(), URI.create("https://quotes.example.com"));
        EventLoopGroup boss = new NioEventLoopGroup(1); // ok: nested-event-loop
        EventLoopGroup workers = new NioEventLoopGroup(); // ok: nested-event-loop
        EventExecutorGroup databaseGroup = new DefaultEventExecutorGroup(8);
        ExecutorService historyPool = Executors.newFixedThreadPool(4); // ok: nested-event-loop
        try {
            Channel collector = new Bootstrap().group(workers).channel(NioSocketChannel.class)
                    .handler(new StringEncoder(StandardCharsets.UTF_8))
                    .connect("collector.internal", 7000).sync().channel(); // ok: blocking-call-on-event-loop, nested-event-loop
            serve(boss, workers, 7001, p -> p.addLast(new LineProtocolHandler(customers, Path.of("var", "sent.log"))));
            serve(boss, workers, 7002, p -> p.addLast(databaseGroup, "accounts", new AccountLookupHandler(customers)));
            serve(boss, workers, 7003, p -> p.addLast(new PriceTickHandler(quotes, history, historyPool)));
            ChannelFuture admin = serve(boss, workers, 7004, p -> p.addLast(new AdminGatewayHandler("admin.internal", collector)));
            admin.channel().closeFuture().sync(); // ok: blocking-call-on-event-loop, nested-event-loop
        } finally {
            historyPool.shutdown();
            databaseGroup.shutdownGracefully();
            workers.shutdownGracefully();
            boss.shutdownGracefully();
        }
    }

    private static ChannelFuture serve(EventLoopGroup boss, EventLoopGroup workers, int port,
                                       Consumer<ChannelPipeline> protocol) throws InterruptedException {
        return new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new LineBasedFrameDecoder(1024),
                                new StringDecoder(StandardCharsets.UTF_8), new StringEncoder(StandardCharsets.UTF_8));
                        protocol.accept(ch.pipeline());
                    }
                })
                .bind(port)
                .sync(); // ok: blocking-call-on-event-loop, nested-event-loop
    }
}
