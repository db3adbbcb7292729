package vn.schoolrecords.core.gradebook;

/** The kinds of evidence a score correction keeps (minh chứng), 001 Điều 8.1–8.2. */
public enum EvidenceKind {
    /** The teacher's personal grade book (sổ điểm cá nhân). */
    PERSONAL_GRADE_BOOK,
    /** The student's test paper (bài kiểm tra). */
    TEST_PAPER,
    /**
     * For an oral score: a confirmation signed, with full names, by the student whose score is
     * corrected and another student of the class (001 Điều 8.2).
     */
    ORAL_CONFIRMATION
}
