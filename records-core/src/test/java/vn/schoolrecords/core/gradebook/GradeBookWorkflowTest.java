package vn.schoolrecords.core.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.ADMIN;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.HOMEROOM;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.MATHS;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.OTHER_TEACHER;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.POLICY;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.PRINCIPAL;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.VICE_PRINCIPAL;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.score;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.toan;
import static vn.schoolrecords.core.gradebook.GradeBookFixture.vietnam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.gradebook.GradeBookCommand.ApproveCorrection;
import vn.schoolrecords.core.gradebook.GradeBookCommand.ApproveResults;
import vn.schoolrecords.core.gradebook.GradeBookCommand.ConfirmCorrection;
import vn.schoolrecords.core.gradebook.GradeBookCommand.EditConduct;
import vn.schoolrecords.core.gradebook.GradeBookCommand.EditMark;
import vn.schoolrecords.core.gradebook.GradeBookCommand.EnterConduct;
import vn.schoolrecords.core.gradebook.GradeBookCommand.EnterMark;
import vn.schoolrecords.core.gradebook.GradeBookCommand.LockTerm;
import vn.schoolrecords.core.gradebook.GradeBookCommand.RejectCorrection;
import vn.schoolrecords.core.gradebook.GradeBookCommand.RequestCorrection;
import vn.schoolrecords.core.gradebook.GradeBookCommand.UnlockTerm;
import vn.schoolrecords.core.gradebook.GradeBookFixture.Journal;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.Term;

class GradeBookWorkflowTest {

    private static final MarkCell CELL = toan("HS01", Term.FIRST, AssessmentKind.REGULAR, 0);
    private static final MarkCell END = toan("HS01", Term.FIRST, AssessmentKind.END_OF_TERM, 0);
    private static final Evidence PAPER = Evidence.testPaper("Bài kiểm tra 15 phút, lưu tại tổ Toán");

    private static Journal withFirstMark() {
        Journal j = Journal.start();
        return j.then(new EnterMark(MATHS, j.v(), CELL, score("6.5")));
    }

    private static EditMark edit(Journal j, Mark mark) {
        return new EditMark(MATHS, j.v(), CELL, mark, "Nhập nhầm cột", Optional.of(PAPER));
    }

    private static void assertRejectedUnchanged(Journal j, GradeBookCommand c, Instant at, String code) {
        GradeBook before = j.book();
        assertThatThrownBy(() -> GradeBookWorkflow.decide(before, c, at, POLICY))
                .isInstanceOf(RecordsException.class)
                .satisfies(e -> assertThat(((RecordsException) e).code()).isEqualTo(code));
        assertThat(j.book()).isEqualTo(before);
        assertThat(j.log().replay()).isEqualTo(before);
    }

    @Test
    void openingTakesSubjectsTeachersAndStudentsFromTheRoster() {
        GradeBook book = GradeBookFixture.opened().book();
        assertThat(book.version()).isEqualTo(1);
        assertThat(book.studentIds()).containsExactly("HS01", "HS02", "HS03");
        assertThat(book.subject("TOAN").orElseThrow().teacherId()).isEqualTo("GV01");
        // TT 22/2021 Điều 6.2: 105 periods → 4 regular assessments, 35 periods → 2
        assertThat(book.subject("TOAN").orElseThrow().regularPerTerm()).isEqualTo(4);
        assertThat(book.subject("GDTC").orElseThrow().regularPerTerm()).isEqualTo(2);
        assertThat(book.term(Term.FIRST).status()).isEqualTo(TermStatus.OPEN);
        assertThat(book.homeroomTeacherId()).isEqualTo("GV02");
    }

    @Test
    void onlyThePrincipalOpensAGradeBook() {
        assertThatThrownBy(() -> GradeBookWorkflow.open(GradeBookFixture.roster(), "2024-10A1", ADMIN,
                GradeBookFixture.OPENED_AT)).isInstanceOf(ActionNotPermittedException.class);
        assertThatThrownBy(() -> GradeBookWorkflow.open(GradeBookFixture.roster(), "2024-10B9", PRINCIPAL,
                GradeBookFixture.OPENED_AT)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void firstEntryIsFreeEvenAfterTheDeadline() {
        Journal j = Journal.start();
        Journal later = j.then(new EnterMark(MATHS, j.v(), END, score("8")), vietnam(2024, 12, 24, 9, 0));
        assertThat(later.book().mark(END)).contains(score("8.0"));
    }

    @ParameterizedTest(name = "{0} {1}:{2} Vietnam time → allowed {3}")
    @CsvSource({
        "2024-12-15, 10, 0, true",   // the day before the last day
        "2024-12-16, 23, 59, true",  // the last day: 23 Dec − 1 week, inclusive
        "2024-12-17, 0, 0, false",   // the day after (still 16 Dec in UTC)
        "2024-12-17, 9, 0, false"})
    void directEditIsAllowedUpToOneWeekBeforeTheEndOfTermAssessment(LocalDate day, int hour, int minute,
            boolean allowed) {
        Journal j = withFirstMark();
        Instant at = vietnam(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), hour, minute);
        if (allowed) {
            Journal after = j.then(edit(j, score("7.5")), at);
            assertThat(after.book().mark(CELL)).contains(score("7.5"));
            GradeBookEvent.MarkEdited e = (GradeBookEvent.MarkEdited) after.log().entries().get(2).event();
            assertThat(e.oldMark()).isEqualTo(score("6.5"));
            assertThat(e.newMark()).isEqualTo(score("7.5"));
            assertThat(e.reason()).isEqualTo("Nhập nhầm cột");
            assertThat(e.evidence()).isEqualTo(PAPER);
        } else {
            assertRejectedUnchanged(j, edit(j, score("7.5")), at, "EDIT_DEADLINE_PASSED");
            assertThatThrownBy(() -> GradeBookWorkflow.decide(j.book(), edit(j, score("7.5")), at, POLICY))
                    .isInstanceOfSatisfying(EditDeadlinePassedException.class,
                            e -> assertThat(e.deadline()).isEqualTo(LocalDate.of(2024, 12, 16)));
        }
    }

    @Test
    void semesterTwoHasItsOwnDeadline() {
        Journal j = Journal.start();
        MarkCell c2 = toan("HS02", Term.SECOND, AssessmentKind.PERIODIC, 0);
        j = j.then(new EnterMark(MATHS, j.v(), c2, score("5")));
        // semester II assessment 5 May 2025 → last day 28 April 2025
        Journal ok = j.then(new EditMark(MATHS, j.v(), c2, score("6"), "Cộng sai", Optional.of(PAPER)),
                vietnam(2025, 4, 28, 17, 0));
        assertThat(ok.book().mark(c2)).contains(score("6"));
        assertRejectedUnchanged(j, new EditMark(MATHS, j.v(), c2, score("6"), "Cộng sai", Optional.of(PAPER)),
                vietnam(2025, 4, 29, 7, 0), "EDIT_DEADLINE_PASSED");
    }

    @Test
    void aSchoolMayChangeTheDeadline() {
        EditPolicy threeDays = POLICY.withDeadlineBeforeAssessment(Period.ofDays(3));
        assertThat(threeDays.editDeadline(Term.FIRST)).isEqualTo(LocalDate.of(2024, 12, 20));
        Journal j = withFirstMark();
        GradeBookDecision d = GradeBookWorkflow.decide(j.book(), edit(j, score("7")), vietnam(2024, 12, 20, 12, 0),
                threeDays);
        assertThat(d.book().mark(CELL)).contains(score("7"));
    }

    @Test
    void decisionsReadTheGivenClockOnce() {
        Journal j = withFirstMark();
        Clock late = Clock.fixed(vietnam(2024, 12, 18, 8, 0), ZoneOffset.UTC);
        assertThatThrownBy(() -> GradeBookWorkflow.decide(j.book(), edit(j, score("7")), late, POLICY))
                .isInstanceOf(EditDeadlinePassedException.class);
    }

    @Test
    void anEndOfTermScoreIsChangedOnlyThroughACorrectionRequestEvenBeforeTheDeadline() {
        Journal j = Journal.start();
        j = j.then(new EnterMark(MATHS, j.v(), END, score("4")));
        assertRejectedUnchanged(j, new EditMark(MATHS, j.v(), END, score("5"), "Chấm sót câu 3", Optional.of(PAPER)),
                vietnam(2024, 10, 1, 8, 0), "CORRECTION_REQUIRED");
    }

    @Test
    void anEditWithoutReasonOrEvidenceIsRejected() {
        Journal j = withFirstMark();
        Instant before = vietnam(2024, 11, 1, 8, 0);
        assertRejectedUnchanged(j, new EditMark(MATHS, j.v(), CELL, score("7"), "  ", Optional.of(PAPER)), before,
                "EVIDENCE_REQUIRED");
        assertRejectedUnchanged(j, new EditMark(MATHS, j.v(), CELL, score("7"), "Nhập nhầm", Optional.empty()), before,
                "EVIDENCE_REQUIRED");
    }

    @Test
    void anOralConfirmationIsSignedByTheStudentConcernedAndAnotherStudentOfTheClass() {
        Journal j = withFirstMark();
        Instant before = vietnam(2024, 11, 1, 8, 0);
        Evidence others = Evidence.oralConfirmation("Biên bản xác nhận điểm miệng số 3", "HS02", "HS03");
        assertRejectedUnchanged(j, new EditMark(MATHS, j.v(), CELL, score("7"), "Nhập nhầm", Optional.of(others)), before,
                "EVIDENCE_REQUIRED");
        Evidence outsider = Evidence.oralConfirmation("Biên bản số 4", "HS01", "HS99");
        assertRejectedUnchanged(j, new EditMark(MATHS, j.v(), CELL, score("7"), "Nhập nhầm", Optional.of(outsider)),
                before, "EVIDENCE_REQUIRED");
        Evidence good = Evidence.oralConfirmation("Biên bản số 5", "HS01", "HS03");
        assertThat(j.then(new EditMark(MATHS, j.v(), CELL, score("7"), "Nhập nhầm", Optional.of(good)), before)
                .book().mark(CELL)).contains(score("7"));
        assertThatThrownBy(() -> Evidence.oralConfirmation("Biên bản", "HS01", "HS01"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void nobodyButTheTeacherOfRecordWritesASubjectsMarks() {
        Journal j = Journal.start();
        for (Staff intruder : new Staff[] {OTHER_TEACHER, ADMIN, PRINCIPAL, HOMEROOM, VICE_PRINCIPAL}) {
            assertRejectedUnchanged(j, new EnterMark(intruder, j.v(), CELL, score("9")), j.at(), "NOT_TEACHER_OF_RECORD");
        }
        Journal k = withFirstMark();
        assertRejectedUnchanged(k, new RequestCorrection(OTHER_TEACHER, k.v(), CELL, score("9"), "Chấm lại",
                Optional.of(PAPER)), k.at(), "NOT_TEACHER_OF_RECORD");
    }

    @Test
    void onlyTheHomeroomTeacherEntersConduct() {
        Journal j = Journal.start();
        assertRejectedUnchanged(j, new EnterConduct(MATHS, j.v(), "HS01", Term.FIRST, AchievementLevel.GOOD), j.at(),
                "ACTION_NOT_PERMITTED");
        assertRejectedUnchanged(j, new EnterConduct(ADMIN, j.v(), "HS01", Term.FIRST, AchievementLevel.GOOD), j.at(),
                "ACTION_NOT_PERMITTED");
        Journal k = j.then(new EnterConduct(HOMEROOM, j.v(), "HS01", Term.FIRST, AchievementLevel.FAIR));
        assertThat(k.book().conduct("HS01", Term.FIRST)).contains(AchievementLevel.FAIR);
        assertRejectedUnchanged(k, new EditConduct(HOMEROOM, k.v(), "HS01", Term.FIRST, AchievementLevel.GOOD, "",
                Optional.of(PAPER)), k.at(), "EVIDENCE_REQUIRED");
    }

    @Test
    void badInputIsATypedErrorAndChangesNothing() {
        Journal j = withFirstMark();
        assertRejectedUnchanged(j, new EnterMark(MATHS, j.v(), toan("HS99", Term.FIRST, AssessmentKind.REGULAR, 0),
                score("5")), j.at(), "INVALID_VALUE");
        assertRejectedUnchanged(j, new EnterMark(MATHS, j.v(), toan("HS01", Term.FIRST, AssessmentKind.REGULAR, 4),
                score("5")), j.at(), "INVALID_VALUE");
        assertRejectedUnchanged(j, new EnterMark(MATHS, j.v(), toan("HS01", Term.FIRST, AssessmentKind.PERIODIC, 0),
                CommentResult.PASS), j.at(), "INVALID_VALUE");
        assertRejectedUnchanged(j, new EnterMark(MATHS, j.v(), MarkCell.of("HS01", "HOA", Term.FIRST,
                AssessmentKind.REGULAR, 0), score("5")), j.at(), "INVALID_VALUE");
        assertRejectedUnchanged(j, new EnterMark(MATHS, j.v(), CELL, score("5")), j.at(), "INVALID_TRANSITION");
        // a score out of range never becomes a command
        assertThatThrownBy(() -> score("10.5")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> score("7.25")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aLockedSemesterRefusesEntriesAndEditsButNotTheOtherSemester() {
        Journal j = withFirstMark();
        j = j.then(new LockTerm(ADMIN, j.v(), Term.FIRST));
        assertThat(j.book().term(Term.FIRST).status()).isEqualTo(TermStatus.LOCKED);
        assertRejectedUnchanged(j, edit(j, score("7")), vietnam(2024, 11, 1, 8, 0), "GRADEBOOK_LOCKED");
        assertRejectedUnchanged(j, new EnterMark(MATHS, j.v(), toan("HS02", Term.FIRST, AssessmentKind.REGULAR, 0),
                score("7")), j.at(), "GRADEBOOK_LOCKED");
        assertRejectedUnchanged(j, new EnterConduct(HOMEROOM, j.v(), "HS01", Term.FIRST, AchievementLevel.GOOD), j.at(),
                "GRADEBOOK_LOCKED");
        Journal k = j.then(new EnterMark(MATHS, j.v(), toan("HS02", Term.SECOND, AssessmentKind.REGULAR, 0), score("7")));
        assertThat(k.book().version()).isEqualTo(j.v() + 1);
    }

    @Test
    void onlyThePrincipalUnlocksAndTheSealRemainsTheLocksHash() {
        Journal j = withFirstMark();
        j = j.then(new LockTerm(PRINCIPAL, j.v(), Term.FIRST));
        assertThat(j.book().seal(Term.FIRST)).contains(j.log().head());
        assertRejectedUnchanged(j, new UnlockTerm(ADMIN, j.v(), Term.FIRST, "Thanh tra yêu cầu"), j.at(),
                "ACTION_NOT_PERMITTED");
        assertRejectedUnchanged(j, new LockTerm(MATHS, j.v(), Term.SECOND), j.at(), "ACTION_NOT_PERMITTED");
        var sealed = j.log().head();
        Journal k = j.then(new UnlockTerm(PRINCIPAL, j.v(), Term.FIRST, "Bổ sung điểm kiểm tra lại"));
        assertThat(k.book().term(Term.FIRST).status()).isEqualTo(TermStatus.OPEN);
        assertThat(k.book().seal(Term.FIRST)).contains(sealed);
    }

    @Test
    void aCorrectionIsFiledConfirmedAndApprovedEvenWhenLocked() {
        Journal j = Journal.start();
        j = j.then(new EnterMark(MATHS, j.v(), END, score("4")));
        j = j.then(new LockTerm(ADMIN, j.v(), Term.FIRST), vietnam(2024, 12, 30, 8, 0));
        Journal filed = j.then(new RequestCorrection(MATHS, j.v(), END, score("5"), "Cộng sót điểm câu 3",
                Optional.of(PAPER)), vietnam(2025, 1, 3, 8, 0));
        long id = filed.v();
        assertThat(filed.book().correction(id).orElseThrow().status()).isEqualTo(CorrectionStatus.FILED);
        assertThat(filed.book().mark(END)).contains(score("4"));
        // the principal decides only confirmed requests; only the homeroom teacher confirms
        assertRejectedUnchanged(filed, new ApproveCorrection(PRINCIPAL, filed.v(), id, ""), filed.at(),
                "INVALID_TRANSITION");
        assertRejectedUnchanged(filed, new ConfirmCorrection(MATHS, filed.v(), id), filed.at(), "ACTION_NOT_PERMITTED");
        Journal confirmed = filed.then(new ConfirmCorrection(HOMEROOM, filed.v(), id));
        assertRejectedUnchanged(confirmed, new ApproveCorrection(VICE_PRINCIPAL, confirmed.v(), id, ""),
                confirmed.at(), "ACTION_NOT_PERMITTED");
        Journal approved = confirmed.then(new ApproveCorrection(PRINCIPAL, confirmed.v(), id, "Đồng ý"));
        assertThat(approved.book().mark(END)).contains(score("5"));
        assertThat(approved.book().correction(id).orElseThrow().status()).isEqualTo(CorrectionStatus.APPROVED);
        assertThat(approved.book().term(Term.FIRST).status()).isEqualTo(TermStatus.LOCKED);
        assertThat(approved.log().replay()).isEqualTo(approved.book());
    }

    @Test
    void aRejectedCorrectionChangesNothingButItsStatusAndNeedsAComment() {
        Journal j = withFirstMark();
        j = j.then(new RequestCorrection(MATHS, j.v(), CELL, score("9"), "Chấm lại", Optional.of(PAPER)),
                vietnam(2024, 12, 20, 8, 0));
        long id = j.v();
        assertRejectedUnchanged(j, new RejectCorrection(PRINCIPAL, j.v(), id, " "), j.at(), "INVALID_VALUE");
        assertRejectedUnchanged(j, edit(j, score("8")), vietnam(2024, 12, 1, 8, 0), "INVALID_TRANSITION");
        Journal k = j.then(new RejectCorrection(PRINCIPAL, j.v(), id, "Không có minh chứng gốc"));
        assertThat(k.book().mark(CELL)).contains(score("6.5"));
        assertThat(k.book().correction(id).orElseThrow().status()).isEqualTo(CorrectionStatus.REJECTED);
    }

    @Test
    void resultsAreApprovedOnlyWhenEverythingIsEnteredAndApprovalLocksForGood() {
        Journal j = Journal.start();
        j = j.then(new EnterMark(MATHS, j.v(), CELL, score("6")));
        Journal partial = j;
        assertThatThrownBy(() -> GradeBookWorkflow.decide(partial.book(), new ApproveResults(PRINCIPAL, partial.v(),
                Term.FIRST), partial.at(), POLICY)).isInstanceOfSatisfying(ResultsIncompleteException.class, e -> {
                    // 3 students × (4+1+1 Toán + 2+1+1 GDTC) marks + 3 conduct − 1 entered
                    assertThat(e.missing()).hasSize(3 * 10 + 3 - 1);
                    assertThat(e.responsibleStaffIds()).containsExactlyInAnyOrder("GV01", "GV02");
                });
        Journal full = GradeBookFixture.fillSemester(Journal.start(), Term.FIRST);
        assertThat(full.book().missing(Term.FIRST)).isEmpty();
        assertRejectedUnchanged(full, new ApproveResults(VICE_PRINCIPAL, full.v(), Term.FIRST), full.at(),
                "ACTION_NOT_PERMITTED");
        Journal approved = full.then(new ApproveResults(PRINCIPAL, full.v(), Term.FIRST));
        assertThat(approved.book().term(Term.FIRST).status()).isEqualTo(TermStatus.APPROVED);
        assertThat(approved.book().seal(Term.FIRST)).contains(approved.log().head());
        assertRejectedUnchanged(approved, new UnlockTerm(PRINCIPAL, approved.v(), Term.FIRST, "Mở lại"),
                approved.at(), "INVALID_TRANSITION");
        assertRejectedUnchanged(approved, new EnterMark(MATHS, approved.v(),
                toan("HS01", Term.FIRST, AssessmentKind.REGULAR, 0), score("1")), approved.at(), "GRADEBOOK_LOCKED");
        assertRejectedUnchanged(approved, new EditMark(MATHS, approved.v(),
                toan("HS01", Term.FIRST, AssessmentKind.REGULAR, 0), score("1"), "x", Optional.of(PAPER)),
                approved.at(), "GRADEBOOK_LOCKED");
        // semester II also needs the year's conduct
        Journal second = GradeBookFixture.fillSemester(approved, Term.SECOND);
        assertThat(second.book().missing(Term.SECOND)).isEmpty();
        assertThat(second.book().subjectYear("HS02", "TOAN")).isPresent();
        assertThat(second.book().termAssessments("HS02", "TOAN", Term.SECOND))
                .isEqualTo(second.book().subjectYear("HS02", "TOAN").orElseThrow().second());
        assertThat(partial.book().termAssessments("HS01", "TOAN", Term.FIRST)).isEmpty();
        assertThat(second.book().termAssessments("HS99", "TOAN", Term.FIRST)).isEmpty();
        assertThat(second.book().termAssessments("HS01", "NO_SUCH", Term.FIRST)).isEmpty();
        assertThatThrownBy(() -> second.book().termAssessments("HS01", "TOAN", Term.WHOLE_YEAR))
                .isInstanceOf(vn.schoolrecords.core.InvalidValueException.class);
        assertThat(second.book().subjectYear("HS02", "GDTC").orElseThrow().first().orElseThrow().endOfTerm())
                .isEqualTo(CommentResult.PASS);
    }

    @Test
    void aCorrectionAfterApprovalIsResealedByApprovingAgain() {
        Journal j = GradeBookFixture.fillSemester(Journal.start(), Term.FIRST);
        j = j.then(new ApproveResults(PRINCIPAL, j.v(), Term.FIRST));
        var firstSeal = j.book().seal(Term.FIRST).orElseThrow();
        assertRejectedUnchanged(j, new ApproveResults(PRINCIPAL, j.v(), Term.FIRST), j.at(), "INVALID_TRANSITION");
        MarkCell end = toan("HS03", Term.FIRST, AssessmentKind.END_OF_TERM, 0);
        j = j.then(new RequestCorrection(MATHS, j.v(), end, score("6"), "Cộng sót", Optional.of(PAPER)));
        long id = j.v();
        j = j.then(new ConfirmCorrection(HOMEROOM, j.v(), id));
        j = j.then(new ApproveCorrection(PRINCIPAL, j.v(), id, ""));
        assertThat(j.book().seal(Term.FIRST)).contains(firstSeal);
        j = j.then(new ApproveResults(PRINCIPAL, j.v(), Term.FIRST));
        assertThat(j.book().seal(Term.FIRST)).contains(j.log().head()).isNotEqualTo(Optional.of(firstSeal));
    }

    @Test
    void aStaleVersionIsAConflictNamingWhatChanged() {
        Journal j = withFirstMark();
        long seen = j.v();
        Journal other = j.then(new EditMark(MATHS, seen, CELL, score("8"), "Nhập nhầm", Optional.of(PAPER)));
        assertThatThrownBy(() -> GradeBookWorkflow.decide(other.book(), new EnterMark(MATHS, seen,
                toan("HS02", Term.FIRST, AssessmentKind.REGULAR, 0), score("5")), other.at(), POLICY))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("VERSION_CONFLICT");
                    assertThat(e.expectedVersion()).isEqualTo(seen);
                    assertThat(e.actualVersion()).isEqualTo(seen + 1);
                    assertThat(e.changes()).containsExactly("mark HS01/TOAN/FIRST/REGULAR#0 = 8.0 (v3)");
                });
        // appending a decision taken on an old version to a newer log is refused too
        GradeBookDecision stale = GradeBookWorkflow.decide(j.book(), new EnterMark(MATHS, seen,
                toan("HS02", Term.FIRST, AssessmentKind.REGULAR, 0), score("5")), j.at(), POLICY);
        assertThatThrownBy(() -> other.log().append(stale)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void replayOfTheLogRebuildsTheGradeBook() {
        Journal j = GradeBookFixture.fillSemester(Journal.start(), Term.FIRST);
        assertThat(j.log().replay()).isEqualTo(j.book());
        assertThat(j.log().verify()).isEqualTo(j.book().head());
        assertThat(j.log().since(j.v() - 2)).hasSize(2);
    }
}
