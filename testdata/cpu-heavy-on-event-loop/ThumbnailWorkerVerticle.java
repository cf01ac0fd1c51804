package testdata.cpu_heavy_on_event_loop;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;

/**
 * Renders thumbnails for the gallery service. MediaLauncher deploys it with
 * ThreadingModel.WORKER, so its consumers run on worker threads, where CPU work may take its time.
 */
public class ThumbnailWorkerVerticle extends AbstractVerticle {

    private final ThumbnailRenderer renderer;

    public ThumbnailWorkerVerticle(ThumbnailRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public void start() {
        vertx.eventBus().<Buffer>consumer("gallery.thumbnail", msg -> {
            try {
                byte[] thumbnail = renderer.thumbnail(msg.body().getBytes()); // ok: cpu-heavy-on-event-loop
                msg.reply(Buffer.buffer(thumbnail));
            } catch (IOException e) {
                msg.fail(415, e.getMessage());
            }
        });
    }
}
