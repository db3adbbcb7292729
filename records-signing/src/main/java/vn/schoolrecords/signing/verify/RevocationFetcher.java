package vn.schoolrecords.signing.verify;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.signing.HttpRevocationSource;
import vn.schoolrecords.signing.RevocationSource;

/**
 * Fetches revocation data online (OCSP, CRL) when the document's DSS holds none for a
 * certificate. The caller decides whether and how the verifier goes online; the library never
 * does by itself. {@link #from(RevocationSource)} adapts the same source that signing uses for
 * B-LT, e.g. {@link HttpRevocationSource} over HTTP, so a vendor configures revocation once.
 */
@FunctionalInterface
public interface RevocationFetcher {

    /**
     * Revocation data for a certificate.
     *
     * @param certificate the certificate, not null
     * @param issuer its issuer's certificate, not null
     * @return what was found, {@link RevocationEvidence#NONE} if nothing, not null; a fetcher
     *     should not throw for network errors but answer NONE
     */
    RevocationEvidence fetch(X509Certificate certificate, X509Certificate issuer);

    /**
     * A fetcher that asks a revocation source: its OCSP response first, its CRLs only when no
     * OCSP responder answered.
     *
     * @param source the source, e.g. {@code HttpRevocationSource.of()}, not null
     * @return the fetcher, not null
     */
    static RevocationFetcher from(RevocationSource source) {
        Objects.requireNonNull(source, "source");
        return (certificate, issuer) -> {
            Optional<byte[]> ocsp = source.ocspResponse(certificate, issuer);
            return ocsp.isPresent() ? new RevocationEvidence(List.of(ocsp.get()), List.of())
                    : new RevocationEvidence(List.of(), source.crls(certificate));
        };
    }
}
