package testdata.cpu_heavy_on_event_loop;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;

/** Bootstrap of the account and gallery services. */
public final class MediaLauncher {

    private MediaLauncher() {
    }

    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx(); // ok: nested-event-loop
        PasswordHasher hasher = new PasswordHasher();
        CredentialStore credentials = new CredentialStore();
        vertx.deployVerticle(new AccountLoginVerticle(hasher, credentials));
        RoomBookings bookings = new RoomBookings();
        vertx.deployVerticle(new BookingConflictVerticle(bookings));
        vertx.deployVerticle(new RoomDirectoryVerticle(bookings));
        vertx.deployVerticle(new ThumbnailWorkerVerticle(new ThumbnailRenderer(320)),
                new DeploymentOptions().setThreadingModel(ThreadingModel.WORKER));
    }
}
