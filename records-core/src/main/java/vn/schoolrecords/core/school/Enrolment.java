package vn.schoolrecords.core.school;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * A student's place in a class for the school year.
 *
 * @param studentId the student's id, not null
 * @param classId the class's id, not null
 */
public record Enrolment(@NotBlank String studentId, @NotBlank String classId) {

    /** Checks presence. */
    public Enrolment {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(classId, "classId");
    }
}
