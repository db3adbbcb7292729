package vn.schoolrecords.core.register;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Student;

/**
 * Something that happened to a student register. Each event carries the instant it was recorded
 * and, where the register has one, the date it took effect. In JSON, {@code "type"} names the event.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = StudentRegisterEvent.Opened.class, name = "OPENED"),
    @JsonSubTypes.Type(value = StudentRegisterEvent.Enrolled.class, name = "ENROLLED"),
    @JsonSubTypes.Type(value = StudentRegisterEvent.YearRecorded.class, name = "YEAR_RECORDED"),
    @JsonSubTypes.Type(value = StudentRegisterEvent.TransferredOut.class, name = "TRANSFERRED_OUT"),
    @JsonSubTypes.Type(value = StudentRegisterEvent.Closed.class, name = "CLOSED")})
public sealed interface StudentRegisterEvent {

    /** @return when the event was recorded, not null */
    Instant recordedAt();

    /**
     * The register of a cohort was opened.
     *
     * @param schoolCode the school's code, not null
     * @param firstYear the cohort's first school year, not null
     * @param lastYear the cohort's last school year, not null
     * @param recordedAt when, not null
     */
    record Opened(String schoolCode, SchoolYear firstYear, SchoolYear lastYear, Instant recordedAt)
            implements StudentRegisterEvent {
        /** Checks presence. */
        public Opened {
            Objects.requireNonNull(schoolCode, "schoolCode");
            Objects.requireNonNull(firstYear, "firstYear");
            Objects.requireNonNull(lastYear, "lastYear");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }

    /**
     * A student was entered under a register number, admitted or transferred in.
     *
     * @param number the register number given, not null
     * @param student the student, not null
     * @param on the date of enrolment or arrival, not null
     * @param transferredFrom the school left, for a transfer in, or empty
     * @param recordedAt when, not null
     */
    record Enrolled(int number, Student student, LocalDate on, Optional<String> transferredFrom, Instant recordedAt)
            implements StudentRegisterEvent {
        /** Checks presence. */
        public Enrolled {
            Objects.requireNonNull(student, "student");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(transferredFrom, "transferredFrom");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }

    /**
     * A year's update was recorded for an entry.
     *
     * @param number the register number, not null
     * @param year the school year, not null
     * @param className the class, not null
     * @param outcome the outcome, not null
     * @param recordedAt when, not null
     */
    record YearRecorded(int number, SchoolYear year, String className, String outcome, Instant recordedAt)
            implements StudentRegisterEvent {
        /** Checks presence. */
        public YearRecorded {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }

    /**
     * A student transferred to another school.
     *
     * @param number the register number, not null
     * @param toSchoolCode the receiving school, not null
     * @param on the date of leaving, not null
     * @param recordedAt when, not null
     */
    record TransferredOut(int number, String toSchoolCode, LocalDate on, Instant recordedAt)
            implements StudentRegisterEvent {
        /** Checks presence. */
        public TransferredOut {
            Objects.requireNonNull(toSchoolCode, "toSchoolCode");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }

    /**
     * The register was closed at the end of the course.
     *
     * @param on the date of closing, not null
     * @param closedBy who signed it, not null
     * @param recordedAt when, not null
     */
    record Closed(LocalDate on, String closedBy, Instant recordedAt) implements StudentRegisterEvent {
        /** Checks presence. */
        public Closed {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(closedBy, "closedBy");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }
}
