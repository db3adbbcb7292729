package vn.schoolrecords.core.transcript.digital;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.transcript.Signature;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.transcript.TranscriptYear;

/** Lifecycle rules as properties: the lock date, replay = state, lookup codes never reused, no edit after issue. */
class DigitalRecordProperties {

    @Property(tries = 200)
    void aYearIsAcceptedExactlyUpToItsLockDay(@ForAll @IntRange(min = -40, max = 100) int dayOffset,
            @ForAll @IntRange(min = 0, max = 86_399) int secondOfDay, @ForAll LockPolicy.Case lockCase) {
        DigitalRecord record = DigitalRecord.create(DigitalTranscript.of(DigitalRecordTest.firstYearOnly(),
                DigitalRecordTest.FIRST_CODE, Instant.parse("2023-06-20T02:00:00Z")), SigningPolicy.MOET_PILOT_V1,
                "VT", StaffRole.CLERK, Instant.parse("2023-06-20T02:00:00Z")).record();
        LocalDate day = LocalDate.of(2024, 6, 30).plusDays(dayOffset);
        Instant at = day.atTime(LocalTime.ofSecondOfDay(secondOfDay)).atOffset(DigitalTranscript.VIETNAM).toInstant();
        boolean expected = !day.isAfter(lockCase == LockPolicy.Case.SPECIAL ? LocalDate.of(2024, 8, 30)
                : LocalDate.of(2024, 6, 30));
        boolean accepted;
        try {
            record.handle(new DigitalRecordCommand.AddYear(DigitalRecordTest.FULL.years().get(1), lockCase), "VT",
                    StaffRole.CLERK, at, LockPolicy.TT70_2026);
            accepted = true;
        } catch (DigitalRecordException e) {
            assertThat(e.problem()).isEqualTo(DigitalRecordProblem.DATA_LOCKED);
            accepted = false;
        }
        assertThat(accepted).isEqualTo(expected);
    }

    enum Op { SIGN_PRINCIPAL, ISSUE, COPY, RECALL, RECREATE_NEW, RECREATE_OLD, ADD_YEAR, REPLACE_YEAR, REQUEST_CORRECTION,
        RECALL_ANSWERING, DECLINE_CORRECTION }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Arbitraries.of(Op.class).list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 80)
    void anySequenceKeepsTheRules(@ForAll("ops") List<Op> ops, @ForAll long seed) {
        DigitalRecordDecision start = DigitalRecord.create(DigitalTranscript.of(DigitalRecordTest.firstYearOnly(),
                DigitalRecordTest.FIRST_CODE, Instant.parse("2023-06-20T02:00:00Z")), SigningPolicy.MOET_PILOT_V1,
                "VT", StaffRole.CLERK, Instant.parse("2023-06-20T02:00:00Z"));
        DigitalRecord state = start.record();
        List<AuditEntry<DigitalRecordEvent>> log = new ArrayList<>(start.entries());
        Set<UUID> used = new HashSet<>(Set.of(state.current().lookupCode()));
        Instant at = Instant.parse("2023-06-21T02:00:00Z");
        long n = seed;
        for (Op op : ops) {
            at = at.plusSeconds(3600);
            DigitalRecord before = state;
            SchoolYear year = state.plans().get(state.plans().size() - 1).year();
            TranscriptYear page = state.current().transcript().page(year).orElseThrow();
            DigitalRecordCommand c = switch (op) {
                case SIGN_PRINCIPAL -> new DigitalRecordCommand.Sign(year, Signature.of(page.confirmedBy().staffId(),
                        SigningPart.page(SigningRole.PRINCIPAL), at, "p"));
                case ISSUE -> new DigitalRecordCommand.Issue(year, Signature.of(page.school().code(),
                        SigningPart.page(SigningRole.SCHOOL_SEAL), at, "s"), "Sở");
                case COPY -> new DigitalRecordCommand.ProvideCopy(IssueKind.ELECTRONIC_COPY, "xin việc", "ông A");
                case RECALL -> new DigitalRecordCommand.Recall("sai", "QĐ 1");
                case RECREATE_NEW -> new DigitalRecordCommand.Recreate(DigitalTranscriptFixtures.uuid4(n++, n++),
                        state.current().transcript());
                case RECREATE_OLD -> new DigitalRecordCommand.Recreate(DigitalRecordTest.FIRST_CODE,
                        state.current().transcript());
                case ADD_YEAR -> state.plans().size() < 2
                        ? new DigitalRecordCommand.AddYear(DigitalRecordTest.FULL.years().get(1), LockPolicy.Case.SPECIAL)
                        : new DigitalRecordCommand.ProvideCopy(IssueKind.EXTRACT, "hồ sơ", "trường B");
                case REPLACE_YEAR -> new DigitalRecordCommand.ReplaceYear(page, LockPolicy.Case.SPECIAL);
                case REQUEST_CORRECTION -> new DigitalRecordCommand.RequestCorrection("PH", "sai",
                        vn.schoolrecords.core.school.WorkingCalendar.LABOUR_CODE_2019);
                case RECALL_ANSWERING -> new DigitalRecordCommand.Recall("sai", "QĐ 2",
                        Set.of(Math.max(1, state.corrections().size())));
                case DECLINE_CORRECTION -> new DigitalRecordCommand.DeclineCorrection(
                        Math.max(1, state.corrections().size()), "không sai");
            };
            boolean wasIssued = state.plan(year).orElseThrow().sealed();
            try {
                StaffRole role = op == Op.RECALL || op == Op.RECALL_ANSWERING || op == Op.DECLINE_CORRECTION
                        ? StaffRole.PRINCIPAL : StaffRole.CLERK;
                DigitalRecordDecision d = state.handle(c, "X", role, at, LockPolicy.TT70_2026);
                log.addAll(d.entries());
                state = d.record();
                if (op == Op.REPLACE_YEAR) {
                    assertThat(wasIssued).as("an issued year was replaced").isFalse();
                }
                if (c instanceof DigitalRecordCommand.Recreate r) {
                    assertThat(used.add(r.lookupCode())).as("lookup code reused").isTrue();
                }
            } catch (RecordsException refused) {
                assertThat(state).isSameAs(before);
            }
            // a resolved request stays resolved; one in progress belongs to a recall
            for (CorrectionRequest r : before.corrections()) {
                CorrectionRequest now = state.correction(r.number()).orElseThrow();
                if (!r.isOpen()) {
                    assertThat(now).isEqualTo(r);
                }
            }
            if (state.status() == RecordStatus.ISSUED) {
                assertThat(state.corrections()).noneMatch(CorrectionRequest::inProgress);
            }
            if (state.status() != RecordStatus.RECALLED) {
                // a live record never carries a retired code
                assertThat(state.retiredLookupCodes()).doesNotContain(state.current().lookupCode());
            }
        }
        assertThat(DigitalRecord.replay(log)).isEqualTo(state);
    }
}
