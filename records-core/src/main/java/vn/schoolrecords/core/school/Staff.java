package vn.schoolrecords.core.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.schoolrecords.core.RecordsValidation;

/**
 * A member of staff (cán bộ, giáo viên, nhân viên) of a school.
 *
 * @param id the school's code for the person, e.g. {@code GV001}
 * @param fullName full name, kept as given in Unicode NFC
 * @param roles every role held, at least one; iterated in declaration order
 * @param subjectCodes the codes of the subjects the person teaches (empty for non-teachers);
 *     iterated in alphabetical order
 */
public record Staff(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "{vn.schoolrecords.Id.format}") String id,
        @NotBlank @Size(max = 100) @Pattern(regexp = "(?U)\\S(?:.*\\S)?", message = "{vn.schoolrecords.Text.trimmed}") String fullName,
        @NotEmpty Set<StaffRole> roles,
        Set<@Pattern(regexp = "[A-Z][A-Z0-9_]{0,29}", message = "{vn.schoolrecords.Code.format}") String> subjectCodes) {

    /** Checks presence, copies the sets, brings the name to NFC; {@link #of} checks the rest. */
    public Staff {
        Objects.requireNonNull(id, "id");
        fullName = Student.nfc(fullName, "fullName");
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        subjectCodes = Collections.unmodifiableSet(new TreeSet<>(subjectCodes));
    }

    /**
     * A validated member of staff.
     *
     * @param id the code, not null
     * @param fullName the full name, not null
     * @param roles the roles, at least one, not null
     * @param subjectCodes the subjects taught, not null
     * @return the member of staff, not null
     * @throws vn.schoolrecords.core.InvalidValueException naming every invalid field
     */
    public static Staff of(String id, String fullName, Set<StaffRole> roles, Set<String> subjectCodes) {
        return RecordsValidation.requireValid(new Staff(id, fullName, roles, subjectCodes));
    }

    /**
     * Whether the person holds a role.
     *
     * @param role the role, not null
     * @return true if held
     */
    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
