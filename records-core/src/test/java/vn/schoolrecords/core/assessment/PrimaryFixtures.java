package vn.schoolrecords.core.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.SubjectCatalogue;

/** Builds primary years from the 2018 programme for the TT 27/2020 tests. */
final class PrimaryFixtures {

    static final String STUDENT = "HS-0001";

    private PrimaryFixtures() {
    }

    /** Whole-number test score. */
    static Score test(int points) {
        return Score.ofTenths(points * 10);
    }

    /**
     * A year of the grade's full programme: every subject T at both points, every tested subject
     * {@code testScore} at both points, every quality and competence Tốt.
     */
    static PrimaryYear allGood(int grade, SchoolYear year, int testScore) {
        List<PrimarySubjectYear> subjects = new ArrayList<>();
        for (Subject s : SubjectCatalogue.programme2018(GradeLevel.of(grade))) {
            subjects.add(s.mode() == AssessmentMode.LEVEL_AND_TEST
                    ? PrimarySubjectYear.of(s, SubjectLevel.COMPLETED_WELL, test(testScore),
                            SubjectLevel.COMPLETED_WELL, test(testScore))
                    : PrimarySubjectYear.of(s, SubjectLevel.COMPLETED_WELL, SubjectLevel.COMPLETED_WELL));
        }
        return PrimaryYear.of(STUDENT, GradeLevel.of(grade), year, subjects, competences(QualityLevel.GOOD),
                qualities(QualityLevel.GOOD));
    }

    /** Grade 4 in 2024-2025 with every test at {@code testScore}. */
    static PrimaryYear grade4(int testScore) {
        return allGood(4, SchoolYear.of(2024), testScore);
    }

    static Map<Competence, QualityLevel> competences(QualityLevel level) {
        Map<Competence, QualityLevel> map = new EnumMap<>(Competence.class);
        for (Competence c : Competence.values()) {
            map.put(c, level);
        }
        return map;
    }

    static Map<Quality, QualityLevel> qualities(QualityLevel level) {
        Map<Quality, QualityLevel> map = new EnumMap<>(Quality.class);
        for (Quality q : Quality.values()) {
            map.put(q, level);
        }
        return map;
    }

    /** The year with one subject's record replaced. */
    static PrimaryYear replace(PrimaryYear year, String code,
            java.util.function.UnaryOperator<PrimarySubjectYear> change) {
        List<PrimarySubjectYear> subjects = new ArrayList<>();
        boolean found = false;
        for (PrimarySubjectYear s : year.subjects()) {
            if (s.subject().code().equals(code)) {
                subjects.add(change.apply(s));
                found = true;
            } else {
                subjects.add(s);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no subject " + code);
        }
        return year.withSubjects(subjects);
    }

    static PrimaryYear withYearTest(PrimaryYear year, String code, int score) {
        return replace(year, code, s -> s.withTest(PrimaryCheckpoint.END_OF_YEAR, test(score)));
    }

    static PrimaryYear withYearLevel(PrimaryYear year, String code, SubjectLevel level) {
        return replace(year, code, s -> s.withLevel(PrimaryCheckpoint.END_OF_YEAR, level));
    }

    static PrimaryYear withQuality(PrimaryYear year, Quality quality, QualityLevel level) {
        Map<Quality, QualityLevel> q = new EnumMap<>(year.qualities());
        q.put(quality, level);
        return year.withQualities(year.competences(), q);
    }

    static PrimaryYear withCompetence(PrimaryYear year, Competence competence, QualityLevel level) {
        Map<Competence, QualityLevel> c = new EnumMap<>(year.competences());
        c.put(competence, level);
        return year.withQualities(c, year.qualities());
    }
}
