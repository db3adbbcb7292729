package vn.schoolrecords.core.retention;

/**
 * Whether an entry of the retention data was read in a source (CONFIRMED) or not found in any
 * stored source (UNCONFIRMED), as {@code regulations.md} §5 and its addendum §1 mark it. An
 * unconfirmed entry never carries a period: the library does not guess.
 */
public enum Confirmation {
    /** Read in the regulation or in a source quoting it; the entry's {@code evidence} says which. */
    CONFIRMED,
    /** Not found in the stored sources: the period is unknown; consult the circular. */
    UNCONFIRMED
}
