package vn.schoolrecords.signing.verify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An RFC 3161 timestamp (dấu thời gian) as checked: the signature timestamp of a PAdES B-T
 * signature, or a document timestamp.
 *
 * @param genTime the time the authority asserts, not null
 * @param digest the message imprint's digest, e.g. {@code SHA-256}, not null
 * @param imprintMatches true if the imprint is the digest of what it stamps
 * @param signatureValid true if the token's own signature verifies with the authority's certificate
 * @param authority the authority's certificate, empty if the token carries none, not null
 * @param trusted true if the authority's certificate chains to a trust anchor and may stamp time
 * @param chain the authority's certification path, anchor last, empty if none was found, not null
 */
public record TimestampReport(Instant genTime, String digest, boolean imprintMatches, boolean signatureValid,
        Optional<CertificateInfo> authority, boolean trusted, List<CertificateInfo> chain) {

    /** Checks presence and copies the list. */
    public TimestampReport {
        Objects.requireNonNull(genTime, "genTime");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(authority, "authority");
        chain = List.copyOf(chain);
    }

    /** @return true if the timestamp can serve as proof of existence at {@link #genTime()} */
    public boolean usable() {
        return imprintMatches && signatureValid && trusted;
    }
}
