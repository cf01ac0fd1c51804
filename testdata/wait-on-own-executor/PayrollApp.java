package testdata.wait_on_own_executor;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Payroll app: on the FX thread, runLater followed by a wait waits for a task queued behind itself. */
public class PayrollApp extends Application {

    private final ExecutorService background = Executors.newSingleThreadExecutor(); // ok: nested-event-loop
    private final ChartSnapshots snapshots = new ChartSnapshots();
    private final Label status = new Label("ready");
    private final ProgressBar progress = new ProgressBar(0);

    @Override
    public void start(Stage stage) throws InterruptedException, ExecutionException {
        CheckBox dryRun = new CheckBox("Dry run");
        FxDialogs dialogs = new FxDialogs(dryRun);
        FutureTask<Double> initialWidth = new FutureTask<>(() -> progress.getWidth());
        Platform.runLater(initialWidth);
        status.setText("progress bar " + initialWidth.get() + "px"); // expect: wait-on-own-executor
        Button run = new Button("Run payroll");
        run.setOnAction(e -> {
            CountDownLatch reset = new CountDownLatch(1);
            Platform.runLater(() -> {
                progress.setProgress(0);
                reset.countDown();
            });
            try {
                reset.await(); // expect: wait-on-own-executor
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            status.setText("payroll started");
        });
        Button mode = new Button("Mode");
        mode.setOnAction(e -> status.setText(dialogs.isDryRun() ? "dry run" : "live run")); // expect: blocking-call-on-event-loop
        Button snapshot = new Button("Snapshot");
        snapshot.setOnAction(e -> status.setText("snapshot " + snapshots.capture(progress).getWidth())); // expect: blocking-call-on-event-loop
        Button report = new Button("Report");
        report.setOnAction(e -> background.execute(new Task<Void>() {
            @Override
            protected Void call() {
                boolean dry = dialogs.isDryRun(); // ok: wait-on-own-executor
                snapshots.capture(progress); // ok: wait-on-own-executor
                updateMessage(dry ? "dry-run report" : "report");
                return null;
            }
        }));
        stage.setScene(new Scene(new VBox(8, dryRun, run, mode, snapshot, report, progress, status), 360, 220));
        stage.show();
    }

    /** Called by the payroll engine's own thread after each employee. */
    public void onEmployeeDone(double fraction) throws InterruptedException, ExecutionException {
        FutureTask<Void> update = new FutureTask<>(() -> progress.setProgress(fraction), null);
        Platform.runLater(update);
        update.get(); // ok: wait-on-own-executor
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }
}
