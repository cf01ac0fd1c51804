package testdata.cpu_heavy_on_event_loop;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Desktop password vault. start() and setOnAction handlers run on the JavaFX application thread. */
public class KeyVaultApp extends Application {

    private final ExecutorService background = Executors.newSingleThreadExecutor(); // ok: nested-event-loop
    private final VaultCrypto vault = new VaultCrypto(new byte[16], new byte[32]);
    private final Label status = new Label("locked");

    @Override
    public void start(Stage stage) throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(3072);
        KeyPair session = rsa.generateKeyPair(); // expect: cpu-heavy-on-event-loop
        PasswordField master = new PasswordField();
        Button unlock = new Button("Unlock");
        unlock.setOnAction(e -> status.setText(vault.unlock(master.getText()) ? "unlocked" : "wrong password")); // expect: cpu-heavy-on-event-loop
        Button unlockInBackground = new Button("Unlock (background)");
        unlockInBackground.setOnAction(e -> {
            char[] typed = master.getText().toCharArray();
            Task<byte[]> derive = new Task<>() {
                @Override
                protected byte[] call() {
                    return vault.deriveKey(typed); // ok: cpu-heavy-on-event-loop
                }
            };
            derive.setOnSucceeded(done -> status.setText("key ready for " + session.getPublic().getAlgorithm()));
            background.execute(derive);
        });
        stage.setScene(new Scene(new VBox(8, master, unlock, unlockInBackground, status), 320, 160));
        stage.show();
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }
}
