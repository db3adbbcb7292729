package vn.schoolrecords.core.transcript.digital;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.WorkingCalendar;
import vn.schoolrecords.core.transcript.Signature;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.transcript.TranscriptYear;

/**
 * Correction requests as properties: the due date is a working day at least twelve days after
 * receipt; a request is overdue exactly when it is open after its due date; the answer records
 * "on time" exactly when it is made by the due date; the answer is never refused for lateness;
 * replay rebuilds the state.
 */
class CorrectionRequestProperties {

    @Property(tries = 150)
    void lateOrNotTheAnswerIsMadeAndRecordsWhetherItWasOnTime(
            @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long receivedSecond,
            @ForAll @IntRange(min = 0, max = 40 * 24) int hoursToAnswer, @ForAll boolean decline) {
        DigitalRecordDecision created = DigitalRecord.create(DigitalTranscript.of(DigitalRecordTest.firstYearOnly(),
                DigitalRecordTest.FIRST_CODE, Instant.parse("2023-06-20T02:00:00Z")), SigningPolicy.MOET_PILOT_V1, "VT",
                StaffRole.CLERK, Instant.parse("2023-06-20T02:00:00Z"));
        List<AuditEntry<DigitalRecordEvent>> log = new ArrayList<>(created.entries());
        DigitalRecord state = created.record();
        TranscriptYear page = state.current().transcript().years().get(0);
        Instant issuedAt = Instant.parse("2023-06-25T03:00:00Z");
        state = step(state, log, new DigitalRecordCommand.Sign(page.year(), Signature.of(page.confirmedBy().staffId(),
                SigningPart.page(SigningRole.PRINCIPAL), issuedAt, "p")), StaffRole.PRINCIPAL, issuedAt);
        state = step(state, log, new DigitalRecordCommand.Issue(page.year(), Signature.of(page.school().code(),
                SigningPart.page(SigningRole.SCHOOL_SEAL), issuedAt, "s"), "Sở"), StaffRole.CLERK, issuedAt);

        Instant received = Instant.ofEpochSecond(receivedSecond);
        state = step(state, log, new DigitalRecordCommand.RequestCorrection("A", "B", WorkingCalendar.LABOUR_CODE_2019),
                StaffRole.CLERK, received);
        LocalDate due = state.correction(1).orElseThrow().dueDate();
        LocalDate receivedDay = received.atOffset(DigitalTranscript.VIETNAM).toLocalDate();
        assertThat(ChronoUnit.DAYS.between(receivedDay, due)).isGreaterThanOrEqualTo(12);
        assertThat(WorkingCalendar.LABOUR_CODE_2019.isWorkingDay(due)).isTrue();

        Instant answer = received.plus(hoursToAnswer, ChronoUnit.HOURS);
        boolean late = answer.atOffset(DigitalTranscript.VIETNAM).toLocalDate().isAfter(due);
        assertThat(state.overdueCorrections(answer)).hasSize(late ? 1 : 0);
        if (decline) {
            state = step(state, log, new DigitalRecordCommand.DeclineCorrection(1, "không sai"), StaffRole.PRINCIPAL, answer);
        } else {
            state = step(state, log, new DigitalRecordCommand.Recall("sai", "QĐ", java.util.Set.of(1)),
                    StaffRole.PRINCIPAL, answer);
            state = step(state, log, new DigitalRecordCommand.Recreate(DigitalTranscriptFixtures.uuid4(receivedSecond, 7),
                    state.current().transcript()), StaffRole.CLERK, answer);
            state = step(state, log, new DigitalRecordCommand.Sign(page.year(), Signature.of(page.confirmedBy().staffId(),
                    SigningPart.page(SigningRole.PRINCIPAL), answer, "p")), StaffRole.PRINCIPAL, answer);
            state = step(state, log, new DigitalRecordCommand.Issue(page.year(), Signature.of(page.school().code(),
                    SigningPart.page(SigningRole.SCHOOL_SEAL), answer, "s"), "Sở"), StaffRole.CLERK, answer);
        }

        CorrectionRequest.Resolution r = state.correction(1).orElseThrow().resolution().orElseThrow();
        assertThat(r.onTime()).isEqualTo(!late);
        assertThat(r.outcome()).isEqualTo(decline ? CorrectionOutcome.DECLINED : CorrectionOutcome.REISSUED);
        assertThat(state.overdueCorrections(answer.plus(400, ChronoUnit.DAYS))).isEmpty();
        assertThat(DigitalRecord.replay(log)).isEqualTo(state);
    }

    private static DigitalRecord step(DigitalRecord state, List<AuditEntry<DigitalRecordEvent>> log,
            DigitalRecordCommand c, StaffRole role, Instant at) {
        DigitalRecordDecision d = state.handle(c, "X", role, at, LockPolicy.TT70_2026);
        log.addAll(d.entries());
        return d.record();
    }
}
