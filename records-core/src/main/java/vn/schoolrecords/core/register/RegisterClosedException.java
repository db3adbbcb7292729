package vn.schoolrecords.core.register;

import java.time.LocalDate;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * The student register was already closed (khóa sổ) at the end of the course: it takes no more
 * entries, updates or a second closing. Nothing was changed.
 */
public final class RegisterClosedException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "REGISTER_CLOSED";

    private final LocalDate closedOn;

    /**
     * Creates the exception.
     *
     * @param closedOn the date the register was closed, not null
     */
    public RegisterClosedException(LocalDate closedOn) {
        super(CODE, LocalizedText.of("Sổ đăng bộ đã khóa ngày " + closedOn + "; không thể thay đổi hay khóa lại.",
                "The register was closed on " + closedOn + "; it cannot be changed or closed again."));
        this.closedOn = closedOn;
    }

    /** @return the date the register was closed, not null */
    public LocalDate closedOn() {
        return closedOn;
    }
}
