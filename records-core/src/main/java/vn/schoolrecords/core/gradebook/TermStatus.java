package vn.schoolrecords.core.gradebook;

/** Whether a semester of a grade book may be written. */
public enum TermStatus {
    /** Open (mở sổ): entries and, before the deadline, edits with evidence. */
    OPEN,
    /** Locked (khóa sổ) by the principal or the IT administrator; only approved corrections change it. */
    LOCKED,
    /** The class's results approved by the principal (duyệt kết quả); locked for good. */
    APPROVED
}
