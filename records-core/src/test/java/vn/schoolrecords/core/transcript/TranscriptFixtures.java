package vn.schoolrecords.core.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.Assessments;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.CommentTerm;
import vn.schoolrecords.core.assessment.Competence;
import vn.schoolrecords.core.assessment.PrimaryOutcome;
import vn.schoolrecords.core.assessment.PrimarySubjectYear;
import vn.schoolrecords.core.assessment.PrimaryYear;
import vn.schoolrecords.core.assessment.Quality;
import vn.schoolrecords.core.assessment.QualityLevel;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.assessment.ScoredTerm;
import vn.schoolrecords.core.assessment.SecondaryOutcome;
import vn.schoolrecords.core.assessment.SecondaryYear;
import vn.schoolrecords.core.assessment.SubjectLevel;
import vn.schoolrecords.core.assessment.SubjectYear;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.Enrolment;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.TeachingAssignment;

/**
 * Rosters of sample schools, and years whose every assessment of a semester is one score, so
 * that a semester's average is that score and the outcome can be computed by hand.
 */
final class TranscriptFixtures {

    /** The lower-secondary school A of the tests: 2022-2023 … 2025-2026, grades 6–9. */
    static final List<SchoolRoster> SCHOOL_A = SampleSchools.consecutiveYears(EducationLevel.LOWER_SECONDARY, 11,
            SchoolYear.of(2022), 4);
    /** Another lower-secondary school, B, in the same years. */
    static final List<SchoolRoster> SCHOOL_B = SampleSchools.consecutiveYears(EducationLevel.LOWER_SECONDARY, 12,
            SchoolYear.of(2022), 4);
    /** The student followed: the first of school A's first grade-6 class in 2022-2023. */
    static final Student STUDENT = SCHOOL_A.get(0).studentsOf(classOf(SCHOOL_A.get(0), 6)).get(0);

    private TranscriptFixtures() {
    }

    static String classOf(SchoolRoster roster, int grade) {
        return roster.classes().stream().filter(c -> c.grade().number() == grade).map(ClassGroup::id)
                .findFirst().orElseThrow();
    }

    /** The student's class in a roster of school A. */
    static String classOfStudent(SchoolRoster roster, String studentId) {
        return roster.enrolments().stream().filter(e -> e.studentId().equals(studentId))
                .map(Enrolment::classId).findFirst().orElseThrow();
    }

    static String principal(SchoolRoster roster) {
        return staffWith(roster, StaffRole.PRINCIPAL).id();
    }

    static Staff staffWith(SchoolRoster roster, StaffRole role) {
        return roster.staff().stream().filter(s -> s.has(role)).findFirst().orElseThrow();
    }

    static YearConfirmation confirmation(SchoolRoster roster) {
        return new YearConfirmation("Ngoan, chăm học, tích cực tham gia hoạt động của lớp.", principal(roster),
                LocalDate.of(roster.year().endYear(), Month.MAY, 25));
    }

    static Score s(String text) {
        return Score.parse(text);
    }

    /** Every assessment of the semester equal to the score. */
    static ScoredTerm flat(Subject subject, Score score) {
        int count = subject.periodsPerYear() <= 35 ? 2 : subject.periodsPerYear() <= 70 ? 3 : 4;
        return ScoredTerm.of(Collections.nCopies(count, score), score, score);
    }

    static CommentTerm comment(CommentResult r) {
        return CommentTerm.of(List.of(r, r), r, r);
    }

    /**
     * The student's year in the class's curriculum, each scored subject's two semester scores
     * given by the function ({@code {hk1, hk2}}), comment subjects Đạt, conduct Tốt.
     */
    static SecondaryYear year(SchoolRoster roster, String classId, String studentId,
            Function<Subject, String[]> scores) {
        GradeLevel grade = roster.classGroup(classId).orElseThrow().grade();
        List<SubjectYear> subjects = new ArrayList<>();
        for (Subject subject : roster.curriculum(grade).orElseThrow().subjects()) {
            if (subject.mode() == AssessmentMode.COMMENT) {
                subjects.add(SubjectYear.of(subject, comment(CommentResult.PASS), comment(CommentResult.PASS)));
            } else {
                String[] both = scores.apply(subject);
                subjects.add(SubjectYear.of(subject, flat(subject, s(both[0])), flat(subject, s(both[1]))));
            }
        }
        return SecondaryYear.of(studentId, EducationLevel.LOWER_SECONDARY, grade, roster.year(), subjects,
                AchievementLevel.GOOD, AchievementLevel.GOOD, 3);
    }

    static SecondaryOutcome assess(SecondaryYear year) {
        return (SecondaryOutcome) Assessments.standard().assess(year);
    }

    /** A page with every scored subject at the same score in both semesters. */
    static TranscriptYear page(SchoolRoster roster, String studentId, String score) {
        String classId = classOfStudent(roster, studentId);
        return TranscriptYear.fromSecondary(assess(year(roster, classId, studentId, s -> new String[] {score, score})),
                roster, classId, confirmation(roster));
    }

    /** School A's page of the followed student in year {@code i} (0 = grade 6). */
    static TranscriptYear pageA(int i) {
        return page(SCHOOL_A.get(i), STUDENT.id(), "8");
    }

    /** The roster with the student enrolled in the first class of the grade (replacing any student with the same id). */
    static SchoolRoster withStudent(SchoolRoster roster, Student student, int grade) {
        String classId = classOf(roster, grade);
        List<Student> students = new ArrayList<>(roster.students().stream()
                .filter(s -> !s.id().equals(student.id())).toList());
        students.add(student);
        List<Enrolment> enrolments = new ArrayList<>(roster.enrolments().stream()
                .filter(e -> !e.studentId().equals(student.id())).toList());
        enrolments.add(new Enrolment(student.id(), classId));
        return SchoolRoster.of(roster.school(), roster.year(), roster.curricula(), roster.staff(), roster.classes(),
                students, enrolments, roster.assignments());
    }

    /** The roster with nobody assigned to teach the subject to the class. */
    static SchoolRoster withoutTeacher(SchoolRoster roster, String classId, String subjectCode) {
        List<TeachingAssignment> assignments = roster.assignments().stream()
                .filter(a -> !(a.classId().equals(classId) && a.subjectCode().equals(subjectCode))).toList();
        return SchoolRoster.of(roster.school(), roster.year(), roster.curricula(), roster.staff(), roster.classes(),
                roster.students(), roster.enrolments(), assignments);
    }

    /** A primary year of the grade's curriculum: every subject T, every test at the score, every quality Tốt. */
    static PrimaryYear primaryYear(SchoolRoster roster, String classId, String studentId, int test) {
        GradeLevel grade = roster.classGroup(classId).orElseThrow().grade();
        List<PrimarySubjectYear> subjects = new ArrayList<>();
        for (Subject subject : roster.curriculum(grade).orElseThrow().subjects()) {
            subjects.add(subject.mode() == AssessmentMode.LEVEL_AND_TEST
                    ? PrimarySubjectYear.of(subject, SubjectLevel.COMPLETED_WELL, Score.ofTenths(test * 10),
                            SubjectLevel.COMPLETED_WELL, Score.ofTenths(test * 10))
                    : PrimarySubjectYear.of(subject, SubjectLevel.COMPLETED_WELL, SubjectLevel.COMPLETED_WELL));
        }
        Map<Competence, QualityLevel> competences = new EnumMap<>(Competence.class);
        for (Competence c : Competence.values()) {
            competences.put(c, QualityLevel.GOOD);
        }
        Map<Quality, QualityLevel> qualities = new EnumMap<>(Quality.class);
        for (Quality q : Quality.values()) {
            qualities.put(q, QualityLevel.GOOD);
        }
        return PrimaryYear.of(studentId, grade, roster.year(), subjects, competences, qualities);
    }

    static PrimaryOutcome assess(PrimaryYear year) {
        return (PrimaryOutcome) Assessments.standard().assess(year);
    }

    static Instant at(int day, int hour) {
        return Instant.parse(String.format("2026-05-%02dT%02d:00:00Z", day, hour));
    }
}
