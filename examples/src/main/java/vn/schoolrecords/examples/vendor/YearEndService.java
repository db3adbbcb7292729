package vn.schoolrecords.examples.vendor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import vn.schoolrecords.core.assessment.Assessments;
import vn.schoolrecords.core.assessment.SecondaryOutcome;
import vn.schoolrecords.core.assessment.SecondaryYear;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.core.transcript.YearConfirmation;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.transcript.SecondaryTranscriptRenderer;
import vn.schoolrecords.pdf.transcript.TranscriptFields;
import vn.schoolrecords.pdf.transcript.TranscriptPrint;
import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.KeySource;
import vn.schoolrecords.signing.SignatureRequest;
import vn.schoolrecords.signing.SignatureService;

/**
 * A vendor's year-end service, embedding the library the way school management software would:
 * it assesses a student's year under the circular that applies, adds the year's page to the
 * transcript (học bạ), prints it, has the principal and the school seal sign it through the
 * vendor's remote signing provider (only hashes leave the service), and stores the signed PDF.
 *
 * <p>The service holds no state of its own beyond its collaborators and reads the time only from
 * its clock, as the library asks. Signing follows the Ministry's pilot policy
 * ({@link SigningPolicy#MOET_PILOT_V1}): the principal, then the seal.
 */
public final class YearEndService {

    private final KeySource principal;
    private final KeySource seal;
    private final Path store;
    private final Clock clock;
    private final SignatureService signatures;

    /**
     * A service.
     *
     * @param principal the principal's remote key
     * @param seal the school's organisation key (con dấu số)
     * @param store the directory signed transcripts are stored in
     * @param clock the service's clock
     */
    public YearEndService(KeySource principal, KeySource seal, Path store, Clock clock) {
        this.principal = Objects.requireNonNull(principal, "principal");
        this.seal = Objects.requireNonNull(seal, "seal");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.signatures = SignatureService.of(clock, CompletionLedger.inMemory());
    }

    /**
     * The year's result, the page added, printed, signed and stored.
     *
     * @param transcript the student's transcript so far (open)
     * @param year the student's year as recorded in the grade book
     * @param roster the school's roster of that year
     * @param classId the student's class
     * @param comment the homeroom teacher's comment for the page
     * @param confirmedOn the day the principal confirms the page, within the school year
     * @return what was issued
     */
    public Issued issueYear(Transcript transcript, SecondaryYear year, SchoolRoster roster, String classId,
            String comment, LocalDate confirmedOn) {
        // 1. Assess, by the rules of the year's regime (TT 22/2021 for the sample).
        SecondaryOutcome outcome = (SecondaryOutcome) Assessments.standard().assess(year);
        String principalId = roster.staff().stream().filter(s -> s.has(vn.schoolrecords.core.school.StaffRole.PRINCIPAL))
                .findFirst().orElseThrow().id();
        TranscriptYear page = TranscriptYear.fromSecondary(outcome, roster, classId,
                new YearConfirmation(comment, principalId, confirmedOn));
        Transcript updated = transcript.withYear(page);

        // 2. Render, with the signature fields of the pilot policy.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new SecondaryTranscriptRenderer().render(updated, TranscriptPrint.original().withPolicy(SigningPolicy.MOET_PILOT_V1),
                PdfOptions.of(clock.instant()), pdf);

        // 3. Sign: the principal, then the seal; only hashes go to the provider.
        byte[] signed = pdf.toByteArray();
        signed = sign(signed, principal, TranscriptFields.name(page.year(), SigningPart.page(SigningRole.PRINCIPAL)),
                "Hiệu trưởng phê duyệt", roster);
        signed = sign(signed, seal, TranscriptFields.name(page.year(), SigningPart.page(SigningRole.SCHOOL_SEAL)),
                "Đóng dấu của nhà trường", roster);

        // 4. Store.
        Path file = store.resolve(updated.student().id()).resolve("hoc-ba-" + page.year() + ".pdf");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, signed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + file, e);
        }
        return new Issued(updated, outcome, file);
    }

    /**
     * What {@link #issueYear} produced.
     *
     * @param transcript the transcript with the new page
     * @param outcome the year's assessment, with its reasons
     * @param pdf the stored, signed PDF
     */
    public record Issued(Transcript transcript, SecondaryOutcome outcome, Path pdf) {
    }

    private byte[] sign(byte[] pdf, KeySource key, String field, String reason, SchoolRoster roster) {
        SignatureRequest request = SignatureRequest.builder(key.certificateChain(), clock.instant()).field(field)
                .reason(reason).location(roster.school().province()).build();
        return signatures.sign(pdf, request, key);
    }
}
