package testdata.inconsistent_synchronization;

/**
 * Stock of one SKU in one warehouse. Reservations, shipments and the availability check all
 * synchronize on a private lock object; the goods-receipt path does not (toString() does not
 * either, but it only formats a log line).
 */
public class WarehouseStock {

    private final Object lock = new Object();
    private final String sku;
    private int onHand;
    private int reserved;
    private String lastReceiptNote;

    public WarehouseStock(String sku, int onHand) {
        this.sku = sku;
        this.onHand = onHand; // ok: inconsistent-synchronization
    }

    public boolean reserve(int quantity) {
        synchronized (lock) {
            if (onHand - reserved < quantity) {
                return false;
            }
            reserved += quantity;
            return true;
        }
    }

    public void cancel(int quantity) {
        synchronized (lock) {
            reserved -= quantity;
        }
    }

    public void ship(int quantity) {
        synchronized (lock) {
            reserved -= quantity;
            onHand -= quantity;
        }
    }

    public int available() {
        synchronized (lock) {
            return onHand - reserved;
        }
    }

    /** Goods receipt: the count is written without the lock the other three methods take. */
    public void restock(int quantity, String note) {
        onHand += quantity; // expect: inconsistent-synchronization
        lastReceiptNote = note; // ok: inconsistent-synchronization
    }

    public String lastReceiptNote() {
        return lastReceiptNote; // ok: inconsistent-synchronization
    }

    /** For logs only: a stale count is acceptable here, so conlint leaves toString alone. */
    @Override
    public String toString() {
        return sku + " reserved=" + reserved; // ok: inconsistent-synchronization
    }
}
