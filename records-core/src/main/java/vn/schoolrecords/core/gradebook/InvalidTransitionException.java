package vn.schoolrecords.core.gradebook;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * The command does not fit the grade book's current state: entering a cell already entered,
 * editing one not yet entered, confirming a request twice, locking a locked semester…
 * Nothing was changed.
 */
public final class InvalidTransitionException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "INVALID_TRANSITION";

    private final String rule;

    /**
     * Creates the exception.
     *
     * @param rule the stable name of the broken rule, e.g. {@code Mark.alreadyEntered}, not null
     * @param text what is wrong, not null
     */
    public InvalidTransitionException(String rule, LocalizedText text) {
        super(CODE, text);
        this.rule = rule;
    }

    /** @return the stable name of the broken rule, e.g. {@code Correction.notPending}, not null */
    public String rule() {
        return rule;
    }
}
