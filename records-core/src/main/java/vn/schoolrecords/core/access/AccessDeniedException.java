package vn.schoolrecords.core.access;

import java.util.Objects;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * The access policy denied an action; {@link #decision()} says which rule and why. Nothing was
 * changed.
 */
public final class AccessDeniedException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "ACCESS_DENIED";

    private final String actorId;
    private final Action action;
    private final transient AccessDecision decision;

    /**
     * Creates the exception.
     *
     * @param actorId who tried, not null
     * @param action what they tried, not null
     * @param decision the denial, not null
     */
    public AccessDeniedException(String actorId, Action action, AccessDecision decision) {
        super(CODE, LocalizedText.of(
                actorId + " không được " + action + ": " + Objects.requireNonNull(decision, "decision").reason().vi(),
                actorId + " may not " + action + ": " + decision.reason().en()));
        this.actorId = actorId;
        this.action = action;
        this.decision = decision;
    }

    /** @return who tried, not null */
    public String actorId() {
        return actorId;
    }

    /** @return what they tried, not null */
    public Action action() {
        return action;
    }

    /** @return the denial with its rule and reason, not null */
    public AccessDecision decision() {
        return decision;
    }

    /** @return the stable name of the rule that denied, e.g. {@code Access.ownRecord}, not null */
    public String rule() {
        return decision.rule();
    }
}
