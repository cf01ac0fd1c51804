package testdata.cpu_heavy_on_event_loop;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

/** Renders invoice XML to HTML with the corporate XSLT; the stylesheet is compiled once. */
public class InvoiceStylesheet {

    private final Templates compiled;

    public InvoiceStylesheet(String xslt) throws TransformerConfigurationException {
        this.compiled = TransformerFactory.newInstance().newTemplates(new StreamSource(new StringReader(xslt)));
    }

    public String toHtml(String invoiceXml) {
        StringWriter html = new StringWriter();
        try {
            Transformer transformer = compiled.newTransformer();
            transformer.transform(new StreamSource(new StringReader(invoiceXml)), new StreamResult(html));
        } catch (TransformerException e) {
            throw new IllegalArgumentException("invoice does not match the stylesheet", e);
        }
        return html.toString();
    }
}
