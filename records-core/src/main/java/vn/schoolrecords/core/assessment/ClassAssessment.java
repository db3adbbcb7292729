package vn.schoolrecords.core.assessment;

import java.util.List;
import java.util.Objects;

/**
 * The assessment of a class or a school in one call: each student's outcome, in the order
 * given, and the summary the homeroom teacher draws up.
 *
 * @param outcomes one outcome per student, not null
 * @param summary the counts and lists, not null
 */
public record ClassAssessment(List<YearOutcome> outcomes, ClassSummary summary) {

    /** Checks presence and copies the list. */
    public ClassAssessment {
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(summary, "summary");
    }
}
