package vn.schoolrecords.core.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Assesses many students at once — a class of 45, a school of 2,000, a province's million —
 * choosing for each record the rules of its regime (education level, grade, school year) as
 * {@link AssessmentRulesProvider} does, with the rule sets looked up once, not per record.
 * Works for every {@link StudentYearRecord} whose regime has rules.
 *
 * <p>Immutable and thread-safe. Streams are assessed lazily, one record at a time, so that the
 * memory used does not grow with the number of students unless the caller keeps the outcomes.
 */
public final class Assessments {

    private static final Assessments STANDARD = new Assessments(resolveAll());

    private final AssessmentRules[] rules;

    private Assessments(AssessmentRules[] rules) {
        this.rules = rules;
    }

    /** @return the provider's default rules of every regime, not null */
    public static Assessments standard() {
        return STANDARD;
    }

    /**
     * The same assessments with other rules for one regime, e.g. TT 22 with a province's
     * rounding: {@code Assessments.standard().withRules(Tt22Rules.standard().withAveragePolicy(p))}.
     *
     * @param replacement the rules, used for records of {@code replacement.regime()}, not null
     * @return the copy, not null
     */
    public Assessments withRules(AssessmentRules replacement) {
        Objects.requireNonNull(replacement, "replacement");
        AssessmentRules[] copy = rules.clone();
        copy[replacement.regime().ordinal()] = replacement;
        return new Assessments(copy);
    }

    /**
     * The rules that assess a record.
     *
     * @param record the record, not null
     * @return the rules of its regime, not null
     * @throws RegimeNotCoveredException if no rules of this library apply
     */
    public AssessmentRules rulesFor(StudentYearRecord record) {
        Regime regime = AssessmentRulesProvider.regimeFor(record.level(), record.grade(), record.year());
        AssessmentRules r = rules[regime.ordinal()];
        if (r == null) {
            // Not cached because not covered: let the provider say so with its own message.
            return AssessmentRulesProvider.rulesOf(regime);
        }
        return r;
    }

    /**
     * Assesses one record by the rules of its regime.
     *
     * @param record the record, not null
     * @return the outcome, not null
     * @throws AssessmentInputException if the record is missing or inconsistent
     * @throws RegimeNotCoveredException if no rules of this library apply
     */
    public YearOutcome assess(StudentYearRecord record) {
        return rulesFor(Objects.requireNonNull(record, "record")).assess(record);
    }

    /**
     * Assesses a stream of records lazily, in order: nothing is assessed until the returned
     * stream is consumed, and each outcome can be dropped once used.
     *
     * @param records the records, not null
     * @return the outcomes, one per record, not null
     */
    public Stream<YearOutcome> assessAll(Stream<? extends StudentYearRecord> records) {
        return records.map(this::assess);
    }

    /**
     * Assesses a class or a school in one call.
     *
     * @param records the students' records, not null
     * @return every outcome, in order, and the summary with the homeroom teacher's lists, not null
     * @throws AssessmentInputException at the first record that is missing or inconsistent
     */
    public ClassAssessment assessClass(Collection<? extends StudentYearRecord> records) {
        List<YearOutcome> outcomes = new ArrayList<>(records.size());
        for (StudentYearRecord r : records) {
            outcomes.add(assess(r));
        }
        return new ClassAssessment(outcomes, outcomes.stream().collect(ClassSummary.collector()));
    }

    /**
     * The summary of a stream of records without keeping their outcomes.
     *
     * @param records the records, not null
     * @param keepLists true for the id lists (memory grows with the ids), false for counts only
     * @return the summary, not null
     */
    public ClassSummary summarize(Stream<? extends StudentYearRecord> records, boolean keepLists) {
        Stream<YearOutcome> outcomes = assessAll(records);
        return keepLists ? outcomes.collect(ClassSummary.collector()) : outcomes.collect(ClassSummary.countsOnly());
    }

    private static AssessmentRules[] resolveAll() {
        Regime[] regimes = Regime.values();
        AssessmentRules[] resolved = new AssessmentRules[regimes.length];
        for (Regime regime : regimes) {
            try {
                resolved[regime.ordinal()] = AssessmentRulesProvider.rulesOf(regime);
            } catch (RegimeNotCoveredException e) {
                resolved[regime.ordinal()] = null; // reported per record by rulesFor
            }
        }
        return resolved;
    }
}
