package vn.schoolrecords.examples;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.examples.CommandFailedException.Code;
import vn.schoolrecords.signing.verify.PdfSignatureVerifier;
import vn.schoolrecords.signing.verify.TrustAnchors;
import vn.schoolrecords.signing.verify.VerificationPolicy;
import vn.schoolrecords.signing.verify.VerificationReport;

/**
 * {@code records verify}: verifies every signature of a PDF against the given trust anchors at
 * the present time and prints the report in Vietnamese and English, or as JSON with
 * {@code --json}. Exits 0 only when the document's verdict is TOTAL_PASSED; a PDF with no
 * signature is an error of its own.
 *
 * <p>Revocation data is not required by default, since a command line run offline has none for a
 * demo or in-house CA; {@code --require-revocation} requires it, as an archive's check should.
 */
final class VerifyCommand implements Command {

    @Override
    public String synopsis() {
        return "verify --in FILE.pdf --trust ANCHORS.pem [--json] [--require-revocation]";
    }

    @Override
    public String summary() {
        return "verify a signed PDF; print the report (vi/en) or its JSON";
    }

    @Override
    public int run(List<String> list, Terminal terminal) {
        Args args = Args.parse(list, Set.of("--in", "--trust"), Set.of("--json", "--require-revocation")).noPositional();
        Path in = args.path("--in");
        Path trust = args.path("--trust");
        byte[] pdf = CliFiles.readPdf(in);
        CliFiles.read(trust); // a missing file is reported as such
        VerificationReport report = verify(pdf, TrustAnchors.fromFiles(List.of(trust)),
                args.flag("--require-revocation"));
        if (report.signaturesOnly().isEmpty() && report.documentTimestamps().isEmpty()) {
            throw new CommandFailedException(Code.NOT_SIGNED, "tệp " + in + " không có chữ ký số nào",
                    in + " carries no signature");
        }
        if (args.flag("--json")) {
            terminal.out().println(report.toJson());
        } else {
            terminal.out().println(report.text(LocalizedText.VIETNAMESE).strip());
            terminal.out().println();
            terminal.out().println(report.text(java.util.Locale.ENGLISH).strip());
        }
        if (!report.passed()) {
            throw new CommandFailedException(Code.NOT_VERIFIED,
                    "kết quả kiểm tra: " + report.indication() + report.subIndication().map(s -> " / " + s).orElse(""),
                    "verdict: " + report.indication() + report.subIndication().map(s -> " / " + s).orElse(""));
        }
        return Records.OK;
    }

    /**
     * Verifies at the present time.
     *
     * @param pdf the PDF
     * @param trust the trust anchors
     * @param revocationRequired whether missing revocation data makes the verdict INDETERMINATE
     * @return the report
     */
    static VerificationReport verify(byte[] pdf, TrustAnchors trust, boolean revocationRequired) {
        return PdfSignatureVerifier.verify(pdf, trust,
                VerificationPolicy.builder(Instant.now()).revocationRequired(revocationRequired).build());
    }
}
