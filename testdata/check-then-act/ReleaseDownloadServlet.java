package testdata.check_then_act;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Redirects release downloads to the nearest mirror and counts them. One servlet instance serves
 * every request at once: volatile makes the counters visible, not their increments atomic, and
 * the mirror table is built by every request that finds it still missing.
 */
public class ReleaseDownloadServlet extends HttpServlet {

    private volatile long downloads;
    private volatile long bytesServed;
    private volatile String motd;
    private Map<String, String> mirrors;
    private Map<String, Long> artifactSizes;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String artifact = req.getParameter("artifact");
        long size = artifactSize(artifact);
        downloads++; // expect: check-then-act
        bytesServed += size; // expect: check-then-act
        String banner = req.getHeader("X-Preferred-Banner");
        if (banner == null) { // ok: check-then-act
            banner = motd();
        }
        resp.setHeader("X-Banner", banner);
        resp.sendRedirect(mirrorFor(req.getParameter("region")) + "/" + artifact);
    }

    private String mirrorFor(String region) {
        if (mirrors == null) { // expect: check-then-act
            mirrors = Map.of("eu", "https://eu.mirror.example.org", "us", "https://us.mirror.example.org");
        }
        return mirrors.getOrDefault(region, "https://downloads.example.org");
    }

    /** Benign racy initialisation of a volatile field: every racing request stores the same text. */
    private String motd() {
        if (motd == null) { // ok: check-then-act
            motd = System.getProperty("downloads.motd", "Thanks for downloading");
        }
        return motd;
    }

    private long artifactSize(String artifact) {
        synchronized (this) {
            if (artifactSizes == null) { // ok: check-then-act
                artifactSizes = Map.of("app.zip", 48_000_000L, "cli.tar.gz", 9_000_000L);
            }
            return artifactSizes.getOrDefault(artifact, 0L);
        }
    }

    public long downloads() {
        return downloads;
    }

    public long bytesServed() {
        return bytesServed;
    }
}
