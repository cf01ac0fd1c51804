package testdata.thread_unsafe_object_shared;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keeps the last reading per device; every handler below runs on this verticle's event loop. */
public class DeviceTelemetryVerticle extends AbstractVerticle {

    private final Map<String, Double> lastReading = new HashMap<>();
    private final List<String> staleDevices = new ArrayList<>();

    @Override
    public void start() {
        vertx.eventBus().<JsonObject>consumer("telemetry.reading", msg -> {
            JsonObject reading = msg.body();
            lastReading.put(reading.getString("device"), reading.getDouble("value")); // ok: thread-unsafe-object-shared
        });
        vertx.eventBus().<String>consumer("telemetry.query", msg ->
                msg.reply(String.valueOf(lastReading.get(msg.body()))));
        vertx.setPeriodic(60_000, timerId -> sweep());
    }

    private void sweep() {
        staleDevices.clear(); // ok: thread-unsafe-object-shared
        lastReading.forEach((device, value) -> {
            if (value == null || value.isNaN()) {
                staleDevices.add(device); // ok: thread-unsafe-object-shared
            }
        });
        vertx.runOnContext(v -> staleDevices.forEach(lastReading::remove)); // ok: thread-unsafe-object-shared
    }
}
