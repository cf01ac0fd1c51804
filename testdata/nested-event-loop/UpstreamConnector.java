package testdata.nested_event_loop;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.string.StringEncoder;
import java.nio.charset.StandardCharsets;

/** Opens connections to upstream services on the proxy's shared event loops, waiting for the connect. */
public class UpstreamConnector {

    private final EventLoopGroup loops;

    public UpstreamConnector(EventLoopGroup loops) {
        this.loops = loops;
    }

    public Channel open(String host, int port) throws InterruptedException {
        return new Bootstrap()
                .group(loops)
                .channel(NioSocketChannel.class)
                .handler(new StringEncoder(StandardCharsets.UTF_8))
                .connect(host, port)
                .sync()
                .channel();
    }
}
