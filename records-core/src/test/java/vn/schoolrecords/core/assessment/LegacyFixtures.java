package vn.schoolrecords.core.assessment;

import static vn.schoolrecords.core.school.AssessmentMode.COMMENT;
import static vn.schoolrecords.core.school.AssessmentMode.SCORE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.Term;

/** Subjects and records of the pre-2018 programme (lớp 9), built by hand for the TT 58 tests. */
final class LegacyFixtures {

    static final Subject TOAN = Subject.of("TOAN", "Toán", 140, SCORE, true);
    static final Subject VAN = Subject.of("NGU_VAN", "Ngữ văn", 175, SCORE, true);
    static final Subject NN = Subject.of("NGOAI_NGU_1", "Ngoại ngữ", 70, SCORE, true);
    static final Subject LY = Subject.of("VAT_LI", "Vật lí", 70, SCORE, true);
    static final Subject HOA = Subject.of("HOA_HOC", "Hoá học", 70, SCORE, true);
    static final Subject SINH = Subject.of("SINH_HOC", "Sinh học", 70, SCORE, true);
    static final Subject SU = Subject.of("LICH_SU", "Lịch sử", 52, SCORE, true);
    static final Subject DIA = Subject.of("DIA_LI", "Địa lí", 52, SCORE, true);
    static final Subject GDCD = Subject.of("GDCD", "Giáo dục công dân", 35, SCORE, true);
    static final Subject CN = Subject.of("CONG_NGHE", "Công nghệ", 52, SCORE, true);
    static final Subject TD = Subject.of("THE_DUC", "Thể dục", 70, COMMENT, true);
    static final Subject AN = Subject.of("AM_NHAC", "Âm nhạc", 35, COMMENT, true);

    /** The ten scored subjects, in the order the golden cases list their averages. */
    static final List<Subject> SCORED = List.of(TOAN, VAN, NN, LY, HOA, SINH, SU, DIA, GDCD, CN);

    static final SchoolYear Y2019 = SchoolYear.of(2019);
    static final SchoolYear Y2020 = SchoolYear.of(2020);

    private LegacyFixtures() {
    }

    static Score s(String text) {
        return Score.parse(text);
    }

    /** A semester whose every test has the same score: its average is that score exactly. */
    static ScoredTerm flat(String score) {
        Score x = s(score);
        return ScoredTerm.of(List.of(x, x, x, x), x, x);
    }

    static CommentTerm flat(CommentResult r) {
        return CommentTerm.of(List.of(r, r, r, r), r, r);
    }

    static SubjectYear scored(Subject subject, String average) {
        return SubjectYear.of(subject, flat(average), flat(average));
    }

    static SubjectYear scored(Subject subject, String first, String second) {
        return SubjectYear.of(subject, flat(first), flat(second));
    }

    static SubjectYear comment(Subject subject, CommentResult first, CommentResult second) {
        return SubjectYear.of(subject, flat(first), flat(second));
    }

    /** The ten scored subjects with these year averages (equal in both semesters), plus Thể dục and Âm nhạc Đ. */
    static List<SubjectYear> subjects(String... averages) {
        List<SubjectYear> list = new ArrayList<>();
        for (int i = 0; i < averages.length; i++) {
            list.add(scored(SCORED.get(i), averages[i]));
        }
        list.add(comment(TD, CommentResult.PASS, CommentResult.PASS));
        list.add(comment(AN, CommentResult.PASS, CommentResult.PASS));
        return list;
    }

    static LegacySecondaryYear grade9(SchoolYear year, List<SubjectYear> subjects, LegacyConduct conduct) {
        return LegacySecondaryYear.of("HS-0001", EducationLevel.LOWER_SECONDARY, GradeLevel.of(9), year, subjects,
                conduct, conduct, conduct, 0);
    }

    static LegacySecondaryYear grade9(SchoolYear year, List<SubjectYear> subjects) {
        return grade9(year, subjects, LegacyConduct.GOOD);
    }

    static List<SubjectYear> replace(List<SubjectYear> subjects, SubjectYear replacement) {
        List<SubjectYear> copy = new ArrayList<>(subjects);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).subject().code().equals(replacement.subject().code())) {
                copy.set(i, replacement);
            }
        }
        return Collections.unmodifiableList(copy);
    }

    static SubjectYear exempt(Subject subject, Optional<TermAssessments> first, Optional<TermAssessments> second,
            Set<Term> terms) {
        return new SubjectYear(subject, first, second, terms, Optional.empty());
    }
}
