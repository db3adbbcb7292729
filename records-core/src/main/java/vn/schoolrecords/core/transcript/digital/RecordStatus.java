package vn.schoolrecords.core.transcript.digital;

/** Where a digital transcript (học bạ số) stands in its lifecycle. */
public enum RecordStatus {
    /** A year is being entered or signed: not every year is issued yet. */
    OPEN,
    /** Every year so far is issued with the school's signature: no edit, only recall. */
    ISSUED,
    /** Recalled for correction: its lookup code is retired; it must be re-created. */
    RECALLED
}
