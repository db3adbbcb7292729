package vn.schoolrecords.core.sample;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.Assessments;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.CommentTerm;
import vn.schoolrecords.core.assessment.Competence;
import vn.schoolrecords.core.assessment.LegacyConduct;
import vn.schoolrecords.core.assessment.LegacySecondaryOutcome;
import vn.schoolrecords.core.assessment.LegacySecondaryYear;
import vn.schoolrecords.core.assessment.PrimaryOutcome;
import vn.schoolrecords.core.assessment.PrimaryResult;
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
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.Enrolment;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.core.transcript.YearConfirmation;

/**
 * Sample transcripts (học bạ mẫu) of a whole level, for demonstrations, PDF rendering and
 * vendors' tests: a sample school's first student of the level's first grade, followed year by
 * year, with generated scores assessed by the real rules of the circulars and every page taken
 * from the outcome. The same seed always gives the same transcript; nothing reads the clock.
 *
 * <pre>{@code
 * Transcript thcs = SampleTranscripts.secondary(42);   // grades 6–9, 2022-2023 … 2025-2026, closed
 * Transcript th = SampleTranscripts.primary(42);       // grades 1–5, 2021-2022 … 2025-2026, closed
 * Transcript mixed = SampleTranscripts.acrossCirculars(42); // grade 8 under TT 58, again and 9 under TT 22
 * }</pre>
 */
public final class SampleTranscripts {

    private SampleTranscripts() {
    }

    /**
     * A lower-secondary transcript (THCS, TT 22/2021), grades 6 to 9 from 2022-2023, closed
     * after grade 9: a good student, promoted every year.
     *
     * @param seed the seed
     * @return the closed transcript, not null
     */
    public static Transcript secondary(long seed) {
        return build(EducationLevel.LOWER_SECONDARY, seed, SchoolYear.of(2022));
    }

    /**
     * A primary transcript (tiểu học, TT 27/2020), grades 1 to 5 from 2021-2022, closed after
     * grade 5 with "Hoàn thành chương trình tiểu học".
     *
     * @param seed the seed
     * @return the closed transcript, not null
     */
    public static Transcript primary(long seed) {
        return build(EducationLevel.PRIMARY, seed, SchoolYear.of(2021));
    }

    /**
     * A lower-secondary transcript across two circulars: grade 8 in 2022-2023 under TT 58/2011
     * as amended by TT 26/2020 (TT 22/2021 reached grade 8 only in 2023-2024), failed with every
     * score 3.0 and not promoted; grade 8 again in 2023-2024 and grade 9 in 2024-2025 under
     * TT 22/2021, promoted; closed after grade 9. The pages of both circulars sit in one transcript.
     *
     * @param seed the seed
     * @return the closed transcript of three pages, not null
     */
    public static Transcript acrossCirculars(long seed) {
        List<SchoolRoster> rosters = SampleSchools.consecutiveYears(EducationLevel.LOWER_SECONDARY, seed,
                SchoolYear.of(2022), 3);
        SchoolRoster start = rosters.get(0);
        String firstClass = start.classes().stream().filter(c -> c.grade().number() == 8).findFirst().orElseThrow()
                .id();
        Student student = start.studentsOf(firstClass).get(0);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5ca1ab1eL);
        int ability = 70 + random.nextInt(21);
        Transcript transcript = Transcript.open(student, EducationLevel.LOWER_SECONDARY, start.school());
        int[] grades = {8, 8, 9};
        for (int i = 0; i < grades.length; i++) {
            SchoolRoster roster = i == 0 ? start : enrol(rosters.get(i), student, grades[i]);
            String classId = roster.enrolments().stream().filter(e -> e.studentId().equals(student.id()))
                    .map(Enrolment::classId).findFirst().orElseThrow();
            String principal = roster.staff().stream().filter(s -> s.has(StaffRole.PRINCIPAL))
                    .map(Staff::id).findFirst().orElseThrow();
            LocalDate date = LocalDate.of(roster.year().endYear(), Month.MAY, 25);
            GradeLevel grade = roster.classGroup(classId).orElseThrow().grade();
            List<Subject> subjects = roster.curriculum(grade).orElseThrow().subjects();
            TranscriptYear page;
            if (i == 0) {
                LegacySecondaryYear record = legacyYear(student.id(), roster, grade, subjects, random);
                LegacySecondaryOutcome outcome = (LegacySecondaryOutcome) Assessments.standard().assess(record);
                page = TranscriptYear.fromLegacySecondary(record, outcome, roster, classId, new YearConfirmation(
                        "Chưa chăm học, kết quả học tập yếu; cần cố gắng nhiều hơn ở năm học tới.", principal, date));
            } else {
                SecondaryYear record = secondaryYear(student.id(), EducationLevel.LOWER_SECONDARY, roster, classId,
                        subjects, ability, random);
                SecondaryOutcome outcome = (SecondaryOutcome) Assessments.standard().assess(record);
                page = TranscriptYear.fromSecondary(outcome, roster, classId,
                        new YearConfirmation(comment(outcome.learningLevel() == AchievementLevel.GOOD), principal,
                                date));
            }
            transcript = transcript.withYear(page);
        }
        return transcript.close(LocalDate.of(rosters.get(2).year().endYear(), Month.JUNE, 15));
    }

    /** A TT 58 year with every score 3.0, comment subjects Đ, conduct Tốt: academic standing Kém. */
    private static LegacySecondaryYear legacyYear(String studentId, SchoolRoster roster, GradeLevel grade,
            List<Subject> subjects, SplittableRandom random) {
        List<SubjectYear> list = new ArrayList<>();
        for (Subject s : subjects) {
            // TT 58 Điều 7 asks as many regular assessments of a comment subject as of a scored one.
            int count = s.periodsPerYear() <= 35 ? 2 : s.periodsPerYear() <= 70 ? 3 : 4;
            if (s.mode() == AssessmentMode.COMMENT) {
                CommentTerm t = CommentTerm.of(Collections.nCopies(count, CommentResult.PASS), CommentResult.PASS,
                        CommentResult.PASS);
                list.add(SubjectYear.of(s, t, t));
            } else {
                ScoredTerm t = ScoredTerm.of(Collections.nCopies(count, Score.ofTenths(30)), Score.ofTenths(30),
                        Score.ofTenths(30));
                list.add(SubjectYear.of(s, t, t));
            }
        }
        return LegacySecondaryYear.of(studentId, EducationLevel.LOWER_SECONDARY, grade, roster.year(), list,
                LegacyConduct.GOOD, LegacyConduct.GOOD, LegacyConduct.GOOD, random.nextInt(4));
    }

    /** The roster with the student enrolled in the first class of the grade, in place of any student of the same id. */
    private static SchoolRoster enrol(SchoolRoster roster, Student student, int grade) {
        String classId = roster.classes().stream().filter(c -> c.grade().number() == grade).findFirst().orElseThrow()
                .id();
        List<Student> students = new ArrayList<>(roster.students().stream()
                .filter(s -> !s.id().equals(student.id())).toList());
        students.add(student);
        List<Enrolment> enrolments = new ArrayList<>(roster.enrolments().stream()
                .filter(e -> !e.studentId().equals(student.id())).toList());
        enrolments.add(new Enrolment(student.id(), classId));
        return SchoolRoster.of(roster.school(), roster.year(), roster.curricula(), roster.staff(), roster.classes(),
                students, enrolments, roster.assignments());
    }

    private static Transcript build(EducationLevel level, long seed, SchoolYear first) {
        int years = level.lastGrade().number() - level.firstGrade().number() + 1;
        List<SchoolRoster> rosters = SampleSchools.consecutiveYears(level, seed, first, years);
        SchoolRoster start = rosters.get(0);
        String firstClass = start.classes().stream().filter(c -> c.grade().equals(level.firstGrade()))
                .findFirst().orElseThrow().id();
        Student student = start.studentsOf(firstClass).get(0);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5ca1ab1eL);
        // A good student: each subject's scores gather around the student's level.
        int ability = 70 + random.nextInt(21);
        Transcript transcript = Transcript.open(student, level, start.school());
        for (SchoolRoster roster : rosters) {
            String classId = roster.enrolments().stream().filter(e -> e.studentId().equals(student.id()))
                    .map(Enrolment::classId).findFirst().orElseThrow();
            String principal = roster.staff().stream().filter(s -> s.has(StaffRole.PRINCIPAL))
                    .map(Staff::id).findFirst().orElseThrow();
            LocalDate date = LocalDate.of(roster.year().endYear(), Month.MAY, 25);
            List<Subject> subjects = roster.curriculum(roster.classGroup(classId).orElseThrow().grade())
                    .orElseThrow().subjects();
            TranscriptYear page;
            if (level == EducationLevel.PRIMARY) {
                PrimaryYear record = primaryYear(student.id(), roster, classId, subjects, ability, random);
                PrimaryOutcome outcome = (PrimaryOutcome) Assessments.standard().assess(record);
                page = TranscriptYear.fromPrimary(record, outcome, roster, classId,
                        new YearConfirmation(comment(outcome.result().isAtLeast(PrimaryResult.COMPLETED_WELL)),
                                principal, date));
            } else {
                SecondaryYear record = secondaryYear(student.id(), level, roster, classId, subjects, ability, random);
                SecondaryOutcome outcome = (SecondaryOutcome) Assessments.standard().assess(record);
                page = TranscriptYear.fromSecondary(outcome, roster, classId,
                        new YearConfirmation(comment(outcome.learningLevel() == AchievementLevel.GOOD),
                                principal, date));
            }
            transcript = transcript.withYear(page);
        }
        return transcript.close(LocalDate.of(rosters.get(years - 1).year().endYear(), Month.JUNE, 15));
    }

    private static SecondaryYear secondaryYear(String studentId, EducationLevel level, SchoolRoster roster,
            String classId, List<Subject> subjects, int ability, SplittableRandom random) {
        List<SubjectYear> list = new ArrayList<>();
        for (Subject s : subjects) {
            if (s.mode() == AssessmentMode.COMMENT) {
                CommentTerm t = CommentTerm.of(List.of(CommentResult.PASS, CommentResult.PASS), CommentResult.PASS,
                        CommentResult.PASS);
                list.add(SubjectYear.of(s, t, t));
            } else {
                list.add(SubjectYear.of(s, scored(s, ability, random), scored(s, ability + 3, random)));
            }
        }
        return SecondaryYear.of(studentId, level, roster.classGroup(classId).orElseThrow().grade(), roster.year(), list,
                AchievementLevel.GOOD, AchievementLevel.GOOD, random.nextInt(4));
    }

    /** A semester of a scored subject: the required regular scores, a mid-term and an end of term, in halves. */
    private static ScoredTerm scored(Subject s, int ability, SplittableRandom random) {
        int count = s.periodsPerYear() <= 35 ? 2 : s.periodsPerYear() <= 70 ? 3 : 4;
        List<Score> regular = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            regular.add(score(ability, random));
        }
        return ScoredTerm.of(regular, score(ability, random), score(ability, random));
    }

    /** Around the ability (tenths), ± 1.5, in steps of 0.5, within 0–10. */
    private static Score score(int ability, SplittableRandom random) {
        int tenths = ability + (random.nextInt(7) - 3) * 5;
        tenths = Math.max(0, Math.min(100, tenths - tenths % 5));
        return Score.ofTenths(tenths);
    }

    private static PrimaryYear primaryYear(String studentId, SchoolRoster roster, String classId,
            List<Subject> subjects, int ability, SplittableRandom random) {
        List<PrimarySubjectYear> list = new ArrayList<>();
        for (Subject s : subjects) {
            SubjectLevel level = random.nextInt(100) < ability ? SubjectLevel.COMPLETED_WELL : SubjectLevel.COMPLETED;
            if (s.mode() == AssessmentMode.LEVEL_AND_TEST) {
                list.add(PrimarySubjectYear.of(s, level, test(ability, random), level, test(ability, random)));
            } else {
                list.add(PrimarySubjectYear.of(s, level, level));
            }
        }
        Map<Competence, QualityLevel> competences = new EnumMap<>(Competence.class);
        for (Competence c : Competence.values()) {
            competences.put(c, random.nextInt(100) < ability ? QualityLevel.GOOD : QualityLevel.PASS);
        }
        Map<Quality, QualityLevel> qualities = new EnumMap<>(Quality.class);
        for (Quality q : Quality.values()) {
            qualities.put(q, QualityLevel.GOOD);
        }
        return PrimaryYear.of(studentId, roster.classGroup(classId).orElseThrow().grade(), roster.year(), list,
                competences, qualities);
    }

    /** A whole-number test score around the ability, 6–10. */
    private static Score test(int ability, SplittableRandom random) {
        int points = Math.max(6, Math.min(10, ability / 10 + random.nextInt(3) - 1));
        return Score.ofTenths(points * 10);
    }

    private static String comment(boolean excellent) {
        return excellent
                ? "Chăm chỉ, tự giác, học tập tiến bộ rõ rệt; hăng hái tham gia các hoạt động của lớp."
                : "Ngoan, có ý thức học tập; cần mạnh dạn phát biểu và chăm chỉ hơn ở một số môn.";
    }
}
