package vn.schoolrecords.core.plan;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * The command comes out of order for the plan's state: approving a draft, submitting twice,
 * reporting before approval, editing an approved plan… Nothing was changed.
 */
public final class PlanTransitionException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "PLAN_INVALID_TRANSITION";

    private final String rule;
    private final PlanStatus status;

    /**
     * Creates the exception.
     *
     * @param rule the stable name of the broken rule, e.g. {@code Plan.notSubmitted}, not null
     * @param status the plan's status, not null
     * @param text what is wrong, not null
     */
    public PlanTransitionException(String rule, PlanStatus status, LocalizedText text) {
        super(CODE, text);
        this.rule = rule;
        this.status = status;
    }

    /** @return the stable name of the broken rule, not null */
    public String rule() {
        return rule;
    }

    /** @return the plan's status when the command came, not null */
    public PlanStatus status() {
        return status;
    }
}
