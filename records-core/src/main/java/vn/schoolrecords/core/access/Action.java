package vn.schoolrecords.core.access;

/** What an actor wants to do with a record. */
public enum Action {
    /** See the record (xem, kiểm tra). */
    READ,
    /** Write or change it: a plan's draft, a grade book's marks (soạn, nhập). */
    EDIT,
    /** Send a plan for approval (nộp). */
    SUBMIT,
    /** Approve a plan or return it with feedback (phê duyệt, trả lại kèm ý kiến). */
    REVIEW,
    /** Send an approved school plan to the office above (gửi báo cáo). */
    REPORT
}
