package testdata.wait_on_own_executor;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;

/**
 * Ledger window. invokeAndWait queues its task to the EDT and waits for it: on the EDT itself
 * that task can never run (Swing throws an Error instead of hanging). From a SwingWorker or another
 * background thread it is the intended use.
 */
public class LedgerWindow extends JFrame {

    private final StatusBar statusBar = new StatusBar();
    private final ClipboardExporter clipboard = new ClipboardExporter();
    private final JButton save = new JButton("Save");

    public LedgerWindow(List<String> rows) {
        super("Ledger");
        save.addActionListener(e -> {
            try {
                SwingUtilities.invokeAndWait(() -> save.setEnabled(false)); // expect: wait-on-own-executor
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            } catch (InvocationTargetException ex) {
                throw new IllegalStateException(ex.getCause());
            }
            statusBar.showAndWait("saving " + rows.size() + " rows"); // expect: blocking-call-on-event-loop
            new SaveWorker(rows).execute();
        });
        JButton export = new JButton("Copy");
        export.addActionListener(e -> new Thread(() -> {
            clipboard.copyRows(rows); // ok: wait-on-own-executor
            statusBar.showAndWait("copied"); // ok: wait-on-own-executor
        }, "clipboard-export").start());
        add(save, "North");
        add(export, "South");
        add(statusBar.component(), "Center");
    }

    public static void main(String[] args) throws InterruptedException, InvocationTargetException {
        SwingUtilities.invokeAndWait(() -> new LedgerWindow(List.of(args)).setVisible(true)); // ok: wait-on-own-executor
    }

    /** Called by the sync service's thread when another user changed the ledger. */
    public void onRemoteChange(List<String> rows) {
        SwingUtilities.invokeLater(() -> clipboard.copyRows(rows)); // expect: blocking-call-on-event-loop
    }

    private final class SaveWorker extends SwingWorker<Void, Void> {
        private final List<String> rows;

        SaveWorker(List<String> rows) {
            this.rows = rows;
        }

        @Override
        protected Void doInBackground() throws InterruptedException, InvocationTargetException {
            SwingUtilities.invokeAndWait(() -> save.setText("Saving...")); // ok: wait-on-own-executor
            statusBar.showAndWait("saved " + rows.size() + " rows"); // ok: wait-on-own-executor
            return null;
        }

        @Override
        protected void done() {
            save.setText("Save");
            save.setEnabled(true);
            statusBar.show("ready");
        }
    }
}
