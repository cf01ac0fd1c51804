package dev.conlint.rules;

import dev.conlint.finding.Finding;
import dev.conlint.finding.Level;
import dev.conlint.knowledge.Runs;
import dev.conlint.model.Analysis;

import java.util.List;
import java.util.Set;

/** Blocking calls reached from code that runs on an event loop. */
@RuleMeta(id = "blocking-call-on-event-loop", name = "BlockingCallOnEventLoop", family = "F2",
        familyTitle = "Blocking calls inside async code", level = Level.WARNING, precision = "high",
        title = "A blocking call runs on an event loop, stalling every other task on it")
public final class BlockingCallOnEventLoop implements Rule {

    @Override
    public List<Finding> check(Analysis analysis) {
        return BlockingInContext.find(analysis, meta(), Set.of(Runs.EVENT_LOOP));
    }
}
