package testdata.cpu_heavy_on_event_loop;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Issues a fresh key pair per licensed device. SigningServer adds this handler with its own
 * DefaultEventExecutorGroup, so the key generation runs on that group, never on an I/O loop.
 */
public class LicenseSigningHandler extends SimpleChannelInboundHandler<String> {

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String deviceId) throws NoSuchAlgorithmException {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(4096);
        KeyPair deviceKeys = rsa.generateKeyPair(); // ok: cpu-heavy-on-event-loop
        String publicKey = Base64.getEncoder().encodeToString(deviceKeys.getPublic().getEncoded());
        ctx.writeAndFlush(deviceId.trim() + " " + publicKey + "\n");
    }
}
