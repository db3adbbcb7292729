package vn.schoolrecords.core.transcript.digital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.WorkingCalendar;
import vn.schoolrecords.core.transcript.Signature;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.transcript.TranscriptYear;

/**
 * Correction requests (yêu cầu chỉnh lý) of an issued học bạ số: logged with their due date
 * 10 working days later (TT 70/2026 Điều 22 khoản 8), resolved by the re-issue after the recall
 * that answers them or by a decline, on time or late; overdue ones are reported, never refused.
 */
class CorrectionRequestTest {

    static final SchoolYear Y1 = DigitalRecordTest.Y1;
    /** Friday 28 August 2026, 10:00 in Vietnam: the Friday before 2 September. */
    static final Instant FRIDAY_BEFORE_2_SEPTEMBER = Instant.parse("2026-08-28T03:00:00Z");
    /** The built-in holidays and, as an example of the government's announcement, Tuesday 1 September off. */
    static final WorkingCalendar CALENDAR_2026 = WorkingCalendar.LABOUR_CODE_2019.withDaysOff(List.of(LocalDate.of(2026, 9, 1)));
    static final UUID NEW_CODE = DigitalTranscriptFixtures.uuid4(31, 32);

    private final List<AuditEntry<DigitalRecordEvent>> log = new ArrayList<>();
    private DigitalRecord state;

    private DigitalRecordDecision run(DigitalRecordCommand c, StaffRole role, Instant at) {
        DigitalRecordDecision d = state.handle(c, "ACTOR", role, at, LockPolicy.TT70_2026);
        assertThat(d.entries().get(0).previous()).isEqualTo(state.head());
        log.addAll(d.entries());
        state = d.record();
        return d;
    }

    private DigitalRecordDecision signAndIssue(Instant at) {
        TranscriptYear page = state.current().transcript().page(Y1).orElseThrow();
        run(new DigitalRecordCommand.Sign(Y1, Signature.of(page.confirmedBy().staffId(),
                SigningPart.page(SigningRole.PRINCIPAL), at, "p")), StaffRole.PRINCIPAL, at);
        return run(new DigitalRecordCommand.Issue(Y1, Signature.of(page.school().code(),
                SigningPart.page(SigningRole.SCHOOL_SEAL), at, "s"), "Sở GDĐT"), StaffRole.CLERK, at);
    }

    /** Created in June 2023 and issued; then a request on the Friday before 2 September 2026. */
    private void issuedAndRequested() {
        DigitalRecordDecision d = DigitalRecord.create(DigitalTranscript.of(DigitalRecordTest.firstYearOnly(),
                DigitalRecordTest.FIRST_CODE, Instant.parse("2023-06-20T02:00:00Z")), SigningPolicy.MOET_PILOT_V1, "VT",
                StaffRole.CLERK, Instant.parse("2023-06-20T02:00:00Z"));
        log.addAll(d.entries());
        state = d.record();
        signAndIssue(Instant.parse("2023-06-25T03:00:00Z"));
        run(new DigitalRecordCommand.RequestCorrection("Phụ huynh Nguyễn Văn Bình", "Sai ngày sinh", CALENDAR_2026),
                StaffRole.CLERK, FRIDAY_BEFORE_2_SEPTEMBER);
    }

    private static Instant vietnam(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atOffset(DigitalTranscript.VIETNAM).toInstant();
    }

    @Test
    void aRequestOnTheFridayBefore2SeptemberIsDueTenWorkingDaysLater() {
        issuedAndRequested();

        CorrectionRequest r = state.correction(1).orElseThrow();
        // Mon 31/8 (1), [Tue 1/9 announced, Wed 2/9 Quốc khánh], Thu 3/9 (2) … Tue 15/9 (10)
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(r.receivedAt()).isEqualTo(FRIDAY_BEFORE_2_SEPTEMBER);
        assertThat(r.requester()).isEqualTo("Phụ huynh Nguyễn Văn Bình");
        assertThat(r.isOpen()).isTrue();
        DigitalRecordEvent.CorrectionRequested logged = (DigitalRecordEvent.CorrectionRequested) log.get(log.size() - 1).event();
        assertThat(logged.dueDate()).isEqualTo(r.dueDate());
        assertThat(logged.reason()).isEqualTo("Sai ngày sinh");
        assertThat(logged.at()).isEqualTo(FRIDAY_BEFORE_2_SEPTEMBER);
    }

    @Test
    void anOpenRequestIsOverdueFromTheDayAfterItsDueDate() {
        issuedAndRequested();

        assertThat(state.overdueCorrections(vietnam("2026-09-15T23:59:59"))).isEmpty();
        assertThat(state.overdueCorrections(vietnam("2026-09-16T00:00:00"))).extracting(CorrectionRequest::number)
                .containsExactly(1);
    }

    @Test
    void theReissueAfterTheRecallResolvesTheRequestOnTime() {
        issuedAndRequested();
        run(new DigitalRecordCommand.Recall("Sai ngày sinh", "QĐ 12/QĐ-SGDĐT", Set.of(1)), StaffRole.PRINCIPAL,
                vietnam("2026-09-03T09:00:00"));
        assertThat(state.correction(1).orElseThrow().inProgress()).isTrue();
        run(new DigitalRecordCommand.Recreate(NEW_CODE, state.current().transcript()), StaffRole.CLERK,
                vietnam("2026-09-04T09:00:00"));

        DigitalRecordDecision reissue = signAndIssue(vietnam("2026-09-15T16:00:00"));

        assertThat(reissue.entries()).extracting(AuditEntry::event).hasExactlyElementsOfTypes(
                DigitalRecordEvent.Issued.class, DigitalRecordEvent.CorrectionResolved.class);
        var resolved = (DigitalRecordEvent.CorrectionResolved) reissue.entries().get(1).event();
        assertThat(resolved.onTime()).isTrue();
        assertThat(resolved.outcome()).isEqualTo(CorrectionOutcome.REISSUED);
        assertThat(resolved.detail()).isEqualTo(NEW_CODE.toString());
        CorrectionRequest r = state.correction(1).orElseThrow();
        assertThat(r.isOpen()).isFalse();
        assertThat(r.resolution().orElseThrow().onTime()).isTrue();
        assertThat(state.overdueCorrections(vietnam("2026-12-01T00:00:00"))).isEmpty();
        assertThat(DigitalRecord.replay(log)).isEqualTo(state);
    }

    @Test
    void aLateCorrectionIsStillMadeAndRecordedAsLate() {
        issuedAndRequested();
        run(new DigitalRecordCommand.Recall("Sai ngày sinh", "QĐ 12/QĐ-SGDĐT", Set.of(1)), StaffRole.PRINCIPAL,
                vietnam("2026-09-14T09:00:00"));
        run(new DigitalRecordCommand.Recreate(NEW_CODE, state.current().transcript()), StaffRole.CLERK,
                vietnam("2026-09-16T08:00:00"));
        assertThat(state.overdueCorrections(vietnam("2026-09-16T08:00:00"))).hasSize(1);

        DigitalRecordDecision reissue = signAndIssue(vietnam("2026-09-16T09:00:00"));

        var resolved = (DigitalRecordEvent.CorrectionResolved) reissue.entries().get(1).event();
        assertThat(resolved.onTime()).isFalse();
        assertThat(resolved.dueDate()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(state.status()).isEqualTo(RecordStatus.ISSUED);
        assertThat(state.overdueCorrections(vietnam("2026-09-16T10:00:00"))).isEmpty();
        assertThat(DigitalRecord.replay(log)).isEqualTo(state);
    }

    @Test
    void aRequestNotNamedByTheRecallStaysOpenAndIsDeclinedSeparately() {
        issuedAndRequested();
        run(new DigitalRecordCommand.Recall("Sai ngày sinh", "QĐ 12", Set.of(1)), StaffRole.PRINCIPAL,
                vietnam("2026-09-03T09:00:00"));
        // received while the record is recalled: still recorded
        run(new DigitalRecordCommand.RequestCorrection("Học sinh", "Sai tên lớp", CALENDAR_2026), StaffRole.CLERK,
                vietnam("2026-09-03T10:00:00"));
        run(new DigitalRecordCommand.Recreate(NEW_CODE, state.current().transcript()), StaffRole.CLERK,
                vietnam("2026-09-04T09:00:00"));
        signAndIssue(vietnam("2026-09-07T09:00:00"));
        assertThat(state.correction(1).orElseThrow().isOpen()).isFalse();
        assertThat(state.correction(2).orElseThrow().isOpen()).isTrue();
        DigitalRecord before = state;

        assertThatThrownBy(() -> before.handle(new DigitalRecordCommand.DeclineCorrection(2, "Không sai"), "VT",
                StaffRole.CLERK, vietnam("2026-09-08T09:00:00"), LockPolicy.TT70_2026))
                .isInstanceOfSatisfying(DigitalRecordException.class,
                        e -> assertThat(e.problem()).isEqualTo(DigitalRecordProblem.ROLE_NOT_PERMITTED));
        run(new DigitalRecordCommand.DeclineCorrection(2, "Tên lớp đúng theo sổ đăng bộ"), StaffRole.PRINCIPAL,
                vietnam("2026-09-08T09:00:00"));

        CorrectionRequest.Resolution declined = state.correction(2).orElseThrow().resolution().orElseThrow();
        assertThat(declined.outcome()).isEqualTo(CorrectionOutcome.DECLINED);
        assertThat(declined.onTime()).isTrue();
        assertThat(DigitalRecord.replay(log)).isEqualTo(state);
    }

    @Test
    void aYearStillBeingBuiltDoesNotHoldTheCorrectionUp() {
        DigitalRecordDecision d = DigitalRecord.create(DigitalTranscript.of(DigitalRecordTest.firstYearOnly(),
                DigitalRecordTest.FIRST_CODE, Instant.parse("2023-06-20T02:00:00Z")), SigningPolicy.MOET_PILOT_V1, "VT",
                StaffRole.CLERK, Instant.parse("2023-06-20T02:00:00Z"));
        log.addAll(d.entries());
        state = d.record();
        signAndIssue(Instant.parse("2023-06-25T03:00:00Z"));
        run(new DigitalRecordCommand.AddYear(DigitalRecordTest.FULL.years().get(1), LockPolicy.Case.REGULAR),
                StaffRole.CLERK, vietnam("2024-05-20T09:00:00"));
        run(new DigitalRecordCommand.RequestCorrection("Học sinh", "Sai điểm lớp 6", CALENDAR_2026), StaffRole.CLERK,
                vietnam("2024-05-21T09:00:00"));
        run(new DigitalRecordCommand.Recall("Sai điểm", "QĐ 3", Set.of(1)), StaffRole.PRINCIPAL,
                vietnam("2024-05-22T09:00:00"));
        assertThat(state.awaitingReissue()).containsExactly(Y1);
        run(new DigitalRecordCommand.Recreate(NEW_CODE, state.current().transcript()), StaffRole.CLERK,
                vietnam("2024-05-23T09:00:00"));

        DigitalRecordDecision reissue = signAndIssue(vietnam("2024-05-24T09:00:00"));

        assertThat(state.status()).isEqualTo(RecordStatus.OPEN);
        assertThat(reissue.entries()).hasSize(2);
        assertThat(state.correction(1).orElseThrow().resolution().orElseThrow().onTime()).isTrue();
        assertThat(DigitalRecord.replay(log)).isEqualTo(state);
    }

    @Test
    void onlyAnOpenUnansweredRequestCanBeAnsweredAndOnlyAnIssuedRecordCorrected() {
        issuedAndRequested();
        DigitalRecord issued = state;
        for (DigitalRecordCommand c : List.of(new DigitalRecordCommand.Recall("x", "y", Set.of(2)),
                new DigitalRecordCommand.DeclineCorrection(7, "x"))) {
            assertThatThrownBy(() -> issued.handle(c, "HT", StaffRole.PRINCIPAL, vietnam("2026-09-03T09:00:00"),
                    LockPolicy.TT70_2026)).isInstanceOfSatisfying(DigitalRecordException.class, e -> {
                        assertThat(e.problem()).isEqualTo(DigitalRecordProblem.CORRECTION_NOT_OPEN);
                        assertThat(e.code()).isEqualTo("DIGITAL_TRANSCRIPT_CORRECTION_NOT_OPEN");
                    });
        }
        run(new DigitalRecordCommand.Recall("Sai ngày sinh", "QĐ 12", Set.of(1)), StaffRole.PRINCIPAL,
                vietnam("2026-09-03T09:00:00"));
        DigitalRecord recalled = state;
        // the recall is answering it: not declined meanwhile
        assertThatThrownBy(() -> recalled.handle(new DigitalRecordCommand.DeclineCorrection(1, "x"), "HT",
                StaffRole.PRINCIPAL, vietnam("2026-09-03T10:00:00"), LockPolicy.TT70_2026))
                .isInstanceOfSatisfying(DigitalRecordException.class,
                        e -> assertThat(e.problem()).isEqualTo(DigitalRecordProblem.CORRECTION_NOT_OPEN));

        DigitalRecord fresh = DigitalRecord.create(DigitalTranscript.of(DigitalRecordTest.firstYearOnly(),
                DigitalRecordTest.FIRST_CODE, Instant.parse("2023-06-20T02:00:00Z")), SigningPolicy.MOET_PILOT_V1, "VT",
                StaffRole.CLERK, Instant.parse("2023-06-20T02:00:00Z")).record();
        assertThatThrownBy(() -> fresh.handle(new DigitalRecordCommand.RequestCorrection("A", "B", CALENDAR_2026), "VT",
                StaffRole.CLERK, FRIDAY_BEFORE_2_SEPTEMBER, LockPolicy.TT70_2026))
                .isInstanceOfSatisfying(DigitalRecordException.class,
                        e -> assertThat(e.problem()).isEqualTo(DigitalRecordProblem.NOT_ISSUED));
    }
}
