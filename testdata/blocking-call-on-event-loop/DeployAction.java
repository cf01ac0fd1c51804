package testdata.blocking_call_on_event_loop;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import javax.swing.JLabel;

/** "Deploy" toolbar button of the release console; actionPerformed runs on the EDT. */
public class DeployAction implements ActionListener {

    private final File repository;
    private final ExecutorService smokeTests;
    private final Callable<String> smokeSuite;
    private final JLabel status;

    public DeployAction(File repository, ExecutorService smokeTests, Callable<String> smokeSuite, JLabel status) {
        this.repository = repository;
        this.smokeTests = smokeTests;
        this.smokeSuite = smokeSuite;
        this.status = status;
    }

    @Override
    public void actionPerformed(ActionEvent event) {
        try {
            Process pull = new ProcessBuilder("git", "pull", "--ff-only")
                    .directory(repository)
                    .inheritIO()
                    .start();
            int exit = pull.waitFor(); // expect: blocking-call-on-event-loop
            if (exit != 0) {
                status.setText("git pull failed with " + exit);
                return;
            }
            Future<String> smoke = smokeTests.submit(smokeSuite);
            status.setText("smoke tests: " + smoke.get()); // expect: blocking-call-on-event-loop
        } catch (IOException | ExecutionException e) {
            status.setText("deploy failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status.setText("deploy interrupted");
        }
    }
}
