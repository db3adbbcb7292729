package vn.schoolrecords.signing.xml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.SigningRole;

/**
 * The verifier's report on a digital transcript (học bạ số): the document's checks and one
 * report per signature in document order; readable by people ({@link #toText(Locale)}, Vietnamese
 * or English) and by programs (the stable failure codes).
 *
 * @param validationTime the instant the certificates were validated at, not null
 * @param documentFindings the checks of the document as a whole, not null
 * @param signatures the signatures in document order, not null
 * @param yearPages the school years of the record's pages ({@code HOC_BA_NAM_HOC}) in the data
 *     region, in their order; empty for a transaction or an unreadable document, not null
 * @param regions the record's data regions in document order, each with the valid signatures
 *     covering it; empty for a transaction or an unreadable document, not null
 */
public record XmlVerificationReport(Instant validationTime, List<XmlFinding> documentFindings,
        List<XmlSignatureReport> signatures, List<SchoolYear> yearPages, List<XmlDataRegion> regions) {

    /** Checks presence and copies the lists. */
    public XmlVerificationReport {
        Objects.requireNonNull(validationTime, "validationTime");
        documentFindings = List.copyOf(documentFindings);
        signatures = List.copyOf(signatures);
        yearPages = List.copyOf(yearPages);
        regions = List.copyOf(regions);
    }

    /**
     * The data no valid signature covers: always {@code TONG_KET} (no Id, outside every year's
     * signatures), transfers recorded after their year was signed, unsigned pages, and anything
     * whose signatures failed. A program must not treat these as signed.
     *
     * @return the uncovered regions, in document order, not null
     */
    public List<XmlDataRegion> uncovered() {
        return regions.stream().filter(r -> !r.covered()).toList();
    }

    /** @return true if the document has at least one signature and every check passed */
    public boolean valid() {
        return !signatures.isEmpty() && documentFindings.stream().allMatch(XmlFinding::ok)
                && signatures.stream().allMatch(XmlSignatureReport::valid);
    }

    /**
     * The whole-record answer: the record is issued (đã phát hành) when every check passed, at
     * least one school year is issued, and every year that has signatures is issued — nothing
     * is half-signed. Pages without any signature do not count against it: a page from before
     * TT 70/2026 (Điều 25: paper records stay valid, digitisation follows a roadmap) or the next
     * year's page not yet signed; {@link #years()} shows them as unsigned, and a program must
     * not treat their data as signed. For a submission transaction (no year pages): valid and
     * signed by the organisation.
     *
     * @return true if the record is issued
     */
    public boolean issued() {
        if (!valid()) {
            return false;
        }
        if (yearPages.isEmpty()) {
            return signatures.stream().anyMatch(s -> s.role().orElse(null) == SigningRole.SCHOOL_SEAL);
        }
        List<XmlYearReport> signed = years().stream().filter(y -> !y.signatures().isEmpty()).toList();
        return !signed.isEmpty() && signed.stream().allMatch(XmlYearReport::issued);
    }

    /**
     * The answer per school year, one per page of the data region in its order (TT 70/2026
     * Điều 9 khoản 4: signed and issued year by year), each with the signatures naming that year.
     * A signature naming a year that has no page fails its own checks and appears in no year.
     *
     * @return the years, not null
     */
    public List<XmlYearReport> years() {
        boolean documentValid = documentFindings.stream().allMatch(XmlFinding::ok);
        return yearPages.stream().map(y -> new XmlYearReport(y, signatures.stream()
                .filter(s -> s.schoolYear().equals(Optional.of(y))).toList(), documentValid)).toList();
    }

    /**
     * @return the school years that are issued: valid, with the organisation's signature after
     *     the head of school's, in page order, not null
     */
    public List<SchoolYear> issuedYears() {
        return years().stream().filter(XmlYearReport::issued).map(XmlYearReport::year).toList();
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
        for (XmlYearReport y : years()) {
            out.append(vi ? "Năm học " : "School year ").append(y.year()).append(": ")
                    .append(y.issued() ? (vi ? "đã phát hành" : "issued")
                            : y.signatures().isEmpty() ? (vi ? "chưa ký" : "not signed")
                            : y.valid() ? (vi ? "đã ký, chưa phát hành" : "signed, not yet issued")
                            : (vi ? "KHÔNG hợp lệ" : "NOT valid"))
                    .append(" (").append(y.signatures().size()).append(vi ? " chữ ký)" : " signature(s))").append('\n');
        }
        List<XmlDataRegion> unsigned = uncovered();
        if (!unsigned.isEmpty()) {
            out.append(vi ? "Dữ liệu không được chữ ký hợp lệ nào phủ: " : "Data no valid signature covers: ")
                    .append(String.join(", ", unsigned.stream().map(r -> r.element() + r.id().map(i -> " #" + i)
                            .orElse("")).toList())).append('\n');
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
