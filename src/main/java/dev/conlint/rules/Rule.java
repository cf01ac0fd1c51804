package dev.conlint.rules;

import dev.conlint.finding.Finding;
import dev.conlint.model.Analysis;

import java.util.List;

/** A check: a small query over the analysis that returns findings; it never prints. */
public interface Rule {

    List<Finding> check(Analysis analysis);

    default RuleMeta meta() {
        return getClass().getAnnotation(RuleMeta.class);
    }
}
