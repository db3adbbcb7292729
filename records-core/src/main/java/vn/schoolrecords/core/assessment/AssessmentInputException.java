package vn.schoolrecords.core.assessment;

import java.util.Optional;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.school.Term;

/**
 * Recorded assessments that the rules cannot assess: too few regular assessments for the
 * subject's periods, a comment result on a scored subject, a primary test score with a
 * decimal, a record of another regime's kind. It names the student, subject, term and the rule
 * broken. Nothing is guessed.
 */
public final class AssessmentInputException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "ASSESSMENT_INPUT_INVALID";

    private final String studentId;
    private final String subjectCode;
    private final Term term;
    private final transient Citation rule;

    /**
     * Creates the exception.
     *
     * @param studentId the student, not null
     * @param subjectCode the subject, or null when the problem is not about one subject
     * @param term the term, or null when the problem is not about one term
     * @param rule the rule broken, not null
     * @param problem what is wrong, in both languages, not null
     */
    public AssessmentInputException(String studentId, String subjectCode, Term term, Citation rule,
            LocalizedText problem) {
        super(CODE, describe(studentId, subjectCode, term, rule, problem));
        this.studentId = studentId;
        this.subjectCode = subjectCode;
        this.term = term;
        this.rule = rule;
    }

    /** @return the student whose record is wrong, not null */
    public String studentId() {
        return studentId;
    }

    /** @return the subject concerned, if the problem is about one */
    public Optional<String> subjectCode() {
        return Optional.ofNullable(subjectCode);
    }

    /** @return the term concerned, if the problem is about one */
    public Optional<Term> term() {
        return Optional.ofNullable(term);
    }

    /** @return the rule broken, not null */
    public Citation rule() {
        return rule;
    }

    private static LocalizedText describe(String studentId, String subjectCode, Term term, Citation rule,
            LocalizedText problem) {
        String subject = subjectCode == null ? "" : ", môn " + subjectCode;
        String subjectEn = subjectCode == null ? "" : ", subject " + subjectCode;
        String termVi = term == null ? "" : ", " + term.vietnameseName();
        String termEn = term == null ? "" : ", " + term.abbreviation();
        return LocalizedText.of(
                "Học sinh " + studentId + subject + termVi + ": " + problem.vi() + " (" + rule + ")",
                "Student " + studentId + subjectEn + termEn + ": " + problem.en() + " (" + rule + ")");
    }
}
