package vn.schoolrecords.core.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * A primary student's school year under TT 27/2020/TT-BGDĐT: the subjects and activities with
 * their levels and periodic tests, the end-of-year levels of the ten competences (năng lực) and
 * five qualities (phẩm chất), and what the year's award and completion need beyond them.
 *
 * <p>The record only checks presence; {@link Tt27Rules#assess(StudentYearRecord)} checks it
 * against the circular and names what is missing or inconsistent.
 *
 * @param studentId the student's id, not null
 * @param grade the grade, 1–5, not null
 * @param year the school year, not null
 * @param subjects every subject and educational activity of the year, not null
 * @param competences the end-of-year level of each competence; all ten are required, not null
 * @param qualities the end-of-year level of each quality; all five are required, not null
 * @param outstandingInSubject true if the student has outstanding achievement in at least one
 *     subject (thành tích xuất sắc về ít nhất một môn học), recognised by the class (được tập
 *     thể lớp công nhận) — an input of the Tiêu biểu award (Điều 13, khoản 1, điểm b)
 * @param markedProgress true if the student made marked progress in at least one quality or
 *     competence (tiến bộ rõ rệt ít nhất một phẩm chất, năng lực), recognised by the class
 * @param supplementary the result of the supplementary assessment and principal's decision
 *     for a student who did not complete the grade (Điều 11, khoản 2–3), if already known
 */
public record PrimaryYear(String studentId, GradeLevel grade, SchoolYear year, List<PrimarySubjectYear> subjects,
        Map<Competence, QualityLevel> competences, Map<Quality, QualityLevel> qualities,
        boolean outstandingInSubject, boolean markedProgress, Optional<SupplementaryAssessment> supplementary)
        implements StudentYearRecord {

    /** Checks presence and copies the collections. */
    public PrimaryYear {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(year, "year");
        subjects = List.copyOf(subjects);
        competences = copy(competences, Competence.class, "competences");
        qualities = copy(qualities, Quality.class, "qualities");
        Objects.requireNonNull(supplementary, "supplementary");
    }

    /**
     * A school year with no award evidence and no supplementary assessment.
     *
     * @param studentId the student's id, not null
     * @param grade the grade, not null
     * @param year the school year, not null
     * @param subjects the subjects and activities, not null
     * @param competences the competences' end-of-year levels, not null
     * @param qualities the qualities' end-of-year levels, not null
     * @return the record, not null
     */
    public static PrimaryYear of(String studentId, GradeLevel grade, SchoolYear year, List<PrimarySubjectYear> subjects,
            Map<Competence, QualityLevel> competences, Map<Quality, QualityLevel> qualities) {
        return new PrimaryYear(studentId, grade, year, subjects, competences, qualities, false, false,
                Optional.empty());
    }

    /** @return {@link EducationLevel#PRIMARY} */
    @Override
    public EducationLevel level() {
        return EducationLevel.PRIMARY;
    }

    /**
     * The same year with the evidence of the Tiêu biểu award.
     *
     * @param outstanding outstanding in at least one subject, recognised by the class
     * @param progress marked progress in at least one quality or competence, recognised by the class
     * @return the copy, not null
     */
    public PrimaryYear withAwardEvidence(boolean outstanding, boolean progress) {
        return new PrimaryYear(studentId, grade, year, subjects, competences, qualities, outstanding, progress,
                supplementary);
    }

    /**
     * The same year with the result of the supplementary assessment.
     *
     * @param result the result, not null
     * @return the copy, not null
     */
    public PrimaryYear withSupplementary(SupplementaryAssessment result) {
        return new PrimaryYear(studentId, grade, year, subjects, competences, qualities, outstandingInSubject,
                markedProgress, Optional.of(result));
    }

    /**
     * The same year with the subjects replaced.
     *
     * @param newSubjects the subjects, not null
     * @return the copy, not null
     */
    public PrimaryYear withSubjects(List<PrimarySubjectYear> newSubjects) {
        return new PrimaryYear(studentId, grade, year, newSubjects, competences, qualities, outstandingInSubject,
                markedProgress, supplementary);
    }

    /**
     * The same year with the competences and qualities replaced.
     *
     * @param newCompetences the competences' levels, not null
     * @param newQualities the qualities' levels, not null
     * @return the copy, not null
     */
    public PrimaryYear withQualities(Map<Competence, QualityLevel> newCompetences,
            Map<Quality, QualityLevel> newQualities) {
        return new PrimaryYear(studentId, grade, year, subjects, newCompetences, newQualities, outstandingInSubject,
                markedProgress, supplementary);
    }

    private static <K extends Enum<K>> Map<K, QualityLevel> copy(Map<K, QualityLevel> map, Class<K> type,
            String name) {
        Objects.requireNonNull(map, name);
        Map<K, QualityLevel> copy = new EnumMap<>(type);
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, name), Objects.requireNonNull(v, name)));
        return Collections.unmodifiableMap(copy);
    }
}
