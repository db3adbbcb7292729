package vn.schoolrecords.core.assessment;

/**
 * The assessment rules of one circular: immutable data plus small functions. A published rule
 * set is never changed; a new circular is a new rule set beside the old one, chosen by
 * {@link AssessmentRulesProvider}. Implementations are thread-safe.
 */
public interface AssessmentRules {

    /** @return the circular these rules implement, not null */
    Regime regime();

    /**
     * Assesses one student's school year.
     *
     * @param record the recorded assessments, of the kind this regime reads, not null
     * @return the outcome with its reasons, not null
     * @throws AssessmentInputException if the record is missing, inconsistent or of another
     *     regime's kind, naming the student, subject, term and rule
     */
    YearOutcome assess(StudentYearRecord record);
}
