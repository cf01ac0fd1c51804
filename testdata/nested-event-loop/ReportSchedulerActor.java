package testdata.nested_event_loop;

import akka.actor.AbstractActor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

/**
 * Akka actor that renders scheduled reports. preStart runs once per actor incarnation and may own
 * a pool; a ForkJoinPool per message is a new set of threads for every report.
 */
public class ReportSchedulerActor extends AbstractActor {

    public record RenderReport(String reportId, int sections) {
    }

    private ExecutorService renderPool;

    @Override
    public void preStart() {
        renderPool = Executors.newFixedThreadPool(2); // ok: nested-event-loop
    }

    @Override
    public Receive createReceive() {
        return receiveBuilder()
                .match(RenderReport.class, msg -> {
                    ForkJoinPool sections = new ForkJoinPool(msg.sections()); // expect: nested-event-loop
                    sections.execute(() -> renderPool.execute(() -> System.out.println("rendered " + msg.reportId())));
                    sections.shutdown();
                    getSender().tell("scheduled " + msg.reportId(), getSelf());
                })
                .build();
    }

    @Override
    public void postStop() {
        renderPool.shutdown();
    }
}
