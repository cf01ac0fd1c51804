package testdata.nested_event_loop;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Print preview. start() runs once and may create the app's executor; a handler that spins a
 * nested event loop, or builds a thread pool per click, does it again on every event. Handing the
 * export to the preview pool keeps the pool-per-call out of the FX thread.
 */
public class PrintPreviewApp extends Application {

    private static final Object PRINT_DIALOG = new Object();

    private final PageExporter exporter = new PageExporter();
    private final Label status = new Label("ready");
    private ExecutorService previewPool;

    @Override
    public void start(Stage stage) {
        previewPool = Executors.newFixedThreadPool(2); // ok: nested-event-loop
        List<String> pages = List.of("cover", "summary", "details");
        Button print = new Button("Print");
        print.setOnAction(e -> {
            Object choice = Platform.enterNestedEventLoop(PRINT_DIALOG); // expect: nested-event-loop
            status.setText("printer answered " + choice);
        });
        Button printerReady = new Button("Printer ready");
        printerReady.setOnAction(e -> Platform.exitNestedEventLoop(PRINT_DIALOG, "ok"));
        Button export = new Button("Export");
        export.setOnAction(e -> {
            exporter.exportAll(pages); // expect: nested-event-loop
            status.setText("exporting " + pages.size() + " pages");
        });
        Button exportInBackground = new Button("Export in background");
        exportInBackground.setOnAction(e -> previewPool.execute(() -> exporter.exportAll(pages))); // ok: nested-event-loop
        stage.setScene(new Scene(new VBox(8, print, printerReady, export, exportInBackground, status), 320, 180));
        stage.show();
    }

    @Override
    public void stop() {
        previewPool.shutdown();
    }
}
