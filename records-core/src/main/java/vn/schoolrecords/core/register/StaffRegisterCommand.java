package vn.schoolrecords.core.register;

import java.time.LocalDate;
import java.util.Objects;
import vn.schoolrecords.core.school.Staff;

/** A personnel change to record in the staff register; {@link StaffRegister#handle} decides it. */
public sealed interface StaffRegisterCommand {

    /**
     * A member of staff joins the school on appointment or recruitment (tuyển dụng, bổ nhiệm).
     *
     * @param staff the member of staff, not null
     * @param on the date of joining, not null
     */
    record Appoint(Staff staff, LocalDate on) implements StaffRegisterCommand {
        /** Checks presence. */
        public Appoint {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * A member of staff transfers in from another school (chuyển đến).
     *
     * @param staff the member of staff, not null
     * @param fromSchoolCode the school left, not the register's own, not null
     * @param on the date of arrival, not null
     */
    record TransferIn(Staff staff, String fromSchoolCode, LocalDate on) implements StaffRegisterCommand {
        /** Checks presence. */
        public TransferIn {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(fromSchoolCode, "fromSchoolCode");
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * A member of staff leaves: transfer out (chuyển đi), retirement (nghỉ hưu) or resignation
     * (thôi việc).
     *
     * @param staffId the member's id, not null
     * @param kind how they leave, not null
     * @param toSchoolCode the receiving school, present exactly for a transfer out, not the register's own
     * @param on the date of leaving, not null
     */
    record Leave(String staffId, StaffRegisterEvent.LeavingKind kind, java.util.Optional<String> toSchoolCode,
            LocalDate on) implements StaffRegisterCommand {
        /** Checks presence, and that a school is named exactly for a transfer. */
        public Leave {
            Objects.requireNonNull(staffId, "staffId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(toSchoolCode, "toSchoolCode");
            Objects.requireNonNull(on, "on");
            if (toSchoolCode.isPresent() != (kind == StaffRegisterEvent.LeavingKind.TRANSFER_OUT)) {
                throw vn.schoolrecords.core.InvalidValueException.of("toSchoolCode", "StaffRegister.toSchool",
                        vn.schoolrecords.core.LocalizedText.of("chỉ khi chuyển đi mới ghi trường đến",
                                "a receiving school is named exactly for a transfer out"), toSchoolCode);
            }
        }

        /**
         * @param staffId the member's id, not null
         * @param toSchoolCode the receiving school, not null
         * @param on the date, not null
         * @return a transfer out, not null
         */
        public static Leave transferOut(String staffId, String toSchoolCode, LocalDate on) {
            return new Leave(staffId, StaffRegisterEvent.LeavingKind.TRANSFER_OUT, java.util.Optional.of(toSchoolCode), on);
        }

        /**
         * @param staffId the member's id, not null
         * @param on the date, not null
         * @return a retirement, not null
         */
        public static Leave retirement(String staffId, LocalDate on) {
            return new Leave(staffId, StaffRegisterEvent.LeavingKind.RETIREMENT, java.util.Optional.empty(), on);
        }

        /**
         * @param staffId the member's id, not null
         * @param on the date, not null
         * @return a resignation, not null
         */
        public static Leave resignation(String staffId, LocalDate on) {
            return new Leave(staffId, StaffRegisterEvent.LeavingKind.RESIGNATION, java.util.Optional.empty(), on);
        }
    }
}
