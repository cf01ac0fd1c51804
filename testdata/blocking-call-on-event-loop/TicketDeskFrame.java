package testdata.blocking_call_on_event_loop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;

/** Help-desk window. Listeners and invokeLater bodies run on the Swing EDT. */
public class TicketDeskFrame extends JFrame {

    private final TicketDao tickets;
    private final Path notesDir;
    private final DefaultListModel<String> openTickets = new DefaultListModel<>();
    private final JLabel status = new JLabel("ready");

    public TicketDeskFrame(TicketDao tickets, Path notesDir) {
        super("Ticket desk");
        this.tickets = tickets;
        this.notesDir = notesDir;
        JButton refresh = new JButton("Refresh");
        refresh.addActionListener(e -> {
            List<String> ids = tickets.openTicketIds(); // expect: blocking-call-on-event-loop
            List<String> rows = ids.stream()
                    .map(id -> tickets.summary(id)) // expect: blocking-call-on-event-loop
                    .collect(Collectors.toList());
            openTickets.clear();
            rows.forEach(openTickets::addElement);
        });
        JButton export = new JButton("Export");
        export.addActionListener(e -> new ExportWorker().execute()); // ok: blocking-call-on-event-loop
        add(new JList<>(openTickets), "Center");
        add(refresh, "North");
        add(export, "South");
        add(status, "East");
    }

    /** Called by the message-queue listener thread when a ticket is assigned to this agent. */
    public void onTicketAssigned(String ticketId) {
        SwingUtilities.invokeLater(() -> {
            try {
                String notes = Files.readString(notesDir.resolve(ticketId + ".txt")); // expect: blocking-call-on-event-loop
                status.setText("assigned " + ticketId + ": " + notes.lines().findFirst().orElse(""));
            } catch (IOException ex) {
                status.setText("assigned " + ticketId);
            }
        });
    }

    private final class ExportWorker extends SwingWorker<Integer, String> {
        @Override
        protected Integer doInBackground() throws IOException {
            List<String> ids = tickets.openTicketIds(); // ok: blocking-call-on-event-loop
            Files.write(notesDir.resolve("open-tickets.csv"), ids); // ok: blocking-call-on-event-loop
            publish("exported " + ids.size() + " tickets");
            return ids.size();
        }

        @Override
        protected void process(List<String> messages) {
            status.setText(messages.get(messages.size() - 1));
        }
    }
}
