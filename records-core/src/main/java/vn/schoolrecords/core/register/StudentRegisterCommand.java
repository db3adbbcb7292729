package vn.schoolrecords.core.register;

import java.time.LocalDate;
import java.util.Objects;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Student;

/** A request to change a student register; {@link StudentRegister#handle} decides it. */
public sealed interface StudentRegisterCommand {

    /**
     * Enrol a student admitted to the cohort (tuyển sinh, nhập học).
     *
     * @param student the student, not null
     * @param on the date of enrolment, not null
     */
    record Enrol(Student student, LocalDate on) implements StudentRegisterCommand {
        /** Checks presence. */
        public Enrol {
            Objects.requireNonNull(student, "student");
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * Enrol a student transferring in from another school (chuyển đến).
     *
     * @param student the student, not null
     * @param fromSchoolCode the code of the school left, not the register's own, not null
     * @param on the date of arrival, not null
     */
    record TransferIn(Student student, String fromSchoolCode, LocalDate on) implements StudentRegisterCommand {
        /** Checks presence. */
        public TransferIn {
            Objects.requireNonNull(student, "student");
            Objects.requireNonNull(fromSchoolCode, "fromSchoolCode");
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * The yearly update of an entry (cập nhật hằng năm): the class and the year's outcome.
     *
     * @param number the register number (số đăng bộ), not null
     * @param year the school year, within the course, not null
     * @param className the class, e.g. {@code 10A1}, not blank
     * @param outcome the year's outcome as written in the register, e.g. {@code Được lên lớp}, not blank
     */
    record RecordYear(int number, SchoolYear year, String className, String outcome) implements StudentRegisterCommand {
        /** Checks presence. */
        public RecordYear {
            Objects.requireNonNull(year, "year");
            StudentRegisterEntry.nonBlank("className", className);
            StudentRegisterEntry.nonBlank("outcome", outcome);
        }
    }

    /**
     * Record a student's transfer to another school (chuyển đi).
     *
     * @param number the register number, not null
     * @param toSchoolCode the receiving school's code, not the register's own, not null
     * @param on the date of leaving, not null
     */
    record TransferOut(int number, String toSchoolCode, LocalDate on) implements StudentRegisterCommand {
        /** Checks presence. */
        public TransferOut {
            Objects.requireNonNull(toSchoolCode, "toSchoolCode");
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * Close the register at the end of the course (khóa sổ cuối khóa học); it is then printed,
     * signed and sealed (001 §2.3).
     *
     * @param on the date of closing, not null
     * @param closedBy the staff id of the principal who signs it, not blank
     */
    record Close(LocalDate on, String closedBy) implements StudentRegisterCommand {
        /** Checks presence. */
        public Close {
            Objects.requireNonNull(on, "on");
            StudentRegisterEntry.nonBlank("closedBy", closedBy);
        }
    }
}
