package vn.schoolrecords.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.SCHOOL_A;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.assess;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.classOf;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.confirmation;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.s;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.staffWith;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.year;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.Award;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.PrimaryOutcome;
import vn.schoolrecords.core.assessment.PrimaryResult;
import vn.schoolrecords.core.assessment.PrimaryYear;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.Regime;
import vn.schoolrecords.core.assessment.SecondaryYear;
import vn.schoolrecords.core.assessment.SubjectLevel;
import vn.schoolrecords.core.assessment.SubjectYear;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.StaffRole;

/** A page copies what the rules decided, with the teachers of record; bad sources are typed errors. */
class TranscriptYearTest {

    private static final SchoolRoster GRADE8_YEAR = SCHOOL_A.get(2);
    private static final String CLASS8 = classOf(GRADE8_YEAR, 8);
    private static final String PUPIL = GRADE8_YEAR.studentsOf(CLASS8).get(0).id();
    private static final Set<String> FIRST_SIX = Set.of("NGU_VAN", "TOAN", "NGOAI_NGU_1", "GDCD", "LICH_SU_DIA_LI", "KHTN");

    /**
     * Golden TT 22/2021 year, computed by hand. Six subjects 7,0 then 8,5: ĐTBmcn = (7,0 + 2·8,5) / 3
     * = 8,0 (Điều 9.1b). Công nghệ and Tin học 6,5 then 7,0: (6,5 + 14,0) / 3 = 6,83 → 6,8. Comment
     * subjects Đạt. Semester I: no subject ≥ 8 → not Tốt; all ≥ 5 and six ≥ 6,5 → Khá (Điều 9.2b).
     * Semester II: all ≥ 6,5 and six ≥ 8 → Tốt. Year: all ≥ 6,5, six ≥ 8,0 → Tốt. Conduct Tốt both
     * semesters → Tốt (Điều 8.2b). Promoted (Điều 12); Tốt and Tốt with fewer than six subjects
     * ≥ 9,0 → Học sinh Giỏi, not Xuất sắc (Điều 15).
     */
    private static SecondaryYear golden() {
        return year(GRADE8_YEAR, CLASS8, PUPIL,
                subject -> FIRST_SIX.contains(subject.code()) ? new String[] {"7", "8,5"} : new String[] {"6,5", "7"});
    }

    @Test
    void goldenTt22YearCarriesTheHandComputedAveragesLevelsConductPromotionAndAward() {
        TranscriptYear page = TranscriptYear.fromSecondary(assess(golden()), GRADE8_YEAR, CLASS8,
                confirmation(GRADE8_YEAR));

        SecondaryResults r = (SecondaryResults) page.results();
        SubjectRow maths = r.subjects().stream().filter(x -> x.subjectCode().equals("TOAN")).findFirst().orElseThrow();
        assertThat(maths.first()).isEqualTo(s("7,0"));
        assertThat(maths.second()).isEqualTo(s("8,5"));
        assertThat(maths.year()).isEqualTo(s("8,0"));
        SubjectRow it = r.subjects().stream().filter(x -> x.subjectCode().equals("TIN_HOC")).findFirst().orElseThrow();
        assertThat(it.year()).isEqualTo(s("6,8"));
        SubjectRow pe = r.subjects().stream().filter(x -> x.subjectCode().equals("GDTC")).findFirst().orElseThrow();
        assertThat(pe.year()).isEqualTo(CommentResult.PASS);
        assertThat(r.learningFirst()).isEqualTo(AchievementLevel.FAIR);
        assertThat(r.learningSecond()).isEqualTo(AchievementLevel.GOOD);
        assertThat(r.learningYear()).isEqualTo(AchievementLevel.GOOD);
        assertThat(r.conductYear()).isEqualTo(AchievementLevel.GOOD);
        assertThat(r.absences()).isEqualTo(3);
        assertThat(r.yearEndPromotion()).isEqualTo(PromotionStatus.PROMOTED);
        assertThat(page.promotion()).isEqualTo(PromotionStatus.PROMOTED);
        assertThat(page.award()).contains(Award.GOOD_STUDENT);
        assertThat(page.regime()).isEqualTo(Regime.TT22_2021);
        assertThat(page.year()).isEqualTo(SchoolYear.of(2024));
    }

    @Test
    void eachRowNamesItsTeacherOfRecordAndThePageItsHomeroomTeacherAndPrincipal() {
        TranscriptYear page = TranscriptYear.fromSecondary(assess(golden()), GRADE8_YEAR, CLASS8,
                confirmation(GRADE8_YEAR));

        for (SubjectRow row : ((SecondaryResults) page.results()).subjects()) {
            assertThat(row.teacher().staffId())
                    .isEqualTo(GRADE8_YEAR.teacherOf(CLASS8, row.subjectCode()).orElseThrow().id());
        }
        assertThat(page.homeroomTeacher().staffId())
                .isEqualTo(GRADE8_YEAR.classGroup(CLASS8).orElseThrow().homeroomTeacherId());
        assertThat(page.confirmedBy().staffId()).isEqualTo(staffWith(GRADE8_YEAR, StaffRole.PRINCIPAL).id());
        assertThat(page.classGroup().id()).isEqualTo(CLASS8);
        assertThat(page.school()).isEqualTo(GRADE8_YEAR.school());
    }

    @Test
    void scoresAreWrittenWithOneDecimal() {
        TranscriptYear page = TranscriptYear.fromSecondary(assess(golden()), GRADE8_YEAR, CLASS8,
                confirmation(GRADE8_YEAR));

        String json = RecordsJson.write(page);
        assertThat(json).contains("\"year\" : 8.0", "\"year\" : 6.8", "\"first\" : 7.0", "\"year\" : \"PASS\"");
    }

    /**
     * One subject at 3,0 both semesters, the others 7,0: the conditions give Chưa đạt (a subject
     * below 3,5, Điều 9.2d) where the others alone give Khá, so that one subject pulled the level
     * down two steps and Điều 9.3 raises it one: the page records Đạt, promoted.
     */
    @Test
    void pageRecordsTheLearningLevelAfterTheAdjustmentOfArticleNine() {
        SecondaryYear oneWeak = year(GRADE8_YEAR, CLASS8, PUPIL,
                subject -> subject.code().equals("TIN_HOC") ? new String[] {"3", "3"} : new String[] {"7", "7"});

        SecondaryResults r = (SecondaryResults) TranscriptYear.fromSecondary(assess(oneWeak), GRADE8_YEAR, CLASS8,
                confirmation(GRADE8_YEAR)).results();

        assertThat(r.learningYear()).isEqualTo(AchievementLevel.PASS);
        assertThat(r.yearEndPromotion()).isEqualTo(PromotionStatus.PROMOTED);
        assertThat(r.reassessmentSubjects()).isEmpty();
    }

    /**
     * Two subjects at 3,0: Chưa đạt with no adjustment (two subjects, Điều 9.3 does not apply);
     * the student re-takes the subjects below 5,0 in the summer (Điều 13). Re-takes of 6,0 bring
     * every subject to 5,0 or more with six at 6,5 or more: Khá, promoted (Điều 14).
     */
    @Test
    void summerReassessmentIsRecordedWithTheSubjectsAndTheResultAfterIt() {
        Set<String> weakSubjects = Set.of("TIN_HOC", "CONG_NGHE");
        SecondaryYear weak = year(GRADE8_YEAR, CLASS8, PUPIL,
                subject -> weakSubjects.contains(subject.code()) ? new String[] {"3", "3"} : new String[] {"7", "7"});
        TranscriptYear atYearEnd = TranscriptYear.fromSecondary(assess(weak), GRADE8_YEAR, CLASS8,
                confirmation(GRADE8_YEAR));
        SecondaryResults r = (SecondaryResults) atYearEnd.results();
        assertThat(r.learningYear()).isEqualTo(AchievementLevel.FAIL);
        assertThat(r.yearEndPromotion()).isEqualTo(PromotionStatus.SUMMER_REASSESSMENT);
        assertThat(r.reassessmentSubjects()).containsExactlyInAnyOrder("TIN_HOC", "CONG_NGHE");
        assertThat(atYearEnd.award()).isEmpty();

        List<SubjectYear> retaken = weak.subjects().stream()
                .map(y -> weakSubjects.contains(y.subject().code()) ? y.withReassessment(s("6")) : y).toList();
        TranscriptYear afterSummer = TranscriptYear.fromSecondary(assess(weak.withSubjects(retaken)), GRADE8_YEAR,
                CLASS8, new YearConfirmation("Đã hoàn thành kiểm tra lại môn Tin học và Công nghệ.",
                        TranscriptFixtures.principal(GRADE8_YEAR), LocalDate.of(2025, 8, 10)));
        SecondaryResults after = (SecondaryResults) afterSummer.results();
        assertThat(after.learningAfterReassessment()).contains(AchievementLevel.FAIR);
        assertThat(after.finalLearning()).isEqualTo(AchievementLevel.FAIR);
        assertThat(after.yearEndPromotion()).isEqualTo(PromotionStatus.SUMMER_REASSESSMENT);
        assertThat(afterSummer.promotion()).isEqualTo(PromotionStatus.PROMOTED);
        assertThat(after.subjects().stream().filter(x -> x.subjectCode().equals("TIN_HOC")).findFirst()
                .orElseThrow().afterReassessment()).contains(s("6"));
    }

    /**
     * Golden TT 27/2020 grade 5: every subject Hoàn thành tốt, every quality and competence Tốt,
     * every end-of-year test 9 → Hoàn thành xuất sắc (Điều 9.2a), Học sinh Xuất sắc (Điều 13),
     * "Hoàn thành chương trình tiểu học" (Điều 12).
     */
    @Test
    void goldenPrimaryGradeFiveCompletesTheProgrammeWithLevelsTestsAndQualities() {
        SchoolRoster roster = SampleSchools.primary(5, SchoolYear.of(2024));
        String cls = classOf(roster, 5);
        String pupil = roster.studentsOf(cls).get(0).id();
        PrimaryYear record = TranscriptFixtures.primaryYear(roster, cls, pupil, 9);
        PrimaryOutcome outcome = TranscriptFixtures.assess(record);

        TranscriptYear page = TranscriptYear.fromPrimary(record, outcome, roster, cls, confirmation(roster));

        PrimaryResults r = (PrimaryResults) page.results();
        assertThat(r.result()).isEqualTo(PrimaryResult.OUTSTANDING);
        assertThat(r.gradeCompleted()).isTrue();
        assertThat(r.primaryProgrammeCompleted()).isTrue();
        assertThat(page.award()).contains(Award.EXCELLENT_STUDENT);
        assertThat(page.regime()).isEqualTo(Regime.TT27_2020);
        assertThat(r.competences()).hasSize(10);
        assertThat(r.qualities()).hasSize(5);
        PrimarySubjectRow maths = r.subjects().stream().filter(x -> x.subjectCode().equals("TOAN")).findFirst()
                .orElseThrow();
        assertThat(maths.endOfYear()).isEqualTo(SubjectLevel.COMPLETED_WELL);
        assertThat(maths.testEndOfYear()).contains(s("9"));
        assertThat(maths.teacher().staffId()).isEqualTo(roster.teacherOf(cls, "TOAN").orElseThrow().id());
        assertThat(page.completesLevel()).isTrue();
    }

    @Test
    void subjectWithoutTeacherOfRecordIsTeacherMissing() {
        SchoolRoster noMathsTeacher = TranscriptFixtures.withoutTeacher(GRADE8_YEAR, CLASS8, "TOAN");

        assertThatThrownBy(() -> TranscriptYear.fromSecondary(assess(golden()), noMathsTeacher, CLASS8,
                confirmation(GRADE8_YEAR)))
                .isInstanceOfSatisfying(TranscriptException.class, e -> {
                    assertThat(e.problem()).isEqualTo(TranscriptProblem.TEACHER_MISSING);
                    assertThat(e.code()).isEqualTo("TRANSCRIPT_TEACHER_MISSING");
                    assertThat(e.subjectCode()).contains("TOAN");
                    assertThat(e.schoolYear()).contains(SchoolYear.of(2024));
                    assertThat(e.text().vi()).contains("TOAN");
                });
    }

    @Test
    void studentNotInTheClassIsInconsistent() {
        String otherClass = GRADE8_YEAR.classes().stream().filter(c -> c.grade().number() == 8)
                .skip(1).findFirst().orElseThrow().id();

        assertProblem(() -> TranscriptYear.fromSecondary(assess(golden()), GRADE8_YEAR, otherClass,
                confirmation(GRADE8_YEAR)), TranscriptProblem.INCONSISTENT_SOURCES);
    }

    @Test
    void rosterOfAnotherYearIsInconsistent() {
        assertProblem(() -> TranscriptYear.fromSecondary(assess(golden()), SCHOOL_A.get(3), CLASS8,
                confirmation(SCHOOL_A.get(3))), TranscriptProblem.INCONSISTENT_SOURCES);
    }

    @Test
    void confirmerWhoIsNotOnThePrincipalBoardIsInconsistent() {
        String teacher = GRADE8_YEAR.teacherOf(CLASS8, "TOAN").orElseThrow().id();

        assertProblem(() -> TranscriptYear.fromSecondary(assess(golden()), GRADE8_YEAR, CLASS8,
                new YearConfirmation("Tốt.", teacher, LocalDate.of(2025, 5, 25))), TranscriptProblem.INCONSISTENT_SOURCES);
    }

    @Test
    void delegatedVicePrincipalMayConfirm() {
        var vice = GRADE8_YEAR.staff().stream().filter(x -> x.has(StaffRole.VICE_PRINCIPAL)).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(vice.isPresent());

        TranscriptYear page = TranscriptYear.fromSecondary(assess(golden()), GRADE8_YEAR, CLASS8,
                new YearConfirmation("Tốt.", vice.get().id(), LocalDate.of(2025, 5, 25)));

        assertThat(page.confirmedBy().staffId()).isEqualTo(vice.get().id());
    }

    @Test
    void dateOutsideTheSchoolYearIsInconsistent() {
        assertProblem(() -> TranscriptYear.fromSecondary(assess(golden()), GRADE8_YEAR, CLASS8,
                new YearConfirmation("Tốt.", TranscriptFixtures.principal(GRADE8_YEAR), LocalDate.of(2025, 9, 1))),
                TranscriptProblem.INCONSISTENT_SOURCES);
    }

    @Test
    void rowWithACommentResultForAScoredSubjectIsInvalid() {
        Signatory t = new Signatory("GV1", "Lê Văn Tám");

        assertThatThrownBy(() -> new SubjectRow("TOAN", "Toán", vn.schoolrecords.core.school.AssessmentMode.SCORE,
                CommentResult.PASS, s("7"), s("7"), Optional.empty(), t))
                .isInstanceOf(vn.schoolrecords.core.InvalidValueException.class)
                .hasMessageContaining("first");
    }

    static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, TranscriptProblem problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TranscriptException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
