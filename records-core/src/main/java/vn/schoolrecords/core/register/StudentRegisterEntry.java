package vn.schoolrecords.core.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Student;

/**
 * One line of the student register: a student under a register number (số đăng bộ), with each
 * year's update and, if the student left, the transfer out.
 *
 * @param number the register number, 1, 2, 3 … in order of entry, never reused
 * @param student the student as entered, not null
 * @param enrolledOn the date of enrolment or arrival, not null
 * @param transferredFrom the school left, for a student who transferred in, or empty
 * @param years the yearly updates, in the order recorded, not null
 * @param transferredOut the transfer out, or empty while the student is on the register
 */
public record StudentRegisterEntry(int number, Student student, LocalDate enrolledOn, Optional<String> transferredFrom,
        List<YearUpdate> years, Optional<Transfer> transferredOut) {

    /**
     * The update of one school year.
     *
     * @param year the school year, not null
     * @param className the class, not null
     * @param outcome the outcome as written, not null
     */
    public record YearUpdate(SchoolYear year, String className, String outcome) {
        /** Checks presence. */
        public YearUpdate {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * A transfer to another school.
     *
     * @param toSchoolCode the receiving school, not null
     * @param on the date of leaving, not null
     */
    public record Transfer(String toSchoolCode, LocalDate on) {
        /** Checks presence. */
        public Transfer {
            Objects.requireNonNull(toSchoolCode, "toSchoolCode");
            Objects.requireNonNull(on, "on");
        }
    }

    /** Checks presence and copies the years. */
    public StudentRegisterEntry {
        RegisterNumber.requireNumber(number);
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(enrolledOn, "enrolledOn");
        Objects.requireNonNull(transferredFrom, "transferredFrom");
        years = List.copyOf(years);
        Objects.requireNonNull(transferredOut, "transferredOut");
    }

    /** @return true while the student has not transferred out */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isActive() {
        return transferredOut.isEmpty();
    }

    StudentRegisterEntry withYear(YearUpdate update) {
        List<YearUpdate> next = new ArrayList<>(years);
        next.add(update);
        return new StudentRegisterEntry(number, student, enrolledOn, transferredFrom, next, transferredOut);
    }

    StudentRegisterEntry withTransferOut(Transfer transfer) {
        return new StudentRegisterEntry(number, student, enrolledOn, transferredFrom, years, Optional.of(transfer));
    }

    static void nonBlank(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw InvalidValueException.of(field, "NotBlank", LocalizedText.of("không được để trống", "must not be blank"), value);
        }
    }
}
