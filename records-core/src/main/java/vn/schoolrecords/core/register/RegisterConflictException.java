package vn.schoolrecords.core.register;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A register command does not fit the register's state: an unknown register number, a person
 * already registered, a date before the event it follows. Nothing was changed.
 */
public final class RegisterConflictException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "REGISTER_CONFLICT";

    /** Why the command does not fit. */
    public enum Reason {
        /** No entry has the register number or staff id given. */
        UNKNOWN_ENTRY,
        /** The student or member of staff is already on the register and has not left. */
        ALREADY_REGISTERED,
        /** The student or member of staff has already left. */
        ALREADY_LEFT,
        /** The school year is outside the course of the cohort. */
        YEAR_OUTSIDE_COURSE,
        /** The school year was already recorded for the student. */
        YEAR_ALREADY_RECORDED,
        /** The date precedes a date the register already holds for the same entry or register. */
        DATE_OUT_OF_ORDER,
        /** The events replayed do not start with the register's opening, or open it twice. */
        NOT_OPENED
    }

    private final Reason reason;
    private final String subject;

    /**
     * Creates the exception.
     *
     * @param reason why, not null
     * @param subject what it is about, e.g. a register number or staff id, not null
     * @param text the message in both languages, not null
     */
    public RegisterConflictException(Reason reason, String subject, LocalizedText text) {
        super(CODE, text);
        this.reason = reason;
        this.subject = subject;
    }

    /** @return why the command does not fit, not null */
    public Reason reason() {
        return reason;
    }

    /** @return what it is about, e.g. {@code 17} or {@code GV003}, not null */
    public String subject() {
        return subject;
    }
}
