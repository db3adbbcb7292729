package vn.schoolrecords.core.transcript.digital;

/** How a correction request (yêu cầu chỉnh lý) of a digital transcript was answered. */
public enum CorrectionOutcome {
    /** The record was recalled, re-created with the correction and issued again. */
    REISSUED,
    /** The request was declined (not approved); the record stays as issued. */
    DECLINED
}
