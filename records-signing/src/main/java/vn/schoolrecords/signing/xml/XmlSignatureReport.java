package vn.schoolrecords.signing.xml;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.school.PersonalIdentifier;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.SigningRole;

/**
 * What the verifier found about one signature of a digital transcript, in document order.
 *
 * @param signatureId the signature's Id, empty if it has none, not null
 * @param role the role it claims in its signed property, if readable, not null
 * @param subjectCode the subject a subject teacher signed for, not null
 * @param signerId the signer's staff id or the school's code, if readable, not null
 * @param signingTime the claimed signing time, if readable, not null
 * @param schoolYear the school year the signature belongs to (its signed {@code NAM_HOC}), if
 *     readable; empty for a transaction's, not null
 * @param signerPersonalId the signer's personal identifier (signed {@code SO_CCCD}), if given, not null
 * @param certificate the signer's certificate, if readable, not null
 * @param covers the Ids of the data regions its references cover unchanged (the general
 *     information, its year's page, the transfers dated in that year), not null
 * @param findings each check made, passed or failed, not null
 */
public record XmlSignatureReport(String signatureId, Optional<SigningRole> role, Optional<String> subjectCode,
        Optional<String> signerId, Optional<Instant> signingTime, Optional<SchoolYear> schoolYear,
        Optional<PersonalIdentifier> signerPersonalId, Optional<X509Certificate> certificate, List<String> covers,
        List<XmlFinding> findings) {

    /** Checks presence and copies the list. */
    public XmlSignatureReport {
        Objects.requireNonNull(signatureId, "signatureId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(signerId, "signerId");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(signerPersonalId, "signerPersonalId");
        Objects.requireNonNull(certificate, "certificate");
        covers = List.copyOf(covers);
        findings = List.copyOf(findings);
    }

    /** @return true if every check passed */
    public boolean valid() {
        return findings.stream().allMatch(XmlFinding::ok);
    }

    /** @return the failed checks, not null */
    public List<XmlFinding> failures() {
        return findings.stream().filter(f -> !f.ok()).toList();
    }

    /** @return the stable codes of the failures, not null */
    public List<String> failureCodes() {
        return failures().stream().map(f -> f.failure().orElseThrow()).toList();
    }
}
