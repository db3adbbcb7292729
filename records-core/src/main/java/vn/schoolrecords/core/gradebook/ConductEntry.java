package vn.schoolrecords.core.gradebook;

import java.util.Objects;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.school.Term;

/**
 * A student's conduct (kết quả rèn luyện, TT 22/2021 Điều 8) for a semester or the whole year,
 * entered by the homeroom teacher.
 *
 * @param studentId the student's id, not null
 * @param term the semester or the whole year, not null
 * @param level the level, not null
 * @param version the sequence of the event that last set it, from 1
 */
public record ConductEntry(String studentId, Term term, AchievementLevel level, long version) {

    /** Checks presence. */
    public ConductEntry {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(level, "level");
    }
}
