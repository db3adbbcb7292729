package vn.schoolrecords.core.gradebook;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.school.StaffRole;

/**
 * The actor does not hold the role the action needs: conduct and confirmations are the homeroom
 * teacher's, opening, unlocking, decisions on corrections and approval of results the
 * principal's, locking the principal's or the IT administrator's. Nothing was changed.
 */
public final class ActionNotPermittedException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "ACTION_NOT_PERMITTED";

    private final String actorId;
    private final String action;
    private final StaffRole requiredRole;

    /**
     * Creates the exception.
     *
     * @param actorId who tried, not null
     * @param action the action, e.g. {@code UnlockTerm}, not null
     * @param requiredRole the role it needs, not null
     * @param citation the article that gives the role, not null
     */
    public ActionNotPermittedException(String actorId, String action, StaffRole requiredRole, String citation) {
        super(CODE, LocalizedText.of(
                actorId + " không được " + action + ": cần " + requiredRole.vietnameseName() + " (" + citation + ")",
                actorId + " may not " + action + ": it needs the " + requiredRole + " (" + citation + ")"));
        this.actorId = actorId;
        this.action = action;
        this.requiredRole = requiredRole;
    }

    /** @return the staff id of who tried, not null */
    public String actorId() {
        return actorId;
    }

    /** @return the action attempted, not null */
    public String action() {
        return action;
    }

    /** @return the role the action needs, not null */
    public StaffRole requiredRole() {
        return requiredRole;
    }
}
