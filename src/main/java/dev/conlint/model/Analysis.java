package dev.conlint.model;

/** The project model with its contexts, effects and shared state: what rules query. */
public record Analysis(ProjectModel model, Contexts contexts, Effects blocking, Effects cpu, Effects spawns,
                       SharedState shared) {

    public static Analysis of(ProjectModel model) {
        Contexts contexts = Contexts.compute(model);
        Effects blocking = Effects.blocking(model, contexts);
        return new Analysis(model, contexts, blocking,
                Effects.compute(model, contexts, Effects.Kind.CPU_HEAVY, blocking),
                Effects.compute(model, contexts, Effects.Kind.SPAWNS_LOOP, null),
                SharedState.compute(model, Concurrency.compute(model, contexts)));
    }
}
