package vn.schoolrecords.core.gradebook;

/** The kind of an assessment column of a grade book (cột điểm). */
public enum AssessmentKind {
    /** Regular assessment (đánh giá thường xuyên, ĐĐGtx); several per semester. */
    REGULAR,
    /** Periodic mid-term assessment (đánh giá giữa kỳ, ĐĐGgk); one per semester. */
    PERIODIC,
    /** End-of-term assessment (đánh giá cuối kỳ, ĐĐGck); one per semester. */
    END_OF_TERM
}
