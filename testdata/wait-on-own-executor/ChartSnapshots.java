package testdata.wait_on_own_executor;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

/** Takes snapshots of payroll charts for the PDF report; snapshot() must run on the FX thread. */
public class ChartSnapshots {

    public WritableImage capture(Node chart) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        CountDownLatch taken = new CountDownLatch(1);
        Platform.runLater(() -> {
            image.set(chart.snapshot(null, null));
            taken.countDown();
        });
        try {
            taken.await(); // expect: wait-on-own-executor
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return image.get();
    }
}
