package vn.schoolrecords.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.SCHOOL_A;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.classOf;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.classOfStudent;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.confirmation;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.flat;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.s;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.staffWith;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.withStudent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.assessment.AcademicStanding;
import vn.schoolrecords.core.assessment.Assessments;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.CommentTerm;
import vn.schoolrecords.core.assessment.LegacyConduct;
import vn.schoolrecords.core.assessment.LegacySecondaryOutcome;
import vn.schoolrecords.core.assessment.LegacySecondaryYear;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.Regime;
import vn.schoolrecords.core.assessment.SecondaryOutcome;
import vn.schoolrecords.core.assessment.SecondaryYear;
import vn.schoolrecords.core.assessment.SubjectYear;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Subject;

/**
 * Pages of TT 58/2011 years beside TT 22/2021 ones in one transcript, and closing when the last
 * page leaves the promotion to the principal (PRINCIPAL_DECIDES).
 */
class LegacyPagesAndPrincipalDecisionTest {

    /** The first student of school A's first grade-8 class in 2022-2023, when grade 8 was still under TT 58 + TT 26. */
    static final Student REPEATER = SCHOOL_A.get(0).studentsOf(classOf(SCHOOL_A.get(0), 8)).get(0);

    static LegacySecondaryYear legacyYear(SchoolRoster roster, String classId, String studentId, String score) {
        GradeLevel grade = roster.classGroup(classId).orElseThrow().grade();
        List<SubjectYear> subjects = new ArrayList<>();
        for (Subject subject : roster.curriculum(grade).orElseThrow().subjects()) {
            // TT 58 Điều 7 asks as many regular tests of a comment subject as of a scored one.
            int count = subject.periodsPerYear() <= 35 ? 2 : subject.periodsPerYear() <= 70 ? 3 : 4;
            CommentTerm passed = CommentTerm.of(Collections.nCopies(count, CommentResult.PASS), CommentResult.PASS,
                    CommentResult.PASS);
            subjects.add(subject.mode() == AssessmentMode.COMMENT
                    ? SubjectYear.of(subject, passed, passed)
                    : SubjectYear.of(subject, flat(subject, s(score)), flat(subject, s(score))));
        }
        return LegacySecondaryYear.of(studentId, EducationLevel.LOWER_SECONDARY, grade, roster.year(), subjects,
                LegacyConduct.GOOD, LegacyConduct.GOOD, LegacyConduct.GOOD, 2);
    }

    /** Grade 8 in 2022-2023 under TT 58 + TT 26, every score as given. */
    static TranscriptYear legacyPage(String score) {
        SchoolRoster roster = SCHOOL_A.get(0);
        String classId = classOfStudent(roster, REPEATER.id());
        LegacySecondaryYear record = legacyYear(roster, classId, REPEATER.id(), score);
        LegacySecondaryOutcome outcome = (LegacySecondaryOutcome) Assessments.standard().assess(record);
        return TranscriptYear.fromLegacySecondary(record, outcome, roster, classId, confirmation(roster));
    }

    /** Grade 8 again in 2023-2024, now under TT 22/2021. */
    static TranscriptYear repeatedPage() {
        SchoolRoster roster = withStudent(SCHOOL_A.get(1), REPEATER, 8);
        String classId = classOfStudent(roster, REPEATER.id());
        SecondaryOutcome outcome = TranscriptFixtures.assess(TranscriptFixtures.year(roster, classId, REPEATER.id(),
                x -> new String[] {"7.5", "8"}));
        return TranscriptYear.fromSecondary(outcome, roster, classId, confirmation(roster));
    }

    @Test
    void aTt58YearCopiesAveragesStandingAndConductFromTheOutcome() {
        TranscriptYear page = legacyPage("7");
        assertThat(page.regime()).isEqualTo(Regime.TT58_TT26_2020);
        LegacySecondaryResults r = (LegacySecondaryResults) page.results();
        assertThat(r.averageYear()).isEqualTo(s("7.0"));
        assertThat(r.standingYear()).isEqualTo(AcademicStanding.GOOD);
        assertThat(r.conductYear()).isEqualTo(LegacyConduct.GOOD);
        assertThat(r.absences()).isEqualTo(2);
        assertThat(r.subjects()).isNotEmpty().allSatisfy(row -> assertThat(row.teacher()).isNotNull());
        LegacySubjectRow toan = r.subjects().stream().filter(x -> x.subjectCode().equals("TOAN")).findFirst()
                .orElseThrow();
        assertThat(toan.finalResult()).contains(s("7.0"));
        assertThat(page.promotion()).isEqualTo(PromotionStatus.PROMOTED);
        assertThat(r.subjectTeachers()).containsOnlyKeys(r.subjects().stream().map(LegacySubjectRow::subjectCode)
                .toList());
    }

    @Test
    void aRepeatedGradeHoldsATt58PageAndATt22PageSideBySideAndRoundTripsThroughJson() {
        TranscriptYear poor = legacyPage("3");
        assertThat(poor.promotion()).isEqualTo(PromotionStatus.NOT_PROMOTED);
        assertThat(((LegacySecondaryResults) poor.results()).standingYear()).isEqualTo(AcademicStanding.POOR);
        TranscriptYear again = repeatedPage();
        assertThat(again.regime()).isEqualTo(Regime.TT22_2021);
        Transcript t = Transcript.open(REPEATER, EducationLevel.LOWER_SECONDARY, SCHOOL_A.get(0).school())
                .withYear(poor).withYear(again);
        assertThat(t.years()).extracting(TranscriptYear::regime)
                .containsExactly(Regime.TT58_TT26_2020, Regime.TT22_2021);
        assertThat(RecordsJson.read(RecordsJson.write(t), Transcript.class)).isEqualTo(t);
    }

    @Test
    void aTt58PageWithTt22ResultsIsInconsistent() {
        TranscriptYear legacy = legacyPage("7");
        TranscriptYear modern = repeatedPage();
        assertThatThrownBy(() -> new TranscriptYear(legacy.studentId(), legacy.year(), legacy.level(), legacy.grade(),
                Regime.TT58_TT26_2020, legacy.school(), legacy.classGroup(), legacy.homeroomTeacher(),
                legacy.homeroomComment(), modern.results(), legacy.promotion(), legacy.award(), legacy.confirmedBy(),
                legacy.confirmedOn()))
                .isInstanceOfSatisfying(TranscriptException.class,
                        e -> assertThat(e.problem()).isEqualTo(TranscriptProblem.INCONSISTENT_SOURCES));
        assertThatThrownBy(() -> new TranscriptYear(legacy.studentId(), legacy.year(), legacy.level(), legacy.grade(),
                Regime.TT22_2021, legacy.school(), legacy.classGroup(), legacy.homeroomTeacher(),
                legacy.homeroomComment(), legacy.results(), legacy.promotion(), legacy.award(), legacy.confirmedBy(),
                legacy.confirmedOn()))
                .isInstanceOfSatisfying(TranscriptException.class,
                        e -> assertThat(e.problem()).isEqualTo(TranscriptProblem.INCONSISTENT_SOURCES));
    }

    // ---- PRINCIPAL_DECIDES ----

    /** The followed student's grade-9 page (2025-2026): a student with a disability, every score 3. */
    static TranscriptYear principalDecidesPage() {
        SchoolRoster roster = SCHOOL_A.get(3);
        String classId = classOfStudent(roster, TranscriptFixtures.STUDENT.id());
        SecondaryYear y = TranscriptFixtures.year(roster, classId, TranscriptFixtures.STUDENT.id(),
                x -> new String[] {"3", "3"});
        SecondaryYear disabled = new SecondaryYear(y.studentId(), y.level(), y.grade(), y.year(), y.subjects(),
                y.conductFirst(), y.conductSecond(), y.absences(), Optional.empty(), true);
        return TranscriptYear.fromSecondary(TranscriptFixtures.assess(disabled), roster, classId, confirmation(roster));
    }

    static Transcript uptoPrincipalDecides() {
        Transcript t = Transcript.open(TranscriptFixtures.STUDENT, EducationLevel.LOWER_SECONDARY,
                SCHOOL_A.get(0).school());
        for (int i = 0; i < 3; i++) {
            t = t.withYear(TranscriptFixtures.pageA(i));
        }
        return t.withYear(principalDecidesPage());
    }

    static Signatory principal() {
        return Signatory.from(staffWith(SCHOOL_A.get(3), StaffRole.PRINCIPAL));
    }

    @Test
    void closingWithoutThePrincipalsDecisionIsATypedError() {
        Transcript t = uptoPrincipalDecides();
        assertThat(t.years().get(3).promotion()).isEqualTo(PromotionStatus.PRINCIPAL_DECIDES);
        assertThatThrownBy(() -> t.close(LocalDate.of(2026, 6, 15)))
                .isInstanceOfSatisfying(TranscriptException.class, e -> {
                    assertThat(e.problem()).isEqualTo(TranscriptProblem.PRINCIPAL_DECISION);
                    assertThat(e.code()).isEqualTo("TRANSCRIPT_PRINCIPAL_DECISION");
                });
    }

    @Test
    void closingWithThePrincipalsPromotionSucceedsAndRecordsWhoWhenAndWhat() {
        PrincipalDecision d = new PrincipalDecision(principal(), LocalDate.of(2026, 6, 10), PromotionStatus.PROMOTED);
        Transcript closed = uptoPrincipalDecides().close(LocalDate.of(2026, 6, 15), d);
        assertThat(closed.closing()).hasValueSatisfying(c -> {
            assertThat(c.principalDecision()).contains(d);
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 6, 15));
        });
        assertThat(RecordsJson.read(RecordsJson.write(closed), Transcript.class)).isEqualTo(closed);
    }

    @Test
    void aDecisionNotToPromoteDoesNotCompleteTheLevel() {
        PrincipalDecision d = new PrincipalDecision(principal(), LocalDate.of(2026, 6, 10),
                PromotionStatus.NOT_PROMOTED);
        assertThatThrownBy(() -> uptoPrincipalDecides().close(LocalDate.of(2026, 6, 15), d))
                .isInstanceOfSatisfying(TranscriptException.class,
                        e -> assertThat(e.problem()).isEqualTo(TranscriptProblem.LEVEL_NOT_COMPLETED));
    }

    @Test
    void aDecisionOutsideThePageAndTheClosingOrNotAskedForIsRefused() {
        Transcript t = uptoPrincipalDecides();
        PrincipalDecision late = new PrincipalDecision(principal(), LocalDate.of(2026, 6, 20), PromotionStatus.PROMOTED);
        assertThatThrownBy(() -> t.close(LocalDate.of(2026, 6, 15), late))
                .isInstanceOfSatisfying(TranscriptException.class,
                        e -> assertThat(e.problem()).isEqualTo(TranscriptProblem.PRINCIPAL_DECISION));
        PrincipalDecision early = new PrincipalDecision(principal(), LocalDate.of(2026, 5, 1), PromotionStatus.PROMOTED);
        assertThatThrownBy(() -> t.close(LocalDate.of(2026, 6, 15), early))
                .isInstanceOfSatisfying(TranscriptException.class,
                        e -> assertThat(e.problem()).isEqualTo(TranscriptProblem.PRINCIPAL_DECISION));
        Transcript promoted = Transcript.open(TranscriptFixtures.STUDENT, EducationLevel.LOWER_SECONDARY,
                SCHOOL_A.get(0).school());
        for (int i = 0; i < 4; i++) {
            promoted = promoted.withYear(TranscriptFixtures.pageA(i));
        }
        Transcript full = promoted;
        PrincipalDecision unasked = new PrincipalDecision(principal(), LocalDate.of(2026, 6, 1), PromotionStatus.PROMOTED);
        assertThatThrownBy(() -> full.close(LocalDate.of(2026, 6, 15), unasked))
                .isInstanceOfSatisfying(TranscriptException.class,
                        e -> assertThat(e.problem()).isEqualTo(TranscriptProblem.PRINCIPAL_DECISION));
        assertThat(full.close(LocalDate.of(2026, 6, 15)).closing()).hasValueSatisfying(
                c -> assertThat(c.principalDecision()).isEmpty());
    }

    @Test
    void aDecisionOtherThanPromotedOrNotIsInvalid() {
        assertThatThrownBy(() -> new PrincipalDecision(principal(), LocalDate.of(2026, 6, 10),
                PromotionStatus.SUMMER_REASSESSMENT))
                .isInstanceOf(vn.schoolrecords.core.InvalidValueException.class);
    }
}
