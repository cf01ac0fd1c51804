package testdata.blocking_call_on_event_loop;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** JavaFX market watch: start(), setOn* handlers and runLater bodies run on the FX thread. */
public class MarketWatchApp extends Application {

    private final ExecutorService background = Executors.newSingleThreadExecutor(); // ok: nested-event-loop
    private final CountDownLatch initialSync = new CountDownLatch(1);
    private final QuoteHistoryStore history = new QuoteHistoryStore(Path.of("var", "closes"));
    private final MarketStatusApi statusApi = new MarketStatusApi(HttpClient.newHttpClient(),
            URI.create("https://exchange.example.com/status"));
    private final Label status = new Label("starting");

    @Override
    public void start(Stage stage) throws Exception {
        List<String> watchlist = Files.readAllLines(Path.of("config", "watchlist.txt")); // expect: blocking-call-on-event-loop
        Button refresh = new Button("Exchange status");
        refresh.setOnAction(e -> status.setText(statusApi.currentStatus().blockingGet())); // expect: blocking-call-on-event-loop
        Button resync = new Button("Wait for sync");
        resync.setOnAction(e -> {
            try {
                initialSync.await(); // expect: blocking-call-on-event-loop
                status.setText("synchronised");
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        Task<Integer> sync = new Task<>() {
            @Override
            protected Integer call() {
                int loaded = 0;
                for (String symbol : watchlist) {
                    loaded += history.lastCloses(symbol).size(); // ok: blocking-call-on-event-loop
                }
                initialSync.countDown();
                return loaded;
            }
        };
        sync.setOnSucceeded(e -> status.setText("loaded " + sync.getValue() + " closes"));
        background.execute(sync); // ok: blocking-call-on-event-loop
        stage.setScene(new Scene(new VBox(8, status, refresh, resync), 360, 200));
        stage.show();
    }

    /** Called by the alert feed's own thread. */
    public void onPriceAlert(String symbol) {
        Platform.runLater(() -> status.setText("alert: " + history.lastClose(symbol))); // expect: blocking-call-on-event-loop
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }
}
