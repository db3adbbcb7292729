package vn.schoolrecords.signing.verify;

import java.security.cert.X509Certificate;

/**
 * Fetches revocation data online (OCSP, CRL) when the document's DSS holds none for a
 * certificate. The caller decides whether and how the verifier goes online; the library never
 * does by itself. {@link HttpRevocationFetcher} is one over HTTP.
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
}
