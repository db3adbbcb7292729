package vn.schoolrecords.core.plan;

/** Where a plan stands in its workflow. */
public enum PlanStatus {
    /** Being written, never submitted (dự thảo). */
    DRAFT,
    /** Submitted, waiting for the next reviewer of its chain (đã nộp, chờ duyệt). */
    SUBMITTED,
    /** Returned to the author with the reviewer's feedback (trả lại kèm ý kiến). */
    RETURNED,
    /** Approved by every reviewer of its chain (đã phê duyệt). */
    APPROVED,
    /** A school plan approved and reported to the office above (đã gửi báo cáo). */
    REPORTED
}
