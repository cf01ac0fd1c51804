package testdata.cpu_heavy_on_event_loop;

/**
 * Plain-text invoice summary. transform() is this project's own name for a few string
 * replacements; it has nothing to do with javax.xml.transform.
 */
public class InvoiceTemplate {

    private final String template;
    private final String footer;

    public InvoiceTemplate(String template, String footer) {
        this.template = template;
        this.footer = footer;
    }

    public String transform(String invoiceId, String customer) {
        return template.replace("{{id}}", invoiceId).replace("{{customer}}", customer) + "\n" + footer;
    }
}
