package dev.conlint.rules;

import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.knowledge.Runs;
import dev.conlint.model.Analysis;

import java.util.List;
import java.util.Set;

/** Blocking calls in CompletableFuture callbacks and on the ForkJoin common pool. */
@RuleMeta(id = "blocking-in-async-chain", name = "BlockingInAsyncChain", family = "F2",
        familyTitle = "Blocking calls inside async code", level = Level.WARNING, precision = "high",
        title = "A blocking call runs in an async stage or on the shared ForkJoin common pool")
public final class BlockingInAsyncChain implements Rule {

    @Override
    public List<Finding> check(Analysis analysis) {
        return BlockingInContext.find(analysis, meta(), Set.of(Runs.COMMON_POOL, Runs.ASYNC_STAGE));
    }
}
