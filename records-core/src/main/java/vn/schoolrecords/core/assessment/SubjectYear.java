package vn.schoolrecords.core.assessment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.Term;

/**
 * A secondary student's recorded assessments of one subject for one school year.
 *
 * @param subject the subject as taught in the student's grade (its periods per year and
 *     assessment mode decide the rules), not null
 * @param first semester I, or empty when the subject is not taught then (or the student is
 *     exempt from it)
 * @param second semester II, or empty likewise
 * @param exemptions the terms for which the principal exempted the student from the subject
 *     (miễn học, TT 58/2011 Điều 12); under TT 22/2021 an exemption covers only the practical
 *     part and the subject is still assessed by theory, so the assessments must be present
 * @param reassessment the result of the summer re-assessment (kiểm tra lại / đánh giá lại), if
 *     taken; it replaces the subject's year result
 */
public record SubjectYear(Subject subject, Optional<TermAssessments> first, Optional<TermAssessments> second,
        Set<Term> exemptions, Optional<Mark> reassessment) {

    /** Checks presence and copies the set. */
    public SubjectYear {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        exemptions = exemptions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(exemptions));
        Objects.requireNonNull(reassessment, "reassessment");
    }

    /**
     * A subject assessed in both semesters, with no exemption or re-assessment.
     *
     * @param subject the subject, not null
     * @param first semester I, not null
     * @param second semester II, not null
     * @return the record, not null
     */
    public static SubjectYear of(Subject subject, TermAssessments first, TermAssessments second) {
        return new SubjectYear(subject, Optional.of(first), Optional.of(second), Set.of(), Optional.empty());
    }

    /**
     * The same record with a summer re-assessment result.
     *
     * @param result the new result, not null
     * @return the copy, not null
     */
    public SubjectYear withReassessment(Mark result) {
        return new SubjectYear(subject, first, second, exemptions, Optional.of(result));
    }

    /**
     * The assessments of a semester.
     *
     * @param term {@link Term#FIRST} or {@link Term#SECOND}, not null
     * @return the assessments, or empty
     */
    public Optional<TermAssessments> term(Term term) {
        return switch (term) {
            case FIRST -> first;
            case SECOND -> second;
            case WHOLE_YEAR -> throw new IllegalArgumentException("a semester is FIRST or SECOND");
        };
    }
}
