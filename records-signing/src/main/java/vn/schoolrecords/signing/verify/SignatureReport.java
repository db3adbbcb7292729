package vn.schoolrecords.signing.verify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.signing.PadesLevel;

/**
 * The validation of one signature (chữ ký số) or document timestamp of a PDF: who signed, the
 * path to a trust anchor, revocation, times, algorithms, the bytes covered, what changed after
 * it, and the verdict in the ETSI style.
 *
 * @param fieldName the signature field's fully qualified name, e.g. {@code homeroom}, not null
 * @param kind a signature or a document timestamp, not null
 * @param subFilter the /SubFilter, e.g. {@code ETSI.CAdES.detached}; empty if absent, not null
 * @param revision the 1-based revision of the file the signature covers; 0 if it covers none
 * @param byteRange the /ByteRange as found (four numbers when well formed), not null
 * @param revisionEnd where the signed revision ends, in bytes; 0 if unknown
 * @param coversWholeDocument true if the signed revision is the whole file
 * @param signerName the /Name of the signature dictionary, not null
 * @param reason the /Reason, not null
 * @param location the /Location, not null
 * @param signer the signer's certificate (for a document timestamp, the authority's), not null
 * @param chain the certification path from the signer to the anchor, anchor last; empty if none was found, not null
 * @param claimedSigningTime the signing time claimed in /M, not null
 * @param timestamp the signature timestamp (B-T), or the document timestamp itself, not null
 * @param algorithm the algorithms and their acceptability, if the signature could be read, not null
 * @param revocation the revocation status of each certificate of the path but the anchor, not null
 * @param docMdpPermission the DocMDP /P of a certification signature (1, 2 or 3), not null
 * @param modifications what changed in the file after this signature, allowed or not, not null
 * @param indication the verdict, not null
 * @param subIndication why the verdict is not TOTAL_PASSED, not null
 * @param findings each check with its outcome, in the order made, not null
 * @param level the PAdES baseline level the document gives this signature, derived from what it
 *     contains: B-B; B-T with a usable signature timestamp; B-LT when the revocation data of
 *     every certificate of the path comes from the document's DSS; B-LTA when a usable document
 *     timestamp follows it as well. Empty for a document timestamp or an unreadable signature, not null
 */
public record SignatureReport(String fieldName, Kind kind, Optional<String> subFilter, int revision,
        List<Long> byteRange, long revisionEnd, boolean coversWholeDocument, Optional<String> signerName,
        Optional<String> reason, Optional<String> location, Optional<CertificateInfo> signer,
        List<CertificateInfo> chain, Optional<Instant> claimedSigningTime, Optional<TimestampReport> timestamp,
        Optional<AlgorithmReport> algorithm, List<RevocationReport> revocation, Optional<Integer> docMdpPermission,
        List<Modification> modifications, Indication indication, Optional<SubIndication> subIndication,
        List<Finding> findings, Optional<PadesLevel> level) {

    /** Checks presence, copies the lists, and checks that the sub-indication fits the indication. */
    public SignatureReport {
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subFilter, "subFilter");
        byteRange = List.copyOf(byteRange);
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(signer, "signer");
        chain = List.copyOf(chain);
        Objects.requireNonNull(claimedSigningTime, "claimedSigningTime");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(algorithm, "algorithm");
        revocation = List.copyOf(revocation);
        Objects.requireNonNull(docMdpPermission, "docMdpPermission");
        modifications = List.copyOf(modifications);
        Objects.requireNonNull(indication, "indication");
        Objects.requireNonNull(subIndication, "subIndication");
        findings = List.copyOf(findings);
        Objects.requireNonNull(level, "level");
        if (subIndication.map(s -> s.indication() != indication).orElse(indication != Indication.TOTAL_PASSED)) {
            throw new IllegalArgumentException("sub-indication " + subIndication + " does not fit " + indication);
        }
    }

    /** What was validated. */
    public enum Kind {
        /** A signature (PAdES, or a legacy adbe.pkcs7.detached one). */
        SIGNATURE,
        /** A document timestamp (/DocTimeStamp, SubFilter ETSI.RFC3161). */
        DOCUMENT_TIMESTAMP
    }

    /** @return true if the verdict is {@link Indication#TOTAL_PASSED} */
    public boolean passed() {
        return indication == Indication.TOTAL_PASSED;
    }

    /** @return the changes after this signature that are not allowed, not null */
    public List<Modification> disallowedModifications() {
        return modifications.stream().filter(m -> !m.allowed()).toList();
    }

    /**
     * The best proven signing time: the signature timestamp's time when it is usable, else the claimed /M.
     *
     * @return the time, empty if neither is known, not null
     */
    public Optional<Instant> signingTime() {
        return timestamp.filter(TimestampReport::usable).map(TimestampReport::genTime).or(() -> claimedSigningTime);
    }
}
