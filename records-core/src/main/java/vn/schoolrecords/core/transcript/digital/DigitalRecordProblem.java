package vn.schoolrecords.core.transcript.digital;

/** Why the lifecycle of a digital transcript refused a command; each has its stable code. */
public enum DigitalRecordProblem {
    /** The year's data is locked: its last day (30 June, or 30 August in the special case) has passed. */
    DATA_LOCKED("DIGITAL_TRANSCRIPT_DATA_LOCKED"),
    /** The year is issued: its data cannot change; recall and re-create instead (TT 70/2026 Điều 7). */
    ISSUED_NO_EDIT("DIGITAL_TRANSCRIPT_ISSUED"),
    /** The record is recalled: nothing but re-creating it is possible. */
    RECALLED("DIGITAL_TRANSCRIPT_RECALLED"),
    /** Re-creating needs a recalled record. */
    NOT_RECALLED("DIGITAL_TRANSCRIPT_NOT_RECALLED"),
    /** Nothing has been issued yet: no copy, extract or recall of it. */
    NOT_ISSUED("DIGITAL_TRANSCRIPT_NOT_ISSUED"),
    /** A lookup code that was used before (the current or a recalled one) was given again. */
    LOOKUP_CODE_REUSED("DIGITAL_TRANSCRIPT_LOOKUP_CODE_REUSED"),
    /** The data is another learner's or another level's. */
    OTHER_LEARNER("DIGITAL_TRANSCRIPT_OTHER_LEARNER"),
    /** The record has no page for that school year. */
    YEAR_UNKNOWN("DIGITAL_TRANSCRIPT_YEAR_UNKNOWN"),
    /** The actor's role may not do this (issue: the clerk or head of school; recall: the head of school). */
    ROLE_NOT_PERMITTED("DIGITAL_TRANSCRIPT_ROLE_NOT_PERMITTED"),
    /** A personal signature given as the issuing seal, or the seal given as a personal signature. */
    WRONG_SIGNATURE_KIND("DIGITAL_TRANSCRIPT_WRONG_SIGNATURE_KIND"),
    /** No correction request with that number is open and unanswered (unknown, resolved, or a recall answers it). */
    CORRECTION_NOT_OPEN("DIGITAL_TRANSCRIPT_CORRECTION_NOT_OPEN");

    private final String code;

    DigitalRecordProblem(String code) {
        this.code = code;
    }

    /** @return the stable code, not null */
    public String code() {
        return code;
    }
}
