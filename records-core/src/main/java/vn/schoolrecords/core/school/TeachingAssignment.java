package vn.schoolrecords.core.school;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * Who teaches a subject to a class (phân công giảng dạy): the teacher of record, the only one
 * who enters that subject's scores for that class.
 *
 * @param classId the class's id, not null
 * @param subjectCode the subject's code, not null
 * @param teacherId the teacher's staff id, not null
 */
public record TeachingAssignment(@NotBlank String classId, @NotBlank String subjectCode, @NotBlank String teacherId) {

    /** Checks presence. */
    public TeachingAssignment {
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(teacherId, "teacherId");
    }
}
