package vn.schoolrecords.core.gradebook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.Curriculum;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.Enrolment;
import vn.schoolrecords.core.school.Gender;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.PersonalIdentifier;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.TeachingAssignment;
import vn.schoolrecords.core.school.Term;

/** A small upper-secondary class: Toán by score (105 periods, 4 regular), GDTC by comment (35 periods, 2 regular). */
final class GradeBookFixture {

    static final Staff PRINCIPAL = Staff.of("HT01", "Trần Văn Hùng", Set.of(StaffRole.PRINCIPAL), Set.of());
    static final Staff VICE_PRINCIPAL = Staff.of("PHT01", "Lê Thị Mai", Set.of(StaffRole.VICE_PRINCIPAL), Set.of());
    static final Staff MATHS = Staff.of("GV01", "Nguyễn Thị Ánh Tuyết", Set.of(StaffRole.SUBJECT_TEACHER), Set.of("TOAN"));
    static final Staff HOMEROOM = Staff.of("GV02", "Phạm Minh Đức",
            Set.of(StaffRole.SUBJECT_TEACHER, StaffRole.HOMEROOM_TEACHER), Set.of("GDTC"));
    static final Staff OTHER_TEACHER = Staff.of("GV03", "Võ Thanh Sơn", Set.of(StaffRole.SUBJECT_TEACHER), Set.of("TOAN"));
    static final Staff ADMIN = Staff.of("QT01", "Đặng Quốc Bảo", Set.of(StaffRole.IT_ADMINISTRATOR), Set.of());
    static final List<Staff> STAFF = List.of(PRINCIPAL, VICE_PRINCIPAL, MATHS, HOMEROOM, OTHER_TEACHER, ADMIN);

    static final Subject TOAN = Subject.of("TOAN", "Toán", 105, AssessmentMode.SCORE, true);
    static final Subject GDTC = Subject.of("GDTC", "Giáo dục thể chất", 35, AssessmentMode.COMMENT, true);
    static final List<String> STUDENTS = List.of("HS01", "HS02", "HS03");

    /** Semester I's end-of-term assessment on 23 Dec 2024: the last day for edits is 16 Dec. */
    static final EditPolicy POLICY = EditPolicy.seedDefault(LocalDate.of(2024, 12, 23), LocalDate.of(2025, 5, 5));

    static final Instant OPENED_AT = vietnam(2024, 9, 5, 8, 0);

    private GradeBookFixture() {
    }

    static SchoolRoster roster() {
        SchoolYear year = SchoolYear.of(2024);
        School school = School.of("THPT-LTT", "Trường THPT Lê Thánh Tông", Set.of(EducationLevel.UPPER_SECONDARY),
                "Quảng Ngãi", Optional.of("Thành phố Quảng Ngãi"), "Sở Giáo dục và Đào tạo Quảng Ngãi");
        ClassGroup c = ClassGroup.of("2024-10A1", "10A1", GradeLevel.of(10), year, HOMEROOM.id());
        List<Student> students = List.of(
                Student.of("HS01", PersonalIdentifier.parse("051209000101"), "Nguyễn Văn An", LocalDate.of(2009, 3, 1),
                        Gender.MALE, "Kinh", "Quảng Ngãi"),
                Student.of("HS02", PersonalIdentifier.parse("051309000102"), "Trần Thị Bình", LocalDate.of(2009, 4, 2),
                        Gender.FEMALE, "Kinh", "Quảng Ngãi"),
                Student.of("HS03", PersonalIdentifier.parse("051209000103"), "Lê Văn Cường", LocalDate.of(2009, 5, 3),
                        Gender.MALE, "Hrê", "Quảng Ngãi"));
        return SchoolRoster.of(school, year, List.of(new Curriculum(GradeLevel.of(10), List.of(TOAN, GDTC))), STAFF,
                List.of(c), students, students.stream().map(s -> new Enrolment(s.id(), c.id())).toList(),
                List.of(new TeachingAssignment(c.id(), "TOAN", MATHS.id()),
                        new TeachingAssignment(c.id(), "GDTC", HOMEROOM.id())));
    }

    static GradeBookDecision opened() {
        return GradeBookWorkflow.open(roster(), "2024-10A1", PRINCIPAL, OPENED_AT);
    }

    static Instant vietnam(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).toInstant(ZoneOffset.ofHours(7));
    }

    static MarkCell toan(String student, Term term, AssessmentKind kind, int index) {
        return MarkCell.of(student, "TOAN", term, kind, index);
    }

    static Score score(String s) {
        return Score.parse(s);
    }

    /** Every cell and conduct of a semester filled, each by its own actor. */
    static Journal fillSemester(Journal j, Term term) {
        for (String student : STUDENTS) {
            for (AssessmentKind kind : AssessmentKind.values()) {
                int toanColumns = kind == AssessmentKind.REGULAR ? 4 : 1;
                for (int i = 0; i < toanColumns; i++) {
                    j = j.then(new GradeBookCommand.EnterMark(MATHS, j.book().version(),
                            MarkCell.of(student, "TOAN", term, kind, i), Score.ofTenths(50 + 5 * i)));
                }
                int gdtcColumns = kind == AssessmentKind.REGULAR ? 2 : 1;
                for (int i = 0; i < gdtcColumns; i++) {
                    Mark m = CommentResult.PASS;
                    j = j.then(new GradeBookCommand.EnterMark(HOMEROOM, j.book().version(),
                            MarkCell.of(student, "GDTC", term, kind, i), m));
                }
            }
            for (Term t : term == Term.FIRST ? List.of(Term.FIRST) : List.of(Term.SECOND, Term.WHOLE_YEAR)) {
                j = j.then(new GradeBookCommand.EnterConduct(HOMEROOM, j.book().version(), student, t,
                        vn.schoolrecords.core.assessment.AchievementLevel.GOOD));
            }
        }
        return j;
    }

    /** A grade book with its log, for tests: each step decides at a fixed time before the deadline. */
    record Journal(GradeBook book, GradeBookLog log, Instant at) {
        static Journal start() {
            GradeBookDecision d = opened();
            return new Journal(d.book(), GradeBookLog.empty().append(d), OPENED_AT);
        }

        Journal then(GradeBookCommand c) {
            return then(c, at);
        }

        Journal then(GradeBookCommand c, Instant when) {
            GradeBookDecision d = GradeBookWorkflow.decide(book, c, when, POLICY);
            return new Journal(d.book(), log.append(d), when);
        }

        Journal at(Instant when) {
            return new Journal(book, log, when);
        }

        long v() {
            return book.version();
        }
    }
}
