package vn.schoolrecords.core.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.school.Staff;

/**
 * One line of the staff register: a member of staff, how and when they joined and, if they
 * left, how and when.
 *
 * @param number the line number, 1, 2, 3 … in order of joining, never reused
 * @param staff the member of staff as registered, not null
 * @param joinedOn the date of joining, not null
 * @param transferredFrom the school left, for a transfer in, or empty
 * @param leaving how and when they left, or empty while on the staff
 */
public record StaffRegisterEntry(int number, Staff staff, LocalDate joinedOn, Optional<String> transferredFrom,
        Optional<Leaving> leaving) {

    /**
     * A departure.
     *
     * @param kind how, not null
     * @param toSchoolCode the receiving school, for a transfer out, or empty
     * @param on the date, not null
     */
    public record Leaving(StaffRegisterEvent.LeavingKind kind, Optional<String> toSchoolCode, LocalDate on) {
        /** Checks presence. */
        public Leaving {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(toSchoolCode, "toSchoolCode");
            Objects.requireNonNull(on, "on");
        }
    }

    /** Checks presence. */
    public StaffRegisterEntry {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(joinedOn, "joinedOn");
        Objects.requireNonNull(transferredFrom, "transferredFrom");
        Objects.requireNonNull(leaving, "leaving");
    }

    /** @return true while the member of staff has not left */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isActive() {
        return leaving.isEmpty();
    }
}
