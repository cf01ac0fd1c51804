package testdata.wait_on_own_executor;

import java.lang.reflect.InvocationTargetException;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/**
 * Status line of the ledger window. showAndWait() is written for background threads: it waits
 * until the EDT has painted the message. Called on the EDT it waits for itself.
 */
public class StatusBar {

    private final JLabel label = new JLabel(" ");

    public JLabel component() {
        return label;
    }

    public void showAndWait(String message) {
        try {
            SwingUtilities.invokeAndWait(() -> label.setText(message)); // expect: wait-on-own-executor
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public void show(String message) {
        SwingUtilities.invokeLater(() -> label.setText(message)); // ok: wait-on-own-executor
    }
}
