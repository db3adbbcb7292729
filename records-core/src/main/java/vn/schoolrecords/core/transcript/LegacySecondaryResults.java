package vn.schoolrecords.core.transcript;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.schoolrecords.core.assessment.AcademicStanding;
import vn.schoolrecords.core.assessment.LegacyConduct;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.Score;

/**
 * The results of a secondary transcript page of a year assessed under TT 58/2011 (original, or
 * as amended by TT 26/2020): each subject's row, the overall averages (ĐTBhk, ĐTBcn), the
 * academic standing (học lực, after the adjustment of Điều 13.6) and the conduct (hạnh kiểm) of
 * each semester and the year, absences, and what the end of the year decided before the summer.
 * A transcript of a student who started the level before TT 22/2021 reached the grade holds
 * such pages beside TT 22 ones.
 *
 * @param subjects the subject rows, in the order of the record assessed, codes unique, not null
 * @param averageFirst the overall average of semester I (ĐTBhk I), not null
 * @param averageSecond the overall average of semester II, not null
 * @param averageYear the year's overall average (ĐTBcn), before any re-test, not null
 * @param standingFirst the academic standing of semester I, not null
 * @param standingSecond the academic standing of semester II, not null
 * @param standingYear the year's academic standing, before any re-test, not null
 * @param standingAfterReassessment the year's standing recomputed after the re-test, or empty, not null
 * @param conductFirst conduct of semester I, not null
 * @param conductSecond conduct of semester II, not null
 * @param conductYear the year's conduct, before summer training, not null
 * @param conductAfterTraining the conduct after summer training (Điều 17), or empty, not null
 * @param absences the days (buổi) absent in the year, 0–366
 * @param yearEndPromotion the status decided at the end of the year, before the summer, not null
 * @param reassessmentSubjects the codes of the subjects to re-take, each a row's, not null
 */
public record LegacySecondaryResults(List<LegacySubjectRow> subjects, Score averageFirst, Score averageSecond,
        Score averageYear, AcademicStanding standingFirst, AcademicStanding standingSecond,
        AcademicStanding standingYear, Optional<AcademicStanding> standingAfterReassessment,
        LegacyConduct conductFirst, LegacyConduct conductSecond, LegacyConduct conductYear,
        Optional<LegacyConduct> conductAfterTraining, int absences, PromotionStatus yearEndPromotion,
        List<String> reassessmentSubjects) implements YearResults {

    /**
     * Checks presence, unique subject codes, the re-tested subjects and the absences.
     *
     * @throws vn.schoolrecords.core.InvalidValueException if a part is invalid
     */
    public LegacySecondaryResults {
        subjects = List.copyOf(subjects);
        Set<String> codes = SecondaryResults.checkSubjectCodes(subjects.stream().map(LegacySubjectRow::subjectCode).toList());
        Objects.requireNonNull(averageFirst, "averageFirst");
        Objects.requireNonNull(averageSecond, "averageSecond");
        Objects.requireNonNull(averageYear, "averageYear");
        Objects.requireNonNull(standingFirst, "standingFirst");
        Objects.requireNonNull(standingSecond, "standingSecond");
        Objects.requireNonNull(standingYear, "standingYear");
        Objects.requireNonNull(standingAfterReassessment, "standingAfterReassessment");
        Objects.requireNonNull(conductFirst, "conductFirst");
        Objects.requireNonNull(conductSecond, "conductSecond");
        Objects.requireNonNull(conductYear, "conductYear");
        Objects.requireNonNull(conductAfterTraining, "conductAfterTraining");
        SecondaryResults.checkAbsences(absences);
        Objects.requireNonNull(yearEndPromotion, "yearEndPromotion");
        reassessmentSubjects = List.copyOf(reassessmentSubjects);
        SecondaryResults.checkReassessed(reassessmentSubjects, codes);
    }

    /** @return the year's academic standing after any re-test, not null */
    public AcademicStanding finalStanding() {
        return standingAfterReassessment.orElse(standingYear);
    }

    /** @return the year's conduct after any summer training, not null */
    public LegacyConduct finalConduct() {
        return conductAfterTraining.orElse(conductYear);
    }

    @Override
    public Map<String, Signatory> subjectTeachers() {
        Map<String, Signatory> map = new LinkedHashMap<>();
        subjects.forEach(r -> map.put(r.subjectCode(), r.teacher()));
        return Collections.unmodifiableMap(map);
    }
}
