package vn.schoolrecords.core.transcript;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * A transcript (học bạ) or one of its pages could not be built or changed: its
 * {@linkplain #problem() problem} says why, and its code is the problem's stable code. Nothing
 * was created or changed.
 */
public final class TranscriptException extends RecordsException {

    private static final long serialVersionUID = 1L;

    private final TranscriptProblem problem;
    private final transient SchoolYear schoolYear;
    private final String subjectCode;

    /**
     * Creates the exception.
     *
     * @param problem what is wrong, not null
     * @param schoolYear the school year concerned, or null
     * @param subjectCode the subject concerned, or null
     * @param text the message in both languages, not null
     */
    public TranscriptException(TranscriptProblem problem, SchoolYear schoolYear, String subjectCode,
            LocalizedText text) {
        super(Objects.requireNonNull(problem, "problem").code(), text);
        this.problem = problem;
        this.schoolYear = schoolYear;
        this.subjectCode = subjectCode;
    }

    static TranscriptException of(TranscriptProblem problem, SchoolYear year, String vi, String en) {
        return new TranscriptException(problem, year, null, LocalizedText.of(vi, en));
    }

    /** @return what is wrong, not null */
    public TranscriptProblem problem() {
        return problem;
    }

    /** @return the school year concerned, if the error is about one, not null */
    public Optional<SchoolYear> schoolYear() {
        return Optional.ofNullable(schoolYear);
    }

    /** @return the code of the subject concerned, if the error is about one, not null */
    public Optional<String> subjectCode() {
        return Optional.ofNullable(subjectCode);
    }
}
