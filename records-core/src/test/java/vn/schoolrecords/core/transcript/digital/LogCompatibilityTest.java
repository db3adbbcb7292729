package vn.schoolrecords.core.transcript.digital;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.transcript.Signature;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.transcript.TranscriptYear;

/**
 * A log written before the record's details and correction requests existed keeps its hashes:
 * the hashes below were computed by the library as it was before them (commit 2750e28).
 */
class LogCompatibilityTest {

    static final List<String> HASHES_BEFORE_DETAILS = List.of(
            "1568fb6e8e149e3eef5298a05d70cedf2c93e360f95d70a1afb357f2d10a550a",
            "5e4d832a12a80eeb5faaf94b4f4aeffb9076664ce03ffffe06e595f9cbd87569",
            "97c775647e94e58062e95b1338964fa87fbd864c8d47e75da944b5755e0e050a",
            "894fc807349845bd3414f6f75259ba51a438af3f78bb128c1b7c98de2e05f49d");

    @Test
    void aRecordWithoutDetailsAndARecallAnsweringNoRequestHashAsBefore() {
        assertThat(log().stream().map(e -> e.hash().toString()).toList()).isEqualTo(HASHES_BEFORE_DETAILS);
    }

    static List<AuditEntry<DigitalRecordEvent>> log() {
        Instant t = Instant.parse("2023-06-20T02:00:00Z");
        DigitalRecordDecision d = DigitalRecord.create(DigitalTranscript.of(DigitalRecordTest.firstYearOnly(),
                DigitalRecordTest.FIRST_CODE, t), SigningPolicy.MOET_PILOT_V1, "VT", StaffRole.CLERK, t);
        List<AuditEntry<DigitalRecordEvent>> log = new ArrayList<>(d.entries());
        DigitalRecord state = d.record();
        TranscriptYear page = state.current().transcript().years().get(0);
        List<DigitalRecordCommand> commands = List.of(
                new DigitalRecordCommand.Sign(page.year(), Signature.of(page.confirmedBy().staffId(),
                        SigningPart.page(SigningRole.PRINCIPAL), t.plusSeconds(60), "p")),
                new DigitalRecordCommand.Issue(page.year(), Signature.of(page.school().code(),
                        SigningPart.page(SigningRole.SCHOOL_SEAL), t.plusSeconds(120), "s"), "Sở"),
                new DigitalRecordCommand.Recall("Sai ngày sinh", "QĐ 12"));
        int i = 0;
        for (DigitalRecordCommand c : commands) {
            i++;
            d = state.handle(c, "HT", StaffRole.PRINCIPAL, t.plusSeconds(600L * i), LockPolicy.TT70_2026);
            log.addAll(d.entries());
            state = d.record();
        }
        return log;
    }
}
