package vn.schoolrecords.core.transcript;

import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * A person named on a transcript page as the one who confirms part of it (người ký xác nhận):
 * a subject teacher, the homeroom teacher or the principal, with the name as printed.
 *
 * @param staffId the member of staff's id in the school's roster, not null
 * @param fullName the full name as printed under the signature, not null
 */
public record Signatory(String staffId, String fullName) {

    /** Checks the id and the name (Unicode NFC, trimmed, at most 100 characters). */
    public Signatory {
        staffId = Texts.id(staffId, "staffId");
        fullName = Texts.text(fullName, "fullName", 100);
    }

    /**
     * The signatory of a member of staff.
     *
     * @param staff the member of staff, not null
     * @return the signatory, not null
     */
    public static Signatory from(Staff staff) {
        return new Signatory(staff.id(), staff.fullName());
    }
}
