package testdata.wait_on_own_executor;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;

/**
 * Reads UI state for background jobs: the read is queued to the FX thread and the caller waits
 * for the answer. Called on the FX thread, the queued read runs only after the wait is over.
 */
public class FxDialogs {

    private final CheckBox dryRun;

    public FxDialogs(CheckBox dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isDryRun() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dryRun.isSelected()));
        return answer.join(); // expect: wait-on-own-executor
    }
}
