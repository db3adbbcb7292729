package vn.schoolrecords.core.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Subject;

/** Builders of secondary records for the tests: every assessment of a semester equal, so its average is that score. */
final class SecondaryFixtures {

    static final SchoolYear Y2024 = SchoolYear.of(2024);
    static final GradeLevel G8 = GradeLevel.of(8);

    /** Eight scored subjects of grade 8 with names used in reasons. */
    static final String[][] SCORED = {
        {"TOAN", "Toán", "140"}, {"NGU_VAN", "Ngữ văn", "140"}, {"NGOAI_NGU_1", "Ngoại ngữ 1", "105"},
        {"GDCD", "Giáo dục công dân", "35"}, {"LICH_SU_DIA_LI", "Lịch sử và Địa lí", "105"},
        {"KHTN", "Khoa học tự nhiên", "140"}, {"CONG_NGHE", "Công nghệ", "35"}, {"TIN_HOC", "Tin học", "35"},
    };
    static final String[][] COMMENT = {
        {"GDTC", "Giáo dục thể chất", "70"}, {"NGHE_THUAT", "Nghệ thuật", "70"},
        {"HDTN_HN", "Hoạt động trải nghiệm, hướng nghiệp", "105"}, {"GD_DIA_PHUONG", "Nội dung giáo dục của địa phương", "35"},
    };

    private SecondaryFixtures() {
    }

    static Score s(String text) {
        return Score.parse(text);
    }

    static Subject scoredSubject(int i) {
        return Subject.of(SCORED[i][0], SCORED[i][1], Integer.parseInt(SCORED[i][2]), AssessmentMode.SCORE, true);
    }

    static Subject commentSubject(int i) {
        return Subject.of(COMMENT[i][0], COMMENT[i][1], Integer.parseInt(COMMENT[i][2]), AssessmentMode.COMMENT, true);
    }

    static int required(Subject subject) {
        return subject.mode() == AssessmentMode.COMMENT ? 2
                : subject.periodsPerYear() <= 35 ? 2 : subject.periodsPerYear() <= 70 ? 3 : 4;
    }

    /** A semester whose every assessment is the given score: its average is that score. */
    static ScoredTerm flat(Subject subject, Score score) {
        return ScoredTerm.of(Collections.nCopies(required(subject), score), score, score);
    }

    static CommentTerm comment(CommentResult r) {
        return CommentTerm.of(List.of(r, r), r, r);
    }

    static SubjectYear scored(int i, String hk1, String hk2) {
        Subject subject = scoredSubject(i);
        return SubjectYear.of(subject, flat(subject, s(hk1)), flat(subject, s(hk2)));
    }

    static SubjectYear scored(int i, String both) {
        return scored(i, both, both);
    }

    static SubjectYear commentYear(int i, CommentResult hk1, CommentResult hk2) {
        return SubjectYear.of(commentSubject(i), comment(hk1), comment(hk2));
    }

    /** Eight scored subjects with these year averages (both semesters equal) and four comment subjects Đạt. */
    static List<SubjectYear> subjects(String... scores) {
        List<SubjectYear> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(scored(i, scores[i]));
        }
        for (int i = 0; i < COMMENT.length; i++) {
            list.add(commentYear(i, CommentResult.PASS, CommentResult.PASS));
        }
        return list;
    }

    static List<SubjectYear> withComment(List<SubjectYear> subjects, int commentIndex, CommentResult result) {
        List<SubjectYear> list = new ArrayList<>(subjects);
        int at = list.size() - COMMENT.length + commentIndex;
        list.set(at, commentYear(commentIndex, result, result));
        return list;
    }

    static SecondaryYear year(String id, List<SubjectYear> subjects, AchievementLevel c1, AchievementLevel c2,
            int absences) {
        return SecondaryYear.of(id, EducationLevel.LOWER_SECONDARY, G8, Y2024, subjects, c1, c2, absences);
    }

    static SecondaryYear year(String id, List<SubjectYear> subjects) {
        return year(id, subjects, AchievementLevel.GOOD, AchievementLevel.GOOD, 0);
    }

    static SecondaryYear gdtx(String id, List<SubjectYear> subjects, AchievementLevel c1, AchievementLevel c2) {
        return SecondaryYear.of(id, EducationLevel.CONTINUING, G8, Y2024, subjects, c1, c2, 0);
    }

    static SecondaryYear disabled(SecondaryYear y) {
        return new SecondaryYear(y.studentId(), y.level(), y.grade(), y.year(), y.subjects(), y.conductFirst(),
                y.conductSecond(), y.absences(), Optional.empty(), true);
    }

    static SubjectYear exempt(SubjectYear s) {
        return new SubjectYear(s.subject(), Optional.empty(), s.second(), Set.of(vn.schoolrecords.core.school.Term.FIRST),
                Optional.empty());
    }

    static BigDecimal bd(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }
}
