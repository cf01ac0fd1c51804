package dev.conlint.knowledge;

import java.util.List;
import java.util.Map;

/**
 * What the knowledge says about one method (or constructor, {@code <init>}) of a type.
 *
 * @param key       the key as written: {@code name}, {@code name/N} or a glob
 * @param blocking  blocking category, or null
 * @param callbacks argument position ("0", "1", "last", "any") to where that lambda runs
 * @param returns   the type the call returns, "self" for the receiver's type, or null
 * @param shift     how the call moves a pipeline to another context, or null
 * @param yields    the context of the scheduler or executor the call returns, or null
 * @param deploys   how the call deploys a component whose context depends on options, or null
 * @param settles   "receiver": after this check the receiver future is complete (isDone);
 *                  "arguments": callbacks after this call find its argument futures complete (allOf)
 * @param cpu       why the call is CPU-heavy ("password hashing"), or null
 * @param spawns    "runtime" (creates an event loop or runtime) or "executor" (a thread pool or
 *                  scheduler), or null
 * @param drives    frameworks whose loop or pipeline this blocking call drives synchronously
 *                  ({@code Mono.block} drives Reactor): on that framework's own thread it is a nested loop
 * @param cpuPool   the scheduler it yields is sized for CPU work ({@code Schedulers.parallel()})
 * @param executor  "bounded" or "unbounded": the thread pool it creates
 * @param notOn     frameworks on whose threads the effect is by design (Netty codecs compress on
 *                  the event loop), so rules do not report it there
 * @param confines   asks whether the caller is on the object's own thread ({@code inEventLoop()}):
 *                  code that asks is written for that thread discipline (run here or hand over), so
 *                  the shared-state rules do not follow other threads into it
 * @param completesOnCaller the future it returns is completed on the calling context (Vert.x
 *                  executeBlocking): waiting for it there waits for the waiting thread itself
 */
public record MethodEntry(String key, String blocking, Map<String, Runs> callbacks, String returns, Shift shift,
                          Runs yields, Deploys deploys, String settles, String cpu, String spawns,
                          List<String> drives, boolean cpuPool, String executor, List<String> notOn,
                          boolean completesOnCaller, boolean confines) {

    /** A library method known only from the class path: no effect, returns {@code type}. */
    public static MethodEntry returning(String name, String type) {
        return new MethodEntry(name, null, Map.of(), type, null, null, null, null, null, null, List.of(), false, null,
                List.of(), false, false);
    }

    /** What an unlisted method of a {@code fluent} type is: no effect, returns the receiver. */
    public static final MethodEntry FLUENT = new MethodEntry("*", null, Map.of(), "self", null, null, null, null,
            null, null, List.of(), false, null, List.of(), false, false);

    public MethodEntry {
        callbacks = Map.copyOf(callbacks);
        drives = List.copyOf(drives);
        notOn = List.copyOf(notOn);
    }

    /** Where the lambda at argument {@code index} of a call with {@code argCount} arguments runs, or null. */
    public Runs callback(int index, int argCount) {
        Runs r = callbacks.get(Integer.toString(index));
        if (r == null && index == argCount - 1) {
            r = callbacks.get("last");
        }
        return r != null ? r : callbacks.get("any");
    }

    /**
     * A pipeline shift: to a fixed context, or to the context that argument {@code scheduler}
     * yields. {@code whole} shifts apply to the whole pipeline (Reactor {@code subscribeOn}),
     * others to the operators after the call.
     */
    public record Shift(Runs to, int scheduler, boolean whole) { }

    /**
     * A deployment call (Vert.x {@code deployVerticle}, Netty {@code pipeline.addLast(group, handler)}):
     * the component at argument {@code component} (-1: every argument after {@code options}) runs on
     * a worker when the options argument mentions one of {@code workerWhen}, or its type is a
     * {@code workerWhenType}.
     */
    public record Deploys(int component, int options, List<String> workerWhen, String workerWhenType) {
        public Deploys {
            workerWhen = List.copyOf(workerWhen);
        }
    }
}
