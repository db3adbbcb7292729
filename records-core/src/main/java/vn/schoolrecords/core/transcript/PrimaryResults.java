package vn.schoolrecords.core.transcript;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.Competence;
import vn.schoolrecords.core.assessment.PrimaryResult;
import vn.schoolrecords.core.assessment.Quality;
import vn.schoolrecords.core.assessment.QualityLevel;
import vn.schoolrecords.core.assessment.SupplementaryAssessment;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * The results of a primary transcript page (TT 27/2020): each subject's and activity's row,
 * the end-of-year levels of the ten competences (năng lực) and five qualities (phẩm chất), the
 * overall result (kết quả giáo dục), grade completion and, in grade 5, "Hoàn thành chương
 * trình tiểu học".
 *
 * @param subjects the subject rows, codes unique, at least one, not null
 * @param competences the end-of-year level of each of the ten competences, not null
 * @param qualities the end-of-year level of each of the five qualities, not null
 * @param result the overall result of the year (Điều 9, khoản 2, điểm a), not null
 * @param gradeCompleted true if the student completed the grade's programme (hoàn thành chương
 *     trình lớp học)
 * @param primaryProgrammeCompleted true if "Hoàn thành chương trình tiểu học" is written (grade 5 only)
 * @param reassessmentSubjects the subjects the supplementary assessment covers, each a row's, not null
 * @param supplementary the result of the supplementary assessment (đánh giá bổ sung), or empty, not null
 */
public record PrimaryResults(List<PrimarySubjectRow> subjects, Map<Competence, QualityLevel> competences,
        Map<Quality, QualityLevel> qualities, PrimaryResult result, boolean gradeCompleted,
        boolean primaryProgrammeCompleted, List<String> reassessmentSubjects,
        Optional<SupplementaryAssessment> supplementary) implements YearResults {

    /**
     * Checks presence, unique subjects, every competence and quality, and the references.
     *
     * @throws InvalidValueException if a part is invalid
     */
    public PrimaryResults {
        subjects = List.copyOf(subjects);
        if (subjects.isEmpty()) {
            throw InvalidValueException.of("subjects", "NotEmpty", LocalizedText.of(
                    "trang học bạ cần ít nhất một môn học", "a transcript page needs at least one subject"), "[]");
        }
        Set<String> codes = new HashSet<>();
        for (PrimarySubjectRow row : subjects) {
            if (!codes.add(row.subjectCode())) {
                throw InvalidValueException.of("subjects", "Unique", LocalizedText.of(
                        "môn học bị lặp lại", "subject repeated"), row.subjectCode());
            }
        }
        competences = complete(competences, Competence.class, "competences");
        qualities = complete(qualities, Quality.class, "qualities");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(supplementary, "supplementary");
        reassessmentSubjects = List.copyOf(reassessmentSubjects);
        for (String code : reassessmentSubjects) {
            if (!codes.contains(Texts.code(code, "reassessmentSubjects"))) {
                throw InvalidValueException.of("reassessmentSubjects", "Reference", LocalizedText.of(
                        "môn đánh giá bổ sung không có trong trang", "re-assessed subject not on the page"), code);
            }
        }
        if (primaryProgrammeCompleted && !gradeCompleted) {
            throw InvalidValueException.of("primaryProgrammeCompleted", "PrimaryResults.completion", LocalizedText.of(
                    "chưa hoàn thành chương trình lớp học thì chưa hoàn thành chương trình tiểu học",
                    "the primary programme is completed only with the grade"), true);
        }
    }

    @Override
    public Map<String, Signatory> subjectTeachers() {
        Map<String, Signatory> map = new LinkedHashMap<>();
        subjects.forEach(r -> map.put(r.subjectCode(), r.teacher()));
        return Collections.unmodifiableMap(map);
    }

    private static <K extends Enum<K>> Map<K, QualityLevel> complete(Map<K, QualityLevel> map, Class<K> type,
            String path) {
        Objects.requireNonNull(map, path);
        Map<K, QualityLevel> copy = new EnumMap<>(type);
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, path), Objects.requireNonNull(v, path)));
        if (copy.size() != type.getEnumConstants().length) {
            throw InvalidValueException.of(path, "PrimaryResults.complete", LocalizedText.of(
                    "cần mức đạt được của đủ " + type.getEnumConstants().length + " mục",
                    "every one of the " + type.getEnumConstants().length + " needs its level"), copy.keySet());
        }
        return Collections.unmodifiableMap(copy);
    }
}
