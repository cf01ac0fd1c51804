package testdata.cpu_heavy_on_event_loop;

import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Invoice views: the XSLT rendering is CPU work on the event loop, the text summary is not. */
@RestController
public class InvoiceController {

    private final InvoiceArchive archive;
    private final InvoiceStylesheet stylesheet;
    private final InvoiceTemplate summary;

    public InvoiceController(InvoiceArchive archive, InvoiceStylesheet stylesheet, InvoiceTemplate summary) {
        this.archive = archive;
        this.stylesheet = stylesheet;
        this.summary = summary;
    }

    @GetMapping(value = "/invoices/{id}", produces = "text/html")
    public Mono<String> html(@PathVariable String id) {
        return Mono.justOrEmpty(archive.xmlOf(id))
                .map(xml -> stylesheet.toHtml(xml)); // expect: cpu-heavy-on-event-loop
    }

    @GetMapping(value = "/invoices/{id}/summary", produces = "text/plain")
    public Mono<String> summary(@PathVariable String id) {
        if (!Pattern.matches("INV-\\d{6}", id)) { // ok: cpu-heavy-on-event-loop
            return Mono.empty();
        }
        String customer = String.format("customer-%s", id.substring(4)); // ok: cpu-heavy-on-event-loop
        return Mono.justOrEmpty(archive.xmlOf(id))
                .map(xml -> summary.transform(id, customer)); // ok: cpu-heavy-on-event-loop
    }
}
