package dev.conlint.model;

/** The project model with its contexts and effects: what rules query. */
public record Analysis(ProjectModel model, Contexts contexts, Effects effects) {

    public static Analysis of(ProjectModel model) {
        Contexts contexts = Contexts.compute(model);
        return new Analysis(model, contexts, Effects.compute(model, contexts));
    }
}
