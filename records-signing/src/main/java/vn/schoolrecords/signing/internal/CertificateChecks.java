package vn.schoolrecords.signing.internal;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.CertificateNotUsableException;
import vn.schoolrecords.signing.CertificateNotUsableException.Reason;

/** The checks of a signer's certificate before signing, shared by PDF and XML signing. */
public final class CertificateChecks {

    private CertificateChecks() {
    }

    /**
     * TT 15/2025: the certificate must be valid, and allowed to sign, at the signing time.
     *
     * @throws CertificateNotUsableException naming why not
     */
    public static void checkUsable(X509Certificate certificate, Instant signingTime) {
        try {
            certificate.checkValidity(Date.from(signingTime));
        } catch (CertificateExpiredException e) {
            throw new CertificateNotUsableException(Reason.CERTIFICATE_EXPIRED, certificate, signingTime,
                    LocalizedText.of("chứng thư số đã hết hạn lúc " + certificate.getNotAfter().toInstant()
                            + ", trước thời điểm ký " + signingTime,
                            "the certificate expired at " + certificate.getNotAfter().toInstant()
                            + ", before the signing time " + signingTime));
        } catch (CertificateNotYetValidException e) {
            throw new CertificateNotUsableException(Reason.CERTIFICATE_NOT_YET_VALID, certificate, signingTime,
                    LocalizedText.of("chứng thư số chỉ có hiệu lực từ " + certificate.getNotBefore().toInstant()
                            + ", sau thời điểm ký " + signingTime,
                            "the certificate is valid only from " + certificate.getNotBefore().toInstant()
                            + ", after the signing time " + signingTime));
        }
        boolean[] usage = certificate.getKeyUsage();
        // RFC 5280 §4.2.1.3: digitalSignature (0) or nonRepudiation/contentCommitment (1).
        if (usage != null && !(usage[0] || (usage.length > 1 && usage[1]))) {
            throw new CertificateNotUsableException(Reason.KEY_USAGE_NOT_ALLOWED, certificate, signingTime,
                    LocalizedText.of("mục đích sử dụng khóa của chứng thư số không cho phép ký số",
                            "the certificate's key usage allows neither digitalSignature nor nonRepudiation"));
        }
    }

}
