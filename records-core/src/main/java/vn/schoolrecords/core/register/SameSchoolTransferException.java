package vn.schoolrecords.core.register;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/** A transfer (chuyển trường) named the register's own school as the other school. Nothing was changed. */
public final class SameSchoolTransferException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "TRANSFER_TO_SAME_SCHOOL";

    private final String schoolCode;

    /**
     * Creates the exception.
     *
     * @param schoolCode the school's code, not null
     */
    public SameSchoolTransferException(String schoolCode) {
        super(CODE, LocalizedText.of("Không thể chuyển trường đến hoặc từ chính trường " + schoolCode + ".",
                "A transfer cannot be to or from the register's own school " + schoolCode + "."));
        this.schoolCode = schoolCode;
    }

    /** @return the school's code, not null */
    public String schoolCode() {
        return schoolCode;
    }
}
