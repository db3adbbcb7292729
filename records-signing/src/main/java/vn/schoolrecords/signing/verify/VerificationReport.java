package vn.schoolrecords.signing.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.signing.verify.internal.ReportJson;
import vn.schoolrecords.signing.verify.internal.ReportText;

/**
 * The verification report (báo cáo kiểm tra chữ ký) of a PDF: one {@link SignatureReport} per
 * signature and document timestamp, in the order of the revisions they sign, and a verdict for
 * the whole document. Written as JSON ({@link #toJson()}, schema
 * {@code /vn/schoolrecords/signing/verify/verification-report-1.json}) or as plain text in
 * Vietnamese or English ({@link #text(Locale)}), as TT 15/2025/TT-BKHCN asks verification
 * software to report signer, signing time and integrity in Vietnamese.
 *
 * @param validationTime the time the validation was made at, not null
 * @param documentLength the file's length in bytes
 * @param revisions how many revisions (end-of-file markers) the file has
 * @param signatures the signatures and document timestamps, in revision order, not null
 * @param indication the document's verdict: the worst of its signatures', not null
 * @param subIndication why the document's verdict is not TOTAL_PASSED, not null
 * @param findings document-level checks (revisions, trailing bytes), not null
 */
public record VerificationReport(Instant validationTime, long documentLength, int revisions,
        List<SignatureReport> signatures, Indication indication, Optional<SubIndication> subIndication,
        List<Finding> findings) {

    /** The module resource of the JSON Schema of {@link #toJson()} (draft 2020-12). */
    public static final String JSON_SCHEMA = "/vn/schoolrecords/signing/verify/verification-report-1.json";

    /** Checks presence and copies the lists. */
    public VerificationReport {
        Objects.requireNonNull(validationTime, "validationTime");
        signatures = List.copyOf(signatures);
        Objects.requireNonNull(indication, "indication");
        Objects.requireNonNull(subIndication, "subIndication");
        findings = List.copyOf(findings);
    }

    /** @return true if the document's verdict is {@link Indication#TOTAL_PASSED} */
    public boolean passed() {
        return indication == Indication.TOTAL_PASSED;
    }

    /** @return the signatures only, without document timestamps, not null */
    public List<SignatureReport> signaturesOnly() {
        return signatures.stream().filter(s -> s.kind() == SignatureReport.Kind.SIGNATURE).toList();
    }

    /** @return the document timestamps only, not null */
    public List<SignatureReport> documentTimestamps() {
        return signatures.stream().filter(s -> s.kind() == SignatureReport.Kind.DOCUMENT_TIMESTAMP).toList();
    }

    /**
     * The report as JSON, valid against {@link #JSON_SCHEMA}.
     *
     * @return the JSON text, UTF-8 when encoded, not null
     */
    public String toJson() {
        return ReportJson.write(this);
    }

    /**
     * The JSON Schema of {@link #toJson()}, read from this module (its resources are not open to
     * other modules).
     *
     * @return the schema's text, not null
     */
    public static String jsonSchema() {
        try (InputStream in = VerificationReport.class.getResourceAsStream(JSON_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource is missing: " + JSON_SCHEMA);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report as plain text for people: per signature, the signer, the role, the signing time
     * and whether the document was changed after it.
     *
     * @param locale Vietnamese ({@code vi}) or anything else for English, not null
     * @return the text, one line per signature and a verdict line, not null
     */
    public String text(Locale locale) {
        return ReportText.write(this, Objects.requireNonNull(locale, "locale"));
    }
}
