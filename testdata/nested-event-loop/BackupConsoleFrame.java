package testdata.nested_event_loop;

import java.awt.EventQueue;
import java.awt.SecondaryLoop;
import java.awt.Toolkit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import reactor.core.publisher.Mono;

/**
 * Backup console. Listeners run on the EDT: a secondary loop pumps events from inside a
 * listener, and rebuilding the icon cache makes a pool per click.
 */
public class BackupConsoleFrame extends JFrame {

    private final ExecutorService backups = Executors.newSingleThreadExecutor(); // ok: nested-event-loop
    private final JLabel status = new JLabel("idle");

    public BackupConsoleFrame(IconCache icons, Mono<String> lastBackup, Runnable backupJob) {
        super("Backups");
        JButton runNow = new JButton("Back up now");
        runNow.addActionListener(e -> {
            EventQueue events = Toolkit.getDefaultToolkit().getSystemEventQueue();
            SecondaryLoop untilDone = events.createSecondaryLoop(); // expect: nested-event-loop
            backups.execute(() -> {
                backupJob.run();
                untilDone.exit();
            });
            untilDone.enter();
            status.setText("backup finished");
        });
        JButton icons16 = new JButton("Small icons");
        icons16.addActionListener(e -> icons.rebuild(List.of("doc", "img", "zip"), 16)); // expect: nested-event-loop
        JButton last = new JButton("Last backup");
        // Mono.block() on the EDT drives no Reactor loop from inside Reactor: it blocks the EDT
        last.addActionListener(e -> status.setText(lastBackup.block())); // expect: blocking-call-on-event-loop
        JButton queue = new JButton("Back up later");
        queue.addActionListener(e -> backups.execute(backupJob)); // ok: nested-event-loop
        add(runNow, "North");
        add(icons16, "West");
        add(last, "East");
        add(queue, "South");
        add(status, "Center");
    }
}
