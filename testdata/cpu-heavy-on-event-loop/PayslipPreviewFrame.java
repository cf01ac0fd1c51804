package testdata.cpu_heavy_on_event_loop;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;

/** Payslip viewer. Listeners run on the EDT: a bicubic zoom of a 300 dpi scan freezes the window. */
public class PayslipPreviewFrame extends JFrame {

    private final BufferedImage scan;
    private final Queue<byte[]> archiveOutbox = new ConcurrentLinkedQueue<>();
    private final JLabel preview = new JLabel();

    public PayslipPreviewFrame(BufferedImage scan, byte[] pdf, PayloadCompressor compressor) {
        super("Payslip");
        this.scan = scan;
        JButton zoom = new JButton("Zoom 200%");
        zoom.addActionListener(e -> {
            AffineTransformOp twice = new AffineTransformOp(AffineTransform.getScaleInstance(2, 2),
                    AffineTransformOp.TYPE_BICUBIC);
            preview.setIcon(new ImageIcon(twice.filter(scan, null))); // expect: cpu-heavy-on-event-loop
        });
        JButton fit = new JButton("Fit");
        fit.addActionListener(e -> new ScaleWorker(0.5).execute());
        JButton archive = new JButton("Archive");
        archive.addActionListener(e -> archiveOutbox.add(compressor.compress(pdf))); // expect: cpu-heavy-on-event-loop
        add(preview, "Center");
        add(zoom, "North");
        add(fit, "South");
        add(archive, "East");
    }

    private final class ScaleWorker extends SwingWorker<Void, Void> {
        private final double factor;

        ScaleWorker(double factor) {
            this.factor = factor;
        }

        @Override
        protected Void doInBackground() {
            AffineTransformOp op = new AffineTransformOp(AffineTransform.getScaleInstance(factor, factor),
                    AffineTransformOp.TYPE_BICUBIC);
            ImageIcon scaled = new ImageIcon(op.filter(scan, null)); // ok: cpu-heavy-on-event-loop
            SwingUtilities.invokeLater(() -> preview.setIcon(scaled));
            return null;
        }
    }
}
