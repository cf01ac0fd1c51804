package testdata.thread_unsafe_object_shared;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Admin page listing recent logins: one servlet instance serves every request at once. */
public class LoginAuditServlet extends HttpServlet {

    private static final SimpleDateFormat STAMP = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final ThreadLocal<SimpleDateFormat> DAY =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd"));
    private static final Map<String, String> OUTCOME_LABELS = new HashMap<>();

    static {
        OUTCOME_LABELS.put("ok", "Signed in");
        OUTCOME_LABELS.put("mfa", "Second factor required");
        OUTCOME_LABELS.put("locked", "Account locked");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String outcome = req.getParameter("outcome");
        if (outcome != null && !OUTCOME_LABELS.containsKey(outcome)) { // ok: thread-unsafe-object-shared
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown outcome " + outcome);
            return;
        }
        String label = OUTCOME_LABELS.getOrDefault(outcome, "All attempts"); // ok: thread-unsafe-object-shared
        Date since = parseSince(req.getParameter("since"));
        resp.setContentType("text/plain");
        PrintWriter out = resp.getWriter();
        out.println(label + " since " + STAMP.format(since)); // expect: thread-unsafe-object-shared
        out.println("Generated " + ISO.format(Instant.now().atOffset(ZoneOffset.UTC))); // ok: thread-unsafe-object-shared
        out.println("Report day " + DAY.get().format(new Date())); // ok: thread-unsafe-object-shared
    }

    private Date parseSince(String since) {
        if (since == null) {
            return new Date(System.currentTimeMillis() - 86_400_000L);
        }
        try {
            return STAMP.parse(since); // expect: thread-unsafe-object-shared
        } catch (ParseException e) {
            return new Date(0L);
        }
    }
}
