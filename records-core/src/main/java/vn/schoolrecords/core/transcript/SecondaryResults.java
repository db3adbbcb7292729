package vn.schoolrecords.core.transcript;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * The results of a secondary transcript page (TT 22/2021, TT 43/2021): each subject's row,
 * the learning result (kết quả học tập) and conduct (kết quả rèn luyện) of each semester and
 * the year, absences, and what the end of the year decided before the summer.
 *
 * @param subjects the subject rows, in the order of the record assessed, codes unique, not null
 * @param learningFirst the learning result of semester I, after adjustment (Điều 9.3), not null
 * @param learningSecond the learning result of semester II, after adjustment, not null
 * @param learningYear the year's learning result, after adjustment, before the summer, not null
 * @param learningAfterReassessment the year's learning result recomputed after the summer
 *     re-assessment, or empty, not null
 * @param conductFirst conduct of semester I, not null
 * @param conductSecond conduct of semester II, not null
 * @param conductYear the year's conduct (Điều 8.2b), before summer training, not null
 * @param conductAfterTraining the conduct re-assessed after summer training, or empty, not null
 * @param absences the days (buổi) absent in the year, ≥ 0
 * @param yearEndPromotion the status decided at the end of the year, before the summer, not null
 * @param reassessmentSubjects the codes of the subjects to re-take in the summer, each a row's, not null
 */
public record SecondaryResults(List<SubjectRow> subjects, AchievementLevel learningFirst,
        AchievementLevel learningSecond, AchievementLevel learningYear,
        Optional<AchievementLevel> learningAfterReassessment, AchievementLevel conductFirst,
        AchievementLevel conductSecond, AchievementLevel conductYear,
        Optional<AchievementLevel> conductAfterTraining, int absences, PromotionStatus yearEndPromotion,
        List<String> reassessmentSubjects) implements YearResults {

    /**
     * Checks presence, unique subject codes, the re-assessed subjects and the absences.
     *
     * @throws InvalidValueException if a part is invalid
     */
    public SecondaryResults {
        subjects = List.copyOf(subjects);
        Set<String> codes = checkSubjectCodes(subjects.stream().map(SubjectRow::subjectCode).toList());
        Objects.requireNonNull(learningFirst, "learningFirst");
        Objects.requireNonNull(learningSecond, "learningSecond");
        Objects.requireNonNull(learningYear, "learningYear");
        Objects.requireNonNull(learningAfterReassessment, "learningAfterReassessment");
        Objects.requireNonNull(conductFirst, "conductFirst");
        Objects.requireNonNull(conductSecond, "conductSecond");
        Objects.requireNonNull(conductYear, "conductYear");
        Objects.requireNonNull(conductAfterTraining, "conductAfterTraining");
        checkAbsences(absences);
        Objects.requireNonNull(yearEndPromotion, "yearEndPromotion");
        reassessmentSubjects = List.copyOf(reassessmentSubjects);
        checkReassessed(reassessmentSubjects, codes);
    }

    /** @return the year's learning result after any summer re-assessment, not null */
    public AchievementLevel finalLearning() {
        return learningAfterReassessment.orElse(learningYear);
    }

    /** @return the year's conduct after any summer training, not null */
    public AchievementLevel finalConduct() {
        return conductAfterTraining.orElse(conductYear);
    }

    @Override
    public Map<String, Signatory> subjectTeachers() {
        Map<String, Signatory> map = new LinkedHashMap<>();
        subjects.forEach(r -> map.put(r.subjectCode(), r.teacher()));
        return Collections.unmodifiableMap(map);
    }

    /** At least one subject, codes unique; shared with {@link LegacySecondaryResults}. */
    static Set<String> checkSubjectCodes(List<String> subjectCodes) {
        if (subjectCodes.isEmpty()) {
            throw InvalidValueException.of("subjects", "NotEmpty", LocalizedText.of(
                    "trang học bạ cần ít nhất một môn học", "a transcript page needs at least one subject"), "[]");
        }
        Set<String> codes = new HashSet<>();
        for (String code : subjectCodes) {
            if (!codes.add(code)) {
                throw InvalidValueException.of("subjects", "Unique", LocalizedText.of(
                        "môn học bị lặp lại", "subject repeated"), code);
            }
        }
        return codes;
    }

    static void checkAbsences(int absences) {
        if (absences < 0 || absences > 366) {
            throw InvalidValueException.of("absences", "Range", LocalizedText.of(
                    "số buổi nghỉ từ 0 đến 366", "absences are between 0 and 366"), absences);
        }
    }

    static void checkReassessed(List<String> reassessmentSubjects, Set<String> codes) {
        for (String code : reassessmentSubjects) {
            if (!codes.contains(Texts.code(code, "reassessmentSubjects"))) {
                throw InvalidValueException.of("reassessmentSubjects", "Reference", LocalizedText.of(
                        "môn kiểm tra lại không có trong trang", "re-assessed subject not on the page"), code);
            }
        }
    }
}
