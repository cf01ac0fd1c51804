package testdata.blocking_call_on_event_loop;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Static DNS helper: every call may wait for the resolver. */
public final class HostResolver {

    private HostResolver() {
    }

    public static boolean isInternal(String host) {
        try {
            InetAddress address = InetAddress.getByName(host);
            return address.isSiteLocalAddress() || address.isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public static String describe(String host) {
        return host + (isInternal(host) ? " (internal)" : " (external)");
    }
}
