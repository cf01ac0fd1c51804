package testdata.cpu_heavy_on_event_loop;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Invoice documents as XML, kept in memory after the nightly import. */
public class InvoiceArchive {

    private final ConcurrentMap<String, String> xmlById = new ConcurrentHashMap<>();

    public Optional<String> xmlOf(String invoiceId) {
        return Optional.ofNullable(xmlById.get(invoiceId));
    }

    public void put(String invoiceId, String xml) {
        xmlById.put(invoiceId, xml);
    }

    public int size() {
        return xmlById.size();
    }
}
