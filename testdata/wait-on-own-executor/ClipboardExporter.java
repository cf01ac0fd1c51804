package testdata.wait_on_own_executor;

import java.awt.EventQueue;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/** Copies ledger rows to the system clipboard, making sure the copy happens on the EDT. */
public class ClipboardExporter {

    public void copyRows(List<String> rows) {
        try {
            EventQueue.invokeAndWait(() -> Toolkit.getDefaultToolkit().getSystemClipboard() // expect: wait-on-own-executor
                    .setContents(new StringSelection(String.join("\n", rows)), null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("clipboard unavailable", e.getCause());
        }
    }
}
