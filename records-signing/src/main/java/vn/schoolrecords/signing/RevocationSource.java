package vn.schoolrecords.signing;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * Where revocation data (thông tin thu hồi chứng thư số) comes from when a signed document is
 * extended to B-LT or B-LTA: OCSP responses and CRLs for a certificate. The library never
 * fetches anything on its own; the caller passes a source, e.g. {@link HttpRevocationSource}, or
 * one backed by its own cache or an offline archive.
 *
 * <p>The answers need not be trusted: {@link PadesExtender} checks each response's signature
 * against the certificate's issuer, that it is about this certificate, and that it is current,
 * and ignores what fails.
 */
public interface RevocationSource {

    /**
     * An OCSP response about a certificate.
     *
     * @param certificate the certificate whose status is asked, not null
     * @param issuer its issuer's certificate, not null
     * @return the DER-encoded OCSPResponse (RFC 6960), or empty if none could be obtained, not null
     */
    Optional<byte[]> ocspResponse(X509Certificate certificate, X509Certificate issuer);

    /**
     * The CRLs that may list a certificate, typically from its CRL distribution points.
     *
     * @param certificate the certificate, not null
     * @return DER-encoded CRLs (RFC 5280), empty if none could be obtained, not null
     */
    List<byte[]> crls(X509Certificate certificate);
}
