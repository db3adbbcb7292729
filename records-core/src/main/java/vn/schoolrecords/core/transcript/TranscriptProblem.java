package vn.schoolrecords.core.transcript;

/**
 * What can be wrong with a transcript (học bạ) or one of its operations, each with the stable
 * code of its {@link TranscriptException}.
 */
public enum TranscriptProblem {
    /** A subject row has no teacher of record (giáo viên môn học) to confirm it. */
    TEACHER_MISSING("TRANSCRIPT_TEACHER_MISSING"),
    /** A year page belongs to another education level (cấp học) than the transcript's. */
    YEAR_OF_OTHER_LEVEL("TRANSCRIPT_YEAR_OF_OTHER_LEVEL"),
    /** Two pages for one school year. */
    YEAR_DUPLICATE("TRANSCRIPT_YEAR_DUPLICATE"),
    /** A page, transfer or copy dated before what the transcript already records, or a grade going back. */
    OUT_OF_ORDER("TRANSCRIPT_OUT_OF_ORDER"),
    /** A page of another student. */
    OTHER_STUDENT("TRANSCRIPT_OTHER_STUDENT"),
    /** A page written by a school the student was not at on the page's date. */
    WRONG_SCHOOL("TRANSCRIPT_WRONG_SCHOOL"),
    /** The outcome, roster, class and confirmation do not describe the same student, year and school. */
    INCONSISTENT_SOURCES("TRANSCRIPT_INCONSISTENT_SOURCES"),
    /** A page or transfer after the transcript was closed. */
    CLOSED("TRANSCRIPT_CLOSED"),
    /** The transcript was closed already. */
    ALREADY_CLOSED("TRANSCRIPT_ALREADY_CLOSED"),
    /** Closing before the student completed the last grade of the level. */
    LEVEL_NOT_COMPLETED("TRANSCRIPT_LEVEL_NOT_COMPLETED"),
    /**
     * Closing after a last page that leaves the promotion to the principal (PRINCIPAL_DECIDES)
     * without the principal's decision, or a decision given when the page did not ask for one.
     */
    PRINCIPAL_DECISION("TRANSCRIPT_PRINCIPAL_DECISION"),
    /** A transfer whose receiving school is the sending school. */
    TRANSFER_TO_SAME_SCHOOL("TRANSCRIPT_TRANSFER_TO_SAME_SCHOOL"),
    /** A transfer from a school the student is not at. */
    TRANSFER_FROM_OTHER_SCHOOL("TRANSCRIPT_TRANSFER_FROM_OTHER_SCHOOL"),
    /** A copy (bản sao) requested of a transcript with no page yet. */
    NOTHING_TO_REISSUE("TRANSCRIPT_NOTHING_TO_REISSUE"),
    /** Reissue numbers not 1, 2, 3 … in order, or a cancellation of a number never issued. */
    REISSUE_NUMBER("TRANSCRIPT_REISSUE_NUMBER"),
    /** A copy cancelled twice. */
    REISSUE_ALREADY_CANCELLED("TRANSCRIPT_REISSUE_ALREADY_CANCELLED");

    private final String code;

    TranscriptProblem(String code) {
        this.code = code;
    }

    /** @return the stable code of the error, e.g. {@code TRANSCRIPT_TEACHER_MISSING}, not null */
    public String code() {
        return code;
    }
}
