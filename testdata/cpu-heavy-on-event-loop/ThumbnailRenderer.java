package testdata.cpu_heavy_on_event_loop;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Decodes an uploaded photo, scales it down and encodes a PNG thumbnail, all in memory: no I/O,
 * but tens to hundreds of milliseconds of CPU for a camera-sized image.
 */
public class ThumbnailRenderer {

    private final int maxEdge;

    public ThumbnailRenderer(int maxEdge) {
        this.maxEdge = maxEdge;
    }

    public byte[] thumbnail(byte[] photo) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo));
        if (image == null) {
            throw new IOException("not an image");
        }
        double scale = Math.min(1.0, (double) maxEdge / Math.max(image.getWidth(), image.getHeight()));
        AffineTransformOp shrink = new AffineTransformOp(AffineTransform.getScaleInstance(scale, scale),
                AffineTransformOp.TYPE_BILINEAR);
        BufferedImage small = shrink.filter(image, null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(small, "png", png);
        return png.toByteArray();
    }
}
