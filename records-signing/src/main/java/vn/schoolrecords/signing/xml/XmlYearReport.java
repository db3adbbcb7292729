package vn.schoolrecords.signing.xml;

import java.util.List;
import java.util.Objects;

import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.SigningRole;

/**
 * The verifier's answer for one school year (năm học) of a digital transcript (học bạ số): the
 * record is signed and issued year by year (TT 70/2026/TT-BGDĐT Điều 9 khoản 4), so whether a
 * year is issued (đã phát hành) is answered per year.
 *
 * @param year the school year, as its page in the data region names it, not null
 * @param signatures the signatures that name this year in their signed {@code NAM_HOC}, in
 *     document order; empty if the page is not signed yet, not null
 * @param documentValid whether the document as a whole passed its checks (structure, no
 *     signature outside the signing area); a year of a document that did not is not issued
 */
public record XmlYearReport(SchoolYear year, List<XmlSignatureReport> signatures, boolean documentValid) {

    /** Checks presence and copies the list. */
    public XmlYearReport {
        Objects.requireNonNull(year, "year");
        signatures = List.copyOf(signatures);
    }

    /** @return true if the year has at least one signature and each of them passed every check */
    public boolean valid() {
        return documentValid && !signatures.isEmpty() && signatures.stream().allMatch(XmlSignatureReport::valid);
    }

    /**
     * Whether the year is issued: valid, with the school's organisation signature
     * ({@code KY_PHAT_HANH}). Valid implies that the organisation signed after the head of school
     * (CV 2088/BGDĐT-GDTH §4.2) and that nothing of the year was signed after it.
     *
     * @return true if issued
     */
    public boolean issued() {
        return valid() && signatures.stream().anyMatch(s -> s.role().orElse(null) == SigningRole.SCHOOL_SEAL);
    }
}
