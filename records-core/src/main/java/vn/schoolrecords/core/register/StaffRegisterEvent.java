package vn.schoolrecords.core.register;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.school.Staff;

/** Something that happened to a staff register; in JSON, {@code "type"} names the event. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = StaffRegisterEvent.Opened.class, name = "OPENED"),
    @JsonSubTypes.Type(value = StaffRegisterEvent.Joined.class, name = "JOINED"),
    @JsonSubTypes.Type(value = StaffRegisterEvent.Left.class, name = "LEFT")})
public sealed interface StaffRegisterEvent {

    /** @return when the event was recorded, not null */
    Instant recordedAt();

    /** How a member of staff leaves the school. */
    enum LeavingKind {
        /** Transfer to another school (chuyển đi). */
        TRANSFER_OUT,
        /** Retirement (nghỉ hưu). */
        RETIREMENT,
        /** Resignation (thôi việc, nghỉ việc). */
        RESIGNATION
    }

    /**
     * The school's staff register was opened.
     *
     * @param schoolCode the school's code, not null
     * @param recordedAt when, not null
     */
    record Opened(String schoolCode, Instant recordedAt) implements StaffRegisterEvent {
        /** Checks presence. */
        public Opened {
            Objects.requireNonNull(schoolCode, "schoolCode");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }

    /**
     * A member of staff joined, appointed or transferred in.
     *
     * @param number the line number given, not null
     * @param staff the member of staff, not null
     * @param on the date of joining, not null
     * @param transferredFrom the school left, for a transfer in, or empty
     * @param recordedAt when, not null
     */
    record Joined(int number, Staff staff, LocalDate on, Optional<String> transferredFrom, Instant recordedAt)
            implements StaffRegisterEvent {
        /** Checks presence. */
        public Joined {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(transferredFrom, "transferredFrom");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }

    /**
     * A member of staff left.
     *
     * @param number the line number, not null
     * @param kind how, not null
     * @param toSchoolCode the receiving school for a transfer out, or empty
     * @param on the date of leaving, not null
     * @param recordedAt when, not null
     */
    record Left(int number, LeavingKind kind, Optional<String> toSchoolCode, LocalDate on, Instant recordedAt)
            implements StaffRegisterEvent {
        /** Checks presence. */
        public Left {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(toSchoolCode, "toSchoolCode");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }
}
