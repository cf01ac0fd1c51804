package testdata.cpu_heavy_on_event_loop;

import akka.actor.AbstractActor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.zip.Inflater;

/**
 * Akka actor that replays archived event batches. Inflating a batch is CPU work on the actor's
 * dispatcher; exporting loops over streams and events too, but it waits on the disk for every
 * event, so that is a blocking problem, not a CPU one.
 */
public class EventReplayActor extends AbstractActor {

    public record ReplayBatch(byte[] compressed, int originalSize) {
    }

    public record ExportStreams(Map<String, List<String>> eventsByStream) {
    }

    private final Path exportDir;

    public EventReplayActor(Path exportDir) {
        this.exportDir = exportDir;
    }

    @Override
    public Receive createReceive() {
        return receiveBuilder()
                .match(ReplayBatch.class, msg -> {
                    Inflater inflater = new Inflater();
                    try {
                        inflater.setInput(msg.compressed());
                        byte[] events = new byte[msg.originalSize()];
                        int length = inflater.inflate(events); // expect: cpu-heavy-on-event-loop
                        getSender().tell(new String(events, 0, length, StandardCharsets.UTF_8), getSelf());
                    } finally {
                        inflater.end();
                    }
                })
                .match(ExportStreams.class, msg -> {
                    for (Map.Entry<String, List<String>> stream : msg.eventsByStream().entrySet()) { // ok: cpu-heavy-on-event-loop
                        for (String event : stream.getValue()) {
                            Files.writeString(exportDir.resolve(stream.getKey() + ".log"), event + "\n", // expect: blocking-call-on-event-loop
                                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        }
                    }
                    getSender().tell("exported", getSelf());
                })
                .build();
    }
}
