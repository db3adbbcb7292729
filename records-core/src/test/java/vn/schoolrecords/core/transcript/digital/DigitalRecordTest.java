package vn.schoolrecords.core.transcript.digital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.audit.AuditChainBrokenException;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.transcript.Signature;
import vn.schoolrecords.core.transcript.SigningException;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningProblem;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.core.transcript.Transfer;

/** The lifecycle of a học bạ số: lock dates, issue, no edit after issue, recall and re-creation, the log. */
class DigitalRecordTest {

    static final Transcript FULL = SampleTranscripts.secondary(42);
    static final UUID FIRST_CODE = DigitalTranscriptFixtures.uuid4(11, 12);
    static final UUID SECOND_CODE = DigitalTranscriptFixtures.uuid4(21, 22);
    static final SchoolYear Y1 = SchoolYear.of(2022);
    static final SchoolYear Y2 = SchoolYear.of(2023);
    /** 23:59:59 on 30 June 2024 in Vietnam; one second later it is 1 July. */
    static final Instant LAST_SECOND_OF_30_JUNE_2024 = Instant.parse("2024-06-30T16:59:59Z");

    /** Log kept across the steps, as a vendor would store it. */
    private final List<AuditEntry<DigitalRecordEvent>> log = new ArrayList<>();
    private DigitalRecord state;

    /** The sample's first year only, open: the record of grade 6, created in June 2023. */
    static Transcript firstYearOnly() {
        return new Transcript(Transcript.SCHEMA, FULL.student(), FULL.level(), FULL.openedBy(), FULL.years().subList(0, 1),
                List.of(), Optional.empty(), List.of());
    }

    private DigitalRecord create() {
        DigitalRecordDecision d = DigitalRecord.create(
                DigitalTranscript.of(firstYearOnly(), FIRST_CODE, Instant.parse("2023-06-20T02:00:00Z")),
                SigningPolicy.MOET_PILOT_V1, "VT01", StaffRole.CLERK, Instant.parse("2023-06-20T02:00:00Z"));
        log.addAll(d.entries());
        return state = d.record();
    }

    private DigitalRecord run(DigitalRecordCommand c, StaffRole role, Instant at) {
        return run(c, role, at, LockPolicy.TT70_2026);
    }

    private DigitalRecord run(DigitalRecordCommand c, StaffRole role, Instant at, LockPolicy policy) {
        DigitalRecordDecision d = state.handle(c, "ACTOR", role, at, policy);
        assertThat(d.entries()).hasSize(1);
        assertThat(d.entries().get(0).previous()).isEqualTo(state.head());
        log.addAll(d.entries());
        return state = d.record();
    }

    private void signAndIssue(SchoolYear year, Instant at) {
        TranscriptYear page = state.current().transcript().page(year).orElseThrow();
        run(new DigitalRecordCommand.Sign(year, Signature.of(page.confirmedBy().staffId(),
                SigningPart.page(SigningRole.PRINCIPAL), at, "sig-principal-" + year)), StaffRole.PRINCIPAL, at);
        run(new DigitalRecordCommand.Issue(year, Signature.of(page.school().code(),
                SigningPart.page(SigningRole.SCHOOL_SEAL), at.plusSeconds(60), "sig-seal-" + year),
                "Cổng tiếp nhận học bạ số, Sở GDĐT Hà Nội"), StaffRole.CLERK, at.plusSeconds(60));
    }

    @Test
    void signedAndIssuedYearIsIssuedAndLogged() {
        create();
        assertThat(state.status()).isEqualTo(RecordStatus.OPEN);

        signAndIssue(Y1, Instant.parse("2023-06-25T03:00:00Z"));

        assertThat(state.status()).isEqualTo(RecordStatus.ISSUED);
        assertThat(state.plan(Y1).orElseThrow().sealed()).isTrue();
        DigitalRecordEvent.Issued issued = (DigitalRecordEvent.Issued) log.get(log.size() - 1).event();
        assertThat(issued.lookupCode()).isEqualTo(FIRST_CODE);
        assertThat(issued.actorId()).isEqualTo("ACTOR");
        assertThat(issued.recipient()).contains("Cổng tiếp nhận");
        assertThat(issued.at()).isEqualTo(Instant.parse("2023-06-25T03:01:00Z"));
    }

    @Test
    void nextYearIsAcceptedUpToTheLastSecondOf30JuneAndRefusedAfter() {
        create();
        signAndIssue(Y1, Instant.parse("2023-06-25T03:00:00Z"));
        DigitalRecord before = state;
        TranscriptYear page2 = FULL.years().get(1);

        assertThatThrownBy(() -> before.handle(new DigitalRecordCommand.AddYear(page2, LockPolicy.Case.REGULAR), "GV",
                StaffRole.CLERK, LAST_SECOND_OF_30_JUNE_2024.plusSeconds(1), LockPolicy.TT70_2026))
                .isInstanceOfSatisfying(DigitalRecordException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DigitalRecordProblem.DATA_LOCKED);
                    assertThat(e.code()).isEqualTo("DIGITAL_TRANSCRIPT_DATA_LOCKED");
                    assertThat(e.text().vi()).contains("2024-06-30").contains("TT 70/2026");
                });
        assertThat(before.handle(new DigitalRecordCommand.AddYear(page2, LockPolicy.Case.REGULAR), "GV",
                StaffRole.CLERK, LAST_SECOND_OF_30_JUNE_2024, LockPolicy.TT70_2026).record().plans()).hasSize(2);
    }

    @Test
    void changeAfter30JuneIsAcceptedOnlyInTheSpecialCaseUntil30August() {
        create();
        TranscriptYear page2 = FULL.years().get(1);
        Instant july = Instant.parse("2024-07-15T03:00:00Z");
        Instant lastOfAugust30 = Instant.parse("2024-08-30T16:59:59Z");

        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.AddYear(page2, LockPolicy.Case.REGULAR), "GV",
                StaffRole.CLERK, july, LockPolicy.TT70_2026)).isInstanceOf(DigitalRecordException.class);
        assertThat(state.handle(new DigitalRecordCommand.AddYear(page2, LockPolicy.Case.SPECIAL), "GV",
                StaffRole.CLERK, lastOfAugust30, LockPolicy.TT70_2026).record().plans()).hasSize(2);
        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.AddYear(page2, LockPolicy.Case.SPECIAL), "GV",
                StaffRole.CLERK, lastOfAugust30.plusSeconds(1), LockPolicy.TT70_2026))
                .isInstanceOfSatisfying(DigitalRecordException.class,
                        e -> assertThat(e.problem()).isEqualTo(DigitalRecordProblem.DATA_LOCKED));
        // Ho Chi Minh City's special date is 15 August.
        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.AddYear(page2, LockPolicy.Case.SPECIAL), "GV",
                StaffRole.CLERK, Instant.parse("2024-08-16T03:00:00Z"), LockPolicy.HO_CHI_MINH_CITY))
                .isInstanceOf(DigitalRecordException.class);
    }

    @Test
    void issuedYearCannotBeReplacedNorSignedAgain() {
        create();
        signAndIssue(Y1, Instant.parse("2023-06-25T03:00:00Z"));
        TranscriptYear page1 = state.current().transcript().years().get(0);
        Instant stillJune = Instant.parse("2023-06-26T03:00:00Z");

        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.ReplaceYear(page1, LockPolicy.Case.REGULAR),
                "GV", StaffRole.CLERK, stillJune, LockPolicy.TT70_2026))
                .isInstanceOfSatisfying(DigitalRecordException.class,
                        e -> assertThat(e.problem()).isEqualTo(DigitalRecordProblem.ISSUED_NO_EDIT));
        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.Sign(Y1, Signature.of(
                page1.homeroomTeacher().staffId(), SigningPart.page(SigningRole.HOMEROOM_TEACHER), stillJune, "late")),
                "GV", StaffRole.HOMEROOM_TEACHER, stillJune, LockPolicy.TT70_2026))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.problem()).isEqualTo(SigningProblem.AFTER_SEAL));
        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.Issue(Y1, Signature.of(page1.school().code(),
                SigningPart.page(SigningRole.SCHOOL_SEAL), stillJune, "again"), "x"), "VT", StaffRole.CLERK, stillJune,
                LockPolicy.TT70_2026)).isInstanceOf(SigningException.class);
    }

    @Test
    void issueBeforeTheHeadOfSchoolSignedIsRefused() {
        create();
        TranscriptYear page1 = state.current().transcript().years().get(0);
        Instant at = Instant.parse("2023-06-25T03:00:00Z");

        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.Issue(Y1, Signature.of(page1.school().code(),
                SigningPart.page(SigningRole.SCHOOL_SEAL), at, "seal"), "Sở"), "VT", StaffRole.CLERK, at,
                LockPolicy.TT70_2026))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.problem()).isEqualTo(SigningProblem.OUT_OF_ORDER));
        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.Issue(Y1, Signature.of(page1.school().code(),
                SigningPart.page(SigningRole.SCHOOL_SEAL), at, "seal"), "Sở"), "GV", StaffRole.SUBJECT_TEACHER, at,
                LockPolicy.TT70_2026))
                .isInstanceOfSatisfying(DigitalRecordException.class,
                        e -> assertThat(e.problem()).isEqualTo(DigitalRecordProblem.ROLE_NOT_PERMITTED));
    }

    @Test
    void replacingAnUnissuedYearDropsItsSignatures() {
        create();
        TranscriptYear page1 = state.current().transcript().years().get(0);
        Instant at = Instant.parse("2023-06-25T03:00:00Z");
        run(new DigitalRecordCommand.Sign(Y1, Signature.of(page1.confirmedBy().staffId(),
                SigningPart.page(SigningRole.PRINCIPAL), at, "p")), StaffRole.PRINCIPAL, at);
        assertThat(state.plan(Y1).orElseThrow().signatures()).hasSize(1);

        run(new DigitalRecordCommand.ReplaceYear(page1, LockPolicy.Case.REGULAR), StaffRole.CLERK, at.plusSeconds(5));

        assertThat(state.plan(Y1).orElseThrow().signatures()).isEmpty();
    }

    @Test
    void recallAndReissueGivesANewLookupCodeAndKeepsTheOldInTheLog() {
        create();
        signAndIssue(Y1, Instant.parse("2023-06-25T03:00:00Z"));
        Instant later = Instant.parse("2023-10-02T03:00:00Z");

        run(new DigitalRecordCommand.Recall("Sai điểm Toán HK1", "QĐ 12/QĐ-SGDĐT"), StaffRole.PRINCIPAL, later);
        assertThat(state.status()).isEqualTo(RecordStatus.RECALLED);
        assertThat(state.retiredLookupCodes()).containsExactly(FIRST_CODE);
        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.ProvideCopy(IssueKind.EXTRACT, "x", "y"), "VT",
                StaffRole.CLERK, later, LockPolicy.TT70_2026))
                .isInstanceOfSatisfying(DigitalRecordException.class,
                        e -> assertThat(e.problem()).isEqualTo(DigitalRecordProblem.RECALLED));
        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.Recreate(FIRST_CODE, firstYearOnly()), "VT",
                StaffRole.CLERK, later, LockPolicy.TT70_2026))
                .isInstanceOfSatisfying(DigitalRecordException.class,
                        e -> assertThat(e.problem()).isEqualTo(DigitalRecordProblem.LOOKUP_CODE_REUSED));

        run(new DigitalRecordCommand.Recreate(SECOND_CODE, firstYearOnly()), StaffRole.CLERK, later.plusSeconds(60));
        assertThat(state.current().lookupCode()).isEqualTo(SECOND_CODE);
        assertThat(state.status()).isEqualTo(RecordStatus.OPEN);
        assertThat(state.plan(Y1).orElseThrow().signatures()).isEmpty();
        signAndIssue(Y1, later.plusSeconds(120));

        assertThat(state.status()).isEqualTo(RecordStatus.ISSUED);
        assertThat(log).extracting(AuditEntry::event).filteredOn(DigitalRecordEvent.Issued.class::isInstance)
                .map(e -> ((DigitalRecordEvent.Issued) e).lookupCode()).containsExactly(FIRST_CODE, SECOND_CODE);
        assertThat(log).extracting(AuditEntry::event).filteredOn(DigitalRecordEvent.Recalled.class::isInstance)
                .map(e -> ((DigitalRecordEvent.Recalled) e).lookupCode()).containsExactly(FIRST_CODE);
        assertThat(state.retiredLookupCodes()).containsExactly(FIRST_CODE);
        assertThat(DigitalRecord.replay(log)).isEqualTo(state);
    }

    @Test
    void recallOnlyByTheHeadOfSchoolAndOnlyOnceIssued() {
        create();
        Instant at = Instant.parse("2023-06-25T03:00:00Z");

        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.Recall("r", "d"), "HT", StaffRole.PRINCIPAL, at,
                LockPolicy.TT70_2026)).isInstanceOfSatisfying(DigitalRecordException.class,
                        e -> assertThat(e.problem()).isEqualTo(DigitalRecordProblem.NOT_ISSUED));
        signAndIssue(Y1, at);
        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.Recall("r", "d"), "VT", StaffRole.CLERK, at,
                LockPolicy.TT70_2026)).isInstanceOfSatisfying(DigitalRecordException.class,
                        e -> assertThat(e.problem()).isEqualTo(DigitalRecordProblem.ROLE_NOT_PERMITTED));
        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.Recreate(SECOND_CODE, firstYearOnly()), "VT",
                StaffRole.CLERK, at, LockPolicy.TT70_2026)).isInstanceOfSatisfying(DigitalRecordException.class,
                        e -> assertThat(e.problem()).isEqualTo(DigitalRecordProblem.NOT_RECALLED));
    }

    @Test
    void everyCopyAndExtractIsLoggedWithIssuerPurposeAndRecipient() {
        create();
        Instant at = Instant.parse("2023-06-25T03:00:00Z");
        assertThatThrownBy(() -> state.handle(new DigitalRecordCommand.ProvideCopy(IssueKind.ELECTRONIC_COPY, "p", "r"),
                "VT", StaffRole.CLERK, at, LockPolicy.TT70_2026)).isInstanceOfSatisfying(DigitalRecordException.class,
                        e -> assertThat(e.problem()).isEqualTo(DigitalRecordProblem.NOT_ISSUED));
        signAndIssue(Y1, at);

        run(new DigitalRecordCommand.ProvideCopy(IssueKind.EXTRACT, "Hồ sơ tuyển sinh lớp 10", "Trường THPT Chu Văn An"),
                StaffRole.CLERK, at.plusSeconds(3600));

        DigitalRecordEvent.CopyProvided copy = (DigitalRecordEvent.CopyProvided) log.get(log.size() - 1).event();
        assertThat(copy.kind()).isEqualTo(IssueKind.EXTRACT);
        assertThat(copy.purpose()).isEqualTo("Hồ sơ tuyển sinh lớp 10");
        assertThat(copy.recipient()).isEqualTo("Trường THPT Chu Văn An");
        assertThat(copy.actorId()).isEqualTo("ACTOR");
        assertThat(copy.at()).isEqualTo(at.plusSeconds(3600));
        assertThat(copy.lookupCode()).isEqualTo(FIRST_CODE);
    }

    @Test
    void transferCarriesTheRecordToTheReceivingSchool() {
        create();
        signAndIssue(Y1, Instant.parse("2023-06-25T03:00:00Z"));
        School other = School.of("01999001", "Trường THCS Lê Quý Đôn", EnumSet.of(EducationLevel.LOWER_SECONDARY),
                "Hà Nội", Optional.of("quận Đống Đa"), "Phòng Giáo dục và Đào tạo quận Đống Đa");

        run(new DigitalRecordCommand.TransferOut(Transfer.of(LocalDate.of(2023, 8, 10), FULL.openedBy(), other)),
                StaffRole.CLERK, Instant.parse("2023-08-10T03:00:00Z"));

        assertThat(state.holder()).isEqualTo(other);
        assertThat(state.current().lookupCode()).isEqualTo(FIRST_CODE);
        assertThat(DigitalTranscriptXml.read(DigitalTranscriptXml.write(state.current()))).isEqualTo(state.current());
    }

    @Test
    void replayRebuildsTheStateAndATamperedLogIsDetected() {
        create();
        signAndIssue(Y1, Instant.parse("2023-06-25T03:00:00Z"));
        assertThat(DigitalRecord.replay(log)).isEqualTo(state);

        AuditEntry<DigitalRecordEvent> issued = log.get(2);
        DigitalRecordEvent.Issued e = (DigitalRecordEvent.Issued) issued.event();
        List<AuditEntry<DigitalRecordEvent>> tampered = new ArrayList<>(log);
        tampered.set(2, new AuditEntry<>(issued.sequence(), issued.previous(), new DigitalRecordEvent.Issued(
                e.actorId(), e.role(), e.at(), e.year(), e.seal(), e.lookupCode(), "Một người khác"), issued.hash()));

        assertThatThrownBy(() -> DigitalRecord.replay(tampered)).isInstanceOf(AuditChainBrokenException.class);
    }
}
