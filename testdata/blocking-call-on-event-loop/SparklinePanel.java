package testdata.blocking_call_on_event_loop;

import java.awt.Color;
import java.awt.Graphics;
import java.util.List;
import javax.swing.JPanel;

/** Draws a price sparkline; paintComponent runs on the EDT for every repaint. */
public class SparklinePanel extends JPanel {

    private final QuoteHistoryStore history;
    private final String symbol;

    public SparklinePanel(QuoteHistoryStore history, String symbol) {
        this.history = history;
        this.symbol = symbol;
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        List<String> closes = history.lastCloses(symbol); // expect: blocking-call-on-event-loop
        if (closes.size() < 2) {
            return;
        }
        double min = closes.stream().mapToDouble(Double::parseDouble).min().orElse(0);
        double max = closes.stream().mapToDouble(Double::parseDouble).max().orElse(1);
        double range = Math.max(max - min, 1e-9);
        int width = getWidth();
        int height = getHeight();
        g.setColor(Color.BLUE);
        for (int i = 1; i < closes.size(); i++) { // ok: cpu-heavy-on-event-loop
            int x1 = (i - 1) * width / (closes.size() - 1);
            int x2 = i * width / (closes.size() - 1);
            int y1 = height - (int) ((Double.parseDouble(closes.get(i - 1)) - min) / range * height);
            int y2 = height - (int) ((Double.parseDouble(closes.get(i)) - min) / range * height);
            g.drawLine(x1, y1, x2, y2);
        }
    }
}
