package vn.schoolrecords.core.gradebook;

/** Where a correction request (đề nghị sửa điểm) stands. */
public enum CorrectionStatus {
    /** Filed by the teacher of record, awaiting the homeroom teacher's confirmation. */
    FILED,
    /** Confirmed by the homeroom teacher, awaiting the principal's decision. */
    CONFIRMED,
    /** Approved by the principal; the new value is in the grade book. */
    APPROVED,
    /** Rejected by the principal; nothing changed. */
    REJECTED;

    /** @return true while the request awaits a decision */
    public boolean isPending() {
        return this == FILED || this == CONFIRMED;
    }
}
