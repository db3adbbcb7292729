package vn.schoolrecords.core.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import vn.schoolrecords.core.RecordsValidation;

/**
 * A class (lớp học) of one school year, e.g. {@code 10A1}.
 *
 * @param id the school's code for the class, unique within the school, e.g. {@code 2024-10A1}
 * @param name the class's name as written on records, e.g. {@code 10A1}
 * @param grade the grade, not null
 * @param year the school year, not null
 * @param homeroomTeacherId the staff id of the homeroom teacher (giáo viên chủ nhiệm)
 */
public record ClassGroup(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "{vn.schoolrecords.Id.format}") String id,
        @NotBlank @Pattern(regexp = "[\\p{L}0-9./ -]{1,20}", message = "{vn.schoolrecords.ClassName.format}") String name,
        GradeLevel grade,
        SchoolYear year,
        @NotBlank String homeroomTeacherId) {

    /** Checks presence; {@link #of} checks the rest. */
    public ClassGroup {
        Objects.requireNonNull(id, "id");
        name = Student.nfc(name, "name");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(homeroomTeacherId, "homeroomTeacherId");
    }

    /**
     * A validated class.
     *
     * @param id the class code, not null
     * @param name the class name, not null
     * @param grade the grade, not null
     * @param year the school year, not null
     * @param homeroomTeacherId the homeroom teacher's staff id, not null
     * @return the class, not null
     * @throws vn.schoolrecords.core.InvalidValueException naming every invalid field
     */
    public static ClassGroup of(String id, String name, GradeLevel grade, SchoolYear year, String homeroomTeacherId) {
        return RecordsValidation.requireValid(new ClassGroup(id, name, grade, year, homeroomTeacherId));
    }
}
