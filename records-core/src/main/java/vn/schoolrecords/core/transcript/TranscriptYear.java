package vn.schoolrecords.core.transcript;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.Award;
import vn.schoolrecords.core.assessment.LearningResult;
import vn.schoolrecords.core.assessment.LegacySecondaryOutcome;
import vn.schoolrecords.core.assessment.LegacySecondaryYear;
import vn.schoolrecords.core.assessment.LegacySubjectResult;
import vn.schoolrecords.core.assessment.LegacyTermResult;
import vn.schoolrecords.core.assessment.PrimaryCheckpoint;
import vn.schoolrecords.core.assessment.PrimaryOutcome;
import vn.schoolrecords.core.assessment.PrimarySubjectYear;
import vn.schoolrecords.core.assessment.PrimaryYear;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.Regime;
import vn.schoolrecords.core.assessment.SecondaryOutcome;
import vn.schoolrecords.core.assessment.SecondaryYear;
import vn.schoolrecords.core.assessment.SubjectResult;
import vn.schoolrecords.core.assessment.SubjectYear;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.Enrolment;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * One school year's page of a transcript (học bạ): a record of what was decided at the end of
 * the year, copied from the assessment outcome — never recomputed. It names the school and
 * class, every subject's results with the teacher who confirms the row, the homeroom teacher
 * and the comment (nhận xét), promotion (lên lớp) or the summer re-assessment, the award, and
 * the head of school who confirms the page (xác nhận của hiệu trưởng).
 *
 * <p>Build it with {@link #fromSecondary}, {@link #fromLegacySecondary} or {@link #fromPrimary}, which take the teachers of
 * record from the school's roster; the constructor checks that the page agrees with itself.
 *
 * @param studentId the student's id (mã học sinh), not null
 * @param year the school year, not null
 * @param level the education level of the programme followed, not null
 * @param grade the grade, of that level, not null
 * @param regime the circular that assessed the year: TT 22/2021, TT 43/2021, TT 27/2020, or for a
 *     secondary year before TT 22/2021 reached its grade TT 58/2011 (± TT 26/2020), not null
 * @param school the school that kept the student at the page's date, not null
 * @param classGroup the class, of this year and grade, not null
 * @param homeroomTeacher the class's homeroom teacher (giáo viên chủ nhiệm), not null
 * @param homeroomComment the homeroom teacher's comment, not null
 * @param results the results: secondary for TT 22 and TT 43, legacy secondary for TT 58, primary
 *     for TT 27, not null
 * @param promotion promotion after any summer result (lên lớp, ở lại lớp, kiểm tra lại …), not null
 * @param award the year's title (khen thưởng), or empty, not null
 * @param confirmedBy the principal or the delegated vice principal who confirms the page, not null
 * @param confirmedOn the date of the page, within the school year, not null
 */
public record TranscriptYear(String studentId, SchoolYear year, EducationLevel level, GradeLevel grade,
        Regime regime, School school, ClassGroup classGroup, Signatory homeroomTeacher, String homeroomComment,
        YearResults results, PromotionStatus promotion, Optional<Award> award, Signatory confirmedBy,
        LocalDate confirmedOn) {

    /**
     * Checks that the page agrees with itself.
     *
     * @throws vn.schoolrecords.core.InvalidValueException if a part is invalid
     * @throws TranscriptException ({@link TranscriptProblem#INCONSISTENT_SOURCES}) if the class,
     *     grade, level, regime, results or date disagree
     */
    public TranscriptYear {
        studentId = Texts.id(studentId, "studentId");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(classGroup, "classGroup");
        Objects.requireNonNull(homeroomTeacher, "homeroomTeacher");
        homeroomComment = Texts.text(homeroomComment, "homeroomComment", YearConfirmation.MAX_COMMENT);
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(promotion, "promotion");
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        Objects.requireNonNull(confirmedOn, "confirmedOn");
        if (!level.includes(grade)) {
            throw inconsistent(year, grade + " không thuộc cấp " + level.vietnameseName(),
                    grade + " is not a grade of " + level);
        }
        if (!school.levels().contains(level)) {
            throw inconsistent(year, "trường " + school.code() + " không dạy cấp " + level.vietnameseName(),
                    "school " + school.code() + " does not teach " + level);
        }
        if (!classGroup.year().equals(year) || !classGroup.grade().equals(grade)) {
            throw inconsistent(year, "lớp " + classGroup.name() + " không thuộc " + grade + " năm học " + year,
                    "class " + classGroup.name() + " is not of " + grade + " in " + year);
        }
        if (!classGroup.homeroomTeacherId().equals(homeroomTeacher.staffId())) {
            throw inconsistent(year, "giáo viên chủ nhiệm không phải của lớp " + classGroup.name(),
                    "the homeroom teacher is not the class's");
        }
        if (!resultsFit(level, regime, results)) {
            throw inconsistent(year, "kết quả theo " + regime.shortName() + " không dùng cho cấp " + level.vietnameseName(),
                    "results under " + regime.shortName() + " do not apply to " + level);
        }
        if (!year.contains(confirmedOn)) {
            throw inconsistent(year, "ngày xác nhận " + confirmedOn + " ngoài năm học " + year,
                    "confirmation date " + confirmedOn + " outside the school year " + year);
        }
    }

    /**
     * The page of a secondary year assessed under TT 22/2021 or TT 43/2021.
     *
     * @param outcome the assessment outcome, whose record is the student's year, not null
     * @param roster the school's roster of that year: class, enrolment, teachers of record, not null
     * @param classId the student's class, not null
     * @param confirmation the homeroom comment, the confirmer and the date, not null
     * @return the page, not null
     * @throws TranscriptException {@link TranscriptProblem#TEACHER_MISSING} if a subject has no
     *     teacher of record; {@link TranscriptProblem#INCONSISTENT_SOURCES} if the roster, class,
     *     enrolment or confirmer do not fit the outcome
     */
    public static TranscriptYear fromSecondary(SecondaryOutcome outcome, SchoolRoster roster, String classId,
            YearConfirmation confirmation) {
        Objects.requireNonNull(outcome, "outcome");
        SecondaryYear record = outcome.record();
        Sources sources = Sources.of(record.studentId(), record.year(), record.grade(), roster, classId, confirmation);
        List<SubjectRow> rows = new ArrayList<>();
        for (SubjectResult r : outcome.subjects()) {
            rows.add(SubjectRow.from(r, sources.teacher(r.subject().code())));
        }
        SecondaryResults results = new SecondaryResults(rows, outcome.learning(Term.FIRST).adjusted(),
                outcome.learning(Term.SECOND).adjusted(), outcome.learning(Term.WHOLE_YEAR).adjusted(),
                outcome.learningAfterReassessment().map(LearningResult::adjusted), record.conductFirst(),
                record.conductSecond(), outcome.conductOfYear(), record.conductAfterSummerTraining(),
                record.absences(), outcome.yearEndPromotion(), outcome.reassessmentSubjects());
        return new TranscriptYear(record.studentId(), record.year(), record.level(), record.grade(),
                outcome.regime(), roster.school(), sources.classGroup, sources.homeroom,
                confirmation.homeroomComment(), results, outcome.promotion(), outcome.award(), sources.confirmer,
                confirmation.date());
    }

    /**
     * The page of a secondary year assessed under TT 58/2011 (original, or as amended by TT
     * 26/2020), for a student who was in the grade before TT 22/2021 reached it (e.g. grade 8 in
     * 2022-2023, repeated in 2023-2024 under TT 22/2021: both pages sit in one transcript).
     *
     * @param record the student's recorded year, not null
     * @param outcome the outcome of assessing that record, not null
     * @param roster the school's roster of that year, not null
     * @param classId the student's class, not null
     * @param confirmation the homeroom comment, the confirmer and the date, not null
     * @return the page, not null
     * @throws TranscriptException {@link TranscriptProblem#TEACHER_MISSING} if a subject has no
     *     teacher of record; {@link TranscriptProblem#INCONSISTENT_SOURCES} if the record,
     *     outcome, roster, class, enrolment or confirmer do not fit together
     */
    public static TranscriptYear fromLegacySecondary(LegacySecondaryYear record, LegacySecondaryOutcome outcome,
            SchoolRoster roster, String classId, YearConfirmation confirmation) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(outcome, "outcome");
        if (!record.studentId().equals(outcome.studentId())) {
            throw inconsistent(record.year(), "kết quả đánh giá không phải của hồ sơ này",
                    "the outcome is not the outcome of this record");
        }
        Sources sources = Sources.of(record.studentId(), record.year(), record.grade(), roster, classId, confirmation);
        List<LegacySubjectRow> rows = new ArrayList<>();
        for (LegacySubjectResult r : outcome.subjects()) {
            Subject subject = record.subjects().stream().map(SubjectYear::subject)
                    .filter(s -> s.code().equals(r.subjectCode())).findFirst()
                    .orElseThrow(() -> inconsistent(record.year(), "môn " + r.subjectCode() + " không có trong hồ sơ",
                            "subject " + r.subjectCode() + " is not in the record"));
            rows.add(LegacySubjectRow.from(subject, r, sources.teacher(r.subjectCode())));
        }
        LegacySecondaryResults results = new LegacySecondaryResults(rows, outcome.first().average(),
                outcome.second().average(), outcome.year().average(), outcome.first().standing(),
                outcome.second().standing(), outcome.year().standing(),
                outcome.yearAfterReassessment().map(LegacyTermResult::standing), record.conductFirst(),
                record.conductSecond(), record.conductYear(), outcome.conductAfterSummerTraining(), record.absences(),
                outcome.yearEndPromotion(), outcome.reassessmentSubjects());
        return new TranscriptYear(record.studentId(), record.year(), record.level(), record.grade(),
                outcome.regime(), roster.school(), sources.classGroup, sources.homeroom,
                confirmation.homeroomComment(), results, outcome.promotion(), outcome.award(), sources.confirmer,
                confirmation.date());
    }

    /**
     * The page of a primary year assessed under TT 27/2020.
     *
     * @param record the student's recorded year, not null
     * @param outcome the outcome of assessing that record, not null
     * @param roster the school's roster of that year, not null
     * @param classId the student's class, not null
     * @param confirmation the homeroom comment, the confirmer and the date, not null
     * @return the page, not null
     * @throws TranscriptException {@link TranscriptProblem#TEACHER_MISSING} if a subject has no
     *     teacher of record; {@link TranscriptProblem#INCONSISTENT_SOURCES} if the record,
     *     outcome, roster, class, enrolment or confirmer do not fit together
     */
    public static TranscriptYear fromPrimary(PrimaryYear record, PrimaryOutcome outcome, SchoolRoster roster,
            String classId, YearConfirmation confirmation) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(outcome, "outcome");
        if (!record.studentId().equals(outcome.studentId()) || !record.grade().equals(outcome.grade())) {
            throw inconsistent(record.year(), "kết quả đánh giá không phải của hồ sơ này",
                    "the outcome is not the outcome of this record");
        }
        Sources sources = Sources.of(record.studentId(), record.year(), record.grade(), roster, classId, confirmation);
        List<PrimarySubjectRow> rows = new ArrayList<>();
        for (PrimarySubjectYear s : record.subjects()) {
            if (s.level(PrimaryCheckpoint.END_OF_YEAR).isEmpty()) {
                throw inconsistent(record.year(), "môn " + s.subject().code() + " chưa có mức đạt được cuối năm",
                        "subject " + s.subject().code() + " has no end-of-year level");
            }
            rows.add(PrimarySubjectRow.from(s, sources.teacher(s.subject().code())));
        }
        PrimaryResults results = new PrimaryResults(rows, record.competences(), record.qualities(),
                outcome.result(), outcome.gradeCompleted(), outcome.primaryProgrammeCompleted(),
                outcome.reassessmentSubjects(), record.supplementary());
        return new TranscriptYear(record.studentId(), record.year(), EducationLevel.PRIMARY, record.grade(),
                outcome.regime(), roster.school(), sources.classGroup, sources.homeroom,
                confirmation.homeroomComment(), results, outcome.promotion(), outcome.award(), sources.confirmer,
                confirmation.date());
    }

    /** @return true if the student completed the level's programme with this page (last grade, promoted) */
    public boolean completesLevel() {
        if (!grade.equals(level.lastGrade())) {
            return false;
        }
        return results instanceof PrimaryResults p ? p.primaryProgrammeCompleted()
                : promotion == PromotionStatus.PROMOTED;
    }

    /** Which circulars and which kind of results a page of the level may hold. */
    private static boolean resultsFit(EducationLevel level, Regime regime, YearResults results) {
        return switch (level) {
            case PRIMARY -> regime == Regime.TT27_2020 && results instanceof PrimaryResults;
            case CONTINUING -> regime == Regime.TT43_2021 && results instanceof SecondaryResults;
            default -> regime == Regime.TT22_2021 ? results instanceof SecondaryResults
                    : (regime == Regime.TT58_2011 || regime == Regime.TT58_TT26_2020)
                            && results instanceof LegacySecondaryResults;
        };
    }

    static TranscriptException inconsistent(SchoolYear year, String vi, String en) {
        return TranscriptException.of(TranscriptProblem.INCONSISTENT_SOURCES, year, vi, en);
    }

    /** The class, homeroom teacher, confirmer and teachers of record, looked up once and checked. */
    private static final class Sources {
        final SchoolRoster roster;
        final ClassGroup classGroup;
        final Signatory homeroom;
        final Signatory confirmer;

        private Sources(SchoolRoster roster, ClassGroup classGroup, Signatory homeroom, Signatory confirmer) {
            this.roster = roster;
            this.classGroup = classGroup;
            this.homeroom = homeroom;
            this.confirmer = confirmer;
        }

        static Sources of(String studentId, SchoolYear year, GradeLevel grade, SchoolRoster roster, String classId,
                YearConfirmation confirmation) {
            Objects.requireNonNull(roster, "roster");
            Objects.requireNonNull(classId, "classId");
            Objects.requireNonNull(confirmation, "confirmation");
            if (!roster.year().equals(year)) {
                throw inconsistent(year, "danh sách trường là của năm học " + roster.year(),
                        "the roster is of the school year " + roster.year());
            }
            ClassGroup cls = roster.classGroup(classId).orElseThrow(() -> inconsistent(year,
                    "không có lớp " + classId + " trong danh sách trường", "no class " + classId + " in the roster"));
            if (!cls.grade().equals(grade)) {
                throw inconsistent(year, "lớp " + cls.name() + " không thuộc " + grade,
                        "class " + cls.name() + " is not of " + grade);
            }
            if (!roster.enrolments().contains(new Enrolment(studentId, classId))) {
                throw inconsistent(year, "học sinh " + studentId + " không học lớp " + cls.name(),
                        "student " + studentId + " is not in class " + cls.name());
            }
            Staff homeroom = roster.staffMember(cls.homeroomTeacherId()).orElseThrow(() -> inconsistent(year,
                    "không có giáo viên chủ nhiệm lớp " + cls.name(), "class " + cls.name() + " has no homeroom teacher"));
            Staff confirmer = roster.staffMember(confirmation.confirmerStaffId())
                    .filter(s -> s.roles().stream().anyMatch(StaffRole::isPrincipalBoard))
                    .orElseThrow(() -> inconsistent(year,
                            confirmation.confirmerStaffId() + " không phải hiệu trưởng hay phó hiệu trưởng của trường",
                            confirmation.confirmerStaffId() + " is not the school's principal or a vice principal"));
            return new Sources(roster, cls, Signatory.from(homeroom), Signatory.from(confirmer));
        }

        Signatory teacher(String subjectCode) {
            return roster.teacherOf(classGroup.id(), subjectCode).map(Signatory::from).orElseThrow(() ->
                    new TranscriptException(TranscriptProblem.TEACHER_MISSING, roster.year(), subjectCode,
                            LocalizedText.of(
                                    "môn " + subjectCode + " của lớp " + classGroup.name()
                                            + " chưa có giáo viên môn học để ký xác nhận",
                                    "subject " + subjectCode + " of class " + classGroup.name()
                                            + " has no teacher of record to confirm it")));
        }
    }
}
