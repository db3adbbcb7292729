package vn.schoolrecords.core.assessment.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.AssessmentInputException;
import vn.schoolrecords.core.assessment.AssessmentRulesProvider;
import vn.schoolrecords.core.assessment.Citation;
import vn.schoolrecords.core.assessment.Competence;
import vn.schoolrecords.core.assessment.PrimaryCheckpoint;
import vn.schoolrecords.core.assessment.PrimarySubjectYear;
import vn.schoolrecords.core.assessment.PrimaryYear;
import vn.schoolrecords.core.assessment.Quality;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.assessment.Tt27Policy;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.Term;

/**
 * Checks a primary year against TT 27/2020 before it is assessed: every missing or misplaced
 * level or test is an error naming the student, subject, term and article — never a guess.
 */
public final class Tt27Validation {

    private Tt27Validation() {
    }

    /**
     * Checks the record.
     *
     * @param year the record, not null
     * @param policy the policy in force, not null
     * @throws AssessmentInputException at the first problem found
     */
    public static void check(PrimaryYear year, Tt27Policy policy) {
        checkRegime(year);
        if (year.subjects().isEmpty()) {
            throw error(year, null, null, Tt27Articles.SUBJECT_LEVELS,
                    "năm học không có môn học nào", "the year has no subjects");
        }
        List<PrimarySubjectYear> subjects = year.subjects();
        for (int i = 0; i < subjects.size(); i++) {
            checkUnique(year, subjects, i);
            checkSubject(year, subjects.get(i), policy);
        }
        checkAll(year, year.competences(), Competence.values(), Competence::vietnameseName, "năng lực", "competence");
        checkAll(year, year.qualities(), Quality.values(), Quality::vietnameseName, "phẩm chất", "quality");
    }

    /** A dozen subjects: a quadratic scan allocates nothing, unlike a set per student. */
    private static void checkUnique(PrimaryYear year, List<PrimarySubjectYear> subjects, int i) {
        String code = subjects.get(i).subject().code();
        for (int j = 0; j < i; j++) {
            if (subjects.get(j).subject().code().equals(code)) {
                throw error(year, code, null, Tt27Articles.SUBJECT_LEVELS,
                        "môn học được ghi hai lần", "the subject is recorded twice");
            }
        }
    }

    private static void checkRegime(PrimaryYear year) {
        int grade = year.grade().number();
        if (grade > 5) {
            throw error(year, null, null, Tt27Articles.SCOPE,
                    "Thông tư 27/2020 chỉ đánh giá học sinh tiểu học (lớp 1–5), không đánh giá lớp " + grade,
                    "TT 27/2020 assesses primary students (grades 1–5), not grade " + grade);
        }
        if (!year.year().isAtLeast(AssessmentRulesProvider.firstPrimaryYearOfTt27(year.grade()))) {
            throw error(year, null, null, Tt27Articles.ROLLOUT,
                    "lớp " + grade + " năm học " + year.year() + " chưa áp dụng Thông tư 27/2020",
                    "grade " + grade + " in " + year.year() + " is not yet assessed under TT 27/2020");
        }
    }

    private static void checkSubject(PrimaryYear year, PrimarySubjectYear subject, Tt27Policy policy) {
        String code = subject.subject().code();
        AssessmentMode mode = subject.subject().mode();
        if (!mode.isPrimary()) {
            throw error(year, code, null, Tt27Articles.SUBJECT_LEVELS,
                    "môn học tiểu học được đánh giá theo mức (LEVEL hoặc LEVEL_AND_TEST), không theo " + mode,
                    "a primary subject is assessed by level (LEVEL or LEVEL_AND_TEST), not " + mode);
        }
        boolean strict = policy.midTermPointsRequired();
        for (PrimaryCheckpoint point : PrimaryCheckpoint.values()) {
            if ((strict || !point.isMidTerm()) && !subject.levels().containsKey(point)) {
                throw error(year, code, point.term(), Tt27Articles.SUBJECT_LEVELS,
                        "thiếu mức đạt được " + point.vietnameseName(),
                        "the level at " + point.vietnameseName() + " is missing");
            }
        }
        boolean tested = mode == AssessmentMode.LEVEL_AND_TEST;
        if (tested) {
            checkTest(year, subject, PrimaryCheckpoint.END_OF_FIRST_TERM, policy);
            checkTest(year, subject, PrimaryCheckpoint.END_OF_YEAR, policy);
        }
        // Usual case: exactly the two end-of-period tests, or none — nothing else can be wrong.
        if (subject.tests().size() > (tested ? 2 : 0) || strict && tested) {
            for (PrimaryCheckpoint point : PrimaryCheckpoint.values()) {
                checkTest(year, subject, point, policy);
            }
        }
    }

    private static void checkTest(PrimaryYear year, PrimarySubjectYear subject, PrimaryCheckpoint point,
            Tt27Policy policy) {
        String code = subject.subject().code();
        Score score = subject.tests().get(point);
        boolean tested = testedAt(year, subject, point);
        if (score == null) {
            boolean required = tested && (!point.isMidTerm() || policy.midTermPointsRequired());
            if (required) {
                throw error(year, code, point.term(), Tt27Articles.PERIODIC_TESTS,
                        "thiếu điểm bài kiểm tra định kỳ " + point.vietnameseName(),
                        "the periodic test score at " + point.vietnameseName() + " is missing");
            }
            return;
        }
        if (!tested) {
            throw error(year, code, point.term(), Tt27Articles.PERIODIC_TESTS, untestedVi(year, subject, point),
                    untestedEn(year, subject, point));
        }
        if (score.tenths() % 10 != 0) {
            throw error(year, code, point.term(), Tt27Articles.INTEGER_MARKS,
                    "điểm bài kiểm tra định kỳ " + score.display() + " không phải số nguyên (không cho điểm thập phân)",
                    "periodic test score " + score + " is not a whole number (no decimal marks)");
        }
    }

    /** Whether the circular gives the subject a periodic test at this point in this grade. */
    private static boolean testedAt(PrimaryYear year, PrimarySubjectYear subject, PrimaryCheckpoint point) {
        if (subject.subject().mode() != AssessmentMode.LEVEL_AND_TEST) {
            return false;
        }
        if (!point.isMidTerm()) {
            return true;
        }
        String code = subject.subject().code();
        return year.grade().number() >= 4
                && (code.equals(Tt27Articles.TIENG_VIET) || code.equals(Tt27Articles.TOAN));
    }

    private static String untestedVi(PrimaryYear year, PrimarySubjectYear subject, PrimaryCheckpoint point) {
        if (subject.subject().mode() != AssessmentMode.LEVEL_AND_TEST) {
            return "môn chỉ đánh giá theo mức, không có bài kiểm tra định kỳ";
        }
        return "kiểm tra định kỳ " + point.vietnameseName()
                + " chỉ có ở môn Tiếng Việt, Toán lớp 4, lớp 5 (đây là lớp " + year.grade().number() + ")";
    }

    private static String untestedEn(PrimaryYear year, PrimarySubjectYear subject, PrimaryCheckpoint point) {
        if (subject.subject().mode() != AssessmentMode.LEVEL_AND_TEST) {
            return "the subject is assessed by level only and has no periodic test";
        }
        return "a periodic test at " + point.vietnameseName()
                + " exists only for Tiếng Việt and Toán in grades 4 and 5 (this is grade "
                + year.grade().number() + ")";
    }

    private static <K> void checkAll(PrimaryYear year, Map<K, ?> levels, K[] all, Function<K, String> name,
            String vi, String en) {
        for (K key : all) {
            if (!levels.containsKey(key)) {
                throw error(year, null, Term.WHOLE_YEAR, Tt27Articles.QUALITIES,
                        "thiếu mức đạt được cuối năm của " + vi + " " + name.apply(key),
                        "the end-of-year level of the " + en + " " + name.apply(key) + " is missing");
            }
        }
    }

    static AssessmentInputException error(PrimaryYear year, String subjectCode, Term term, Citation rule, String vi,
            String en) {
        return new AssessmentInputException(year.studentId(), subjectCode, term, rule, LocalizedText.of(vi, en));
    }
}
