package vn.schoolrecords.core.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The subjects a school teaches in one grade in one school year, with their periods.
 *
 * @param grade the grade, not null
 * @param subjects the subjects, at least one, codes unique
 */
public record Curriculum(GradeLevel grade, @NotEmpty List<@Valid Subject> subjects) {

    /** Checks presence and copies the list. */
    public Curriculum {
        Objects.requireNonNull(grade, "grade");
        subjects = List.copyOf(subjects);
    }

    /**
     * The subject with the given code.
     *
     * @param code the subject code, not null
     * @return the subject, or empty if not taught in this grade
     */
    public Optional<Subject> subject(String code) {
        return subjects.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
