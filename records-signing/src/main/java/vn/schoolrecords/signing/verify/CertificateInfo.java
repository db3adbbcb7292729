package vn.schoolrecords.signing.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * What a report says about a certificate (chứng thư số): names, serial, validity, fingerprint.
 *
 * @param subject the subject's distinguished name (RFC 2253), not null
 * @param commonName the subject's common name (CN), or the whole subject if it has none, not null
 * @param issuer the issuer's distinguished name, not null
 * @param serialNumber the serial number in hexadecimal, not null
 * @param notBefore the start of validity, not null
 * @param notAfter the end of validity, not null
 * @param sha256 the SHA-256 fingerprint of the encoding, hexadecimal, not null
 */
public record CertificateInfo(String subject, String commonName, String issuer, String serialNumber,
        Instant notBefore, Instant notAfter, String sha256) {

    /** Checks presence. */
    public CertificateInfo {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(commonName, "commonName");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * Describes a certificate.
     *
     * @param certificate the certificate, not null
     * @return its description, not null
     */
    public static CertificateInfo from(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        String subject = certificate.getSubjectX500Principal().getName();
        String fingerprint;
        try {
            fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
        return new CertificateInfo(subject, commonName(subject), certificate.getIssuerX500Principal().getName(),
                certificate.getSerialNumber().toString(16), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), fingerprint);
    }

    private static String commonName(String subject) {
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return subject;
        }
        return subject;
    }
}
