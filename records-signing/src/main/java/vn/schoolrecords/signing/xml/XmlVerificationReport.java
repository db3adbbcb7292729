package vn.schoolrecords.signing.xml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.transcript.SigningRole;

/**
 * The verifier's report on a digital transcript (học bạ số): the document's checks and one
 * report per signature in document order; readable by people ({@link #toText(Locale)}, Vietnamese
 * or English) and by programs (the stable failure codes).
 *
 * @param validationTime the instant the certificates were validated at, not null
 * @param documentFindings the checks of the document as a whole, not null
 * @param signatures the signatures in document order, not null
 */
public record XmlVerificationReport(Instant validationTime, List<XmlFinding> documentFindings,
        List<XmlSignatureReport> signatures) {

    /** Checks presence and copies the lists. */
    public XmlVerificationReport {
        Objects.requireNonNull(validationTime, "validationTime");
        documentFindings = List.copyOf(documentFindings);
        signatures = List.copyOf(signatures);
    }

    /** @return true if the document has at least one signature and every check passed */
    public boolean valid() {
        return !signatures.isEmpty() && documentFindings.stream().allMatch(XmlFinding::ok)
                && signatures.stream().allMatch(XmlSignatureReport::valid);
    }

    /** @return true if valid and the last signature is the school's organisation signature: the record is issued */
    public boolean issued() {
        return valid() && signatures.get(signatures.size() - 1).role().orElse(null) == SigningRole.SCHOOL_SEAL;
    }

    /** @return every failed check, the document's first, not null */
    public List<XmlFinding> failures() {
        List<XmlFinding> list = new ArrayList<>();
        documentFindings.stream().filter(f -> !f.ok()).forEach(list::add);
        signatures.forEach(s -> list.addAll(s.failures()));
        return list;
    }

    /** @return the stable codes of every failure, not null */
    public List<String> failureCodes() {
        return failures().stream().map(f -> f.failure().orElseThrow()).toList();
    }

    /**
     * The report as text for a person.
     *
     * @param locale {@link LocalizedText#VIETNAMESE} or another (English), not null
     * @return the text, not null
     */
    public String toText(Locale locale) {
        boolean vi = locale.getLanguage().equals("vi");
        StringBuilder out = new StringBuilder();
        out.append(vi ? "Học bạ số: " : "Digital transcript: ")
                .append(valid() ? (issued() ? (vi ? "HỢP LỆ, đã phát hành" : "VALID, issued")
                        : (vi ? "HỢP LỆ, chưa phát hành" : "VALID, not yet issued"))
                        : (vi ? "KHÔNG HỢP LỆ" : "NOT VALID"))
                .append('\n');
        for (XmlFinding f : documentFindings) {
            line(out, f, locale, "  ");
        }
        int n = 1;
        for (XmlSignatureReport s : signatures) {
            out.append(vi ? "Chữ ký " : "Signature ").append(n++).append(" (").append(s.signatureId()).append("): ")
                    .append(s.role().map(r -> vi ? r.vietnameseName() : r.name()).orElse("?"))
                    .append(s.subjectCode().map(c -> " " + c).orElse(""))
                    .append(s.signerId().map(i -> ", " + i).orElse(""))
                    .append(s.signingTime().map(t -> ", " + t).orElse(""))
                    .append(s.valid() ? (vi ? " — hợp lệ" : " — valid") : (vi ? " — KHÔNG hợp lệ" : " — NOT valid"))
                    .append('\n');
            for (XmlFinding f : s.findings()) {
                line(out, f, locale, "  ");
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, XmlFinding f, Locale locale, String indent) {
        out.append(indent).append(f.ok() ? "[OK] " : "[" + f.failure().orElseThrow() + "] ")
                .append(f.check().title(locale)).append(": ").append(f.text().in(locale))
                .append(" (").append(f.check().citation()).append(")\n");
    }
}
