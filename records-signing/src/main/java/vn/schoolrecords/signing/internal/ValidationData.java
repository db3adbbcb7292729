package vn.schoolrecords.signing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.PadesExtensionException;
import vn.schoolrecords.signing.PadesExtensionException.Reason;
import vn.schoolrecords.signing.RevocationSource;

/**
 * Gathers the validation data of signatures and timestamps: each certificate's chain up to a
 * self-signed root, and for every certificate but the root a current OCSP response (preferred:
 * smaller, and what PAdES validators look at first) or CRLs, checked here: signed by the issuer
 * (or by a responder the issuer delegated to), about this certificate, current, and not
 * revoked. One instance serves one extension, so each certificate is fetched once.
 */
public final class ValidationData {

    /** Clock skew tolerated between the responders and us. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private static final Provider BC = new BouncyCastleProvider();

    /** What one signature or timestamp needs: certificates, OCSP responses and CRLs, DER-encoded. */
    public record Evidence(Set<Der> certificates, Set<Der> ocspResponses, Set<Der> crls) {
    }

    /** DER bytes compared by value, so that the same item is written once. */
    public record Der(byte[] bytes) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Der d && Arrays.equals(bytes, d.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Der[" + bytes.length + " bytes]";
        }
    }

    /** The revocation data found for one certificate. */
    private record Status(List<Der> ocsp, List<Der> crls, List<Der> responders) {
    }

    private final RevocationSource source;
    private final Instant now;
    private final List<X509Certificate> pool = new ArrayList<>();
    private final Map<Der, Status> statuses = new LinkedHashMap<>();
    private final List<Der> fetchedCrls = new ArrayList<>();
    private final DigestCalculatorProvider digests;

    public ValidationData(RevocationSource source, Instant now, List<X509Certificate> pool) {
        this.source = source;
        this.now = now;
        include(pool);
        try {
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds certificates that chains may be built from (e.g. those of a new document timestamp). */
    public void include(List<X509Certificate> certificates) {
        for (X509Certificate c : certificates) {
            if (!pool.contains(c)) {
                pool.add(c);
            }
        }
    }

    /** The evidence for a signature or document timestamp and its timestamps' authorities. */
    public Evidence of(SignedRevisions.Entry entry) {
        Set<Der> certificates = new LinkedHashSet<>();
        Set<Der> ocsp = new LinkedHashSet<>();
        Set<Der> crls = new LinkedHashSet<>();
        List<X509Certificate> signers = new ArrayList<>();
        signers.add(entry.signer());
        signers.addAll(entry.timestampSigners());
        for (X509Certificate signer : signers) {
            List<X509Certificate> chain = chain(signer);
            for (int i = 0; i < chain.size(); i++) {
                certificates.add(der(chain.get(i)));
                if (i + 1 < chain.size()) {
                    Status status = status(chain.get(i), chain.get(i + 1));
                    ocsp.addAll(status.ocsp());
                    crls.addAll(status.crls());
                    certificates.addAll(status.responders());
                }
            }
        }
        return new Evidence(certificates, ocsp, crls);
    }

    /** The chain from a certificate up to a self-signed one, built from the pool. */
    private List<X509Certificate> chain(X509Certificate certificate) {
        List<X509Certificate> chain = new ArrayList<>();
        X509Certificate current = certificate;
        while (true) {
            chain.add(current);
            if (issuedBy(current, current)) {
                return chain;
            }
            X509Certificate issuer = null;
            for (X509Certificate candidate : pool) {
                if (!chain.contains(candidate) && issuedBy(current, candidate)) {
                    issuer = candidate;
                    break;
                }
            }
            if (issuer == null) {
                String subject = current.getSubjectX500Principal().getName();
                throw new PadesExtensionException(Reason.ISSUER_NOT_FOUND, subject, LocalizedText.of(
                        "không tìm thấy chứng thư của tổ chức cấp cho " + subject
                                + "; hãy thêm bằng extraCertificates",
                        "the issuer of " + subject + " is not in the document; add it with extraCertificates"), null);
            }
            current = issuer;
        }
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey(), BC);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private Status status(X509Certificate certificate, X509Certificate issuer) {
        return statuses.computeIfAbsent(der(certificate), k -> fetch(certificate, issuer));
    }

    private Status fetch(X509Certificate certificate, X509Certificate issuer) {
        Optional<byte[]> ocsp = source.ocspResponse(certificate, issuer);
        if (ocsp.isPresent()) {
            Optional<List<Der>> responders = checkOcsp(ocsp.get(), certificate, issuer);
            if (responders.isPresent()) {
                return new Status(List.of(new Der(ocsp.get().clone())), List.of(), responders.get());
            }
        }
        List<Der> crls = new ArrayList<>();
        // A CRL already obtained from the same issuer in this extension covers this certificate too.
        for (Der crl : fetchedCrls) {
            if (checkCrl(crl.bytes(), certificate, issuer)) {
                crls.add(crl);
            }
        }
        if (!crls.isEmpty()) {
            return new Status(List.of(), crls, List.of());
        }
        for (byte[] crl : source.crls(certificate)) {
            if (checkCrl(crl, certificate, issuer)) {
                crls.add(new Der(crl.clone()));
            }
        }
        fetchedCrls.addAll(crls);
        if (crls.isEmpty()) {
            String subject = certificate.getSubjectX500Principal().getName();
            throw new PadesExtensionException(Reason.REVOCATION_DATA_MISSING, subject, LocalizedText.of(
                    "không lấy được phản hồi OCSP hay CRL hợp lệ, còn hiệu lực cho chứng thư " + subject,
                    "no valid, current OCSP response or CRL was obtained for " + subject), null);
        }
        return new Status(List.of(), crls, List.of());
    }

    /**
     * The responder certificates to add if the OCSP response is usable; empty if it is not.
     *
     * @throws PadesExtensionException if it says the certificate is revoked
     */
    private Optional<List<Der>> checkOcsp(byte[] encoded, X509Certificate certificate, X509Certificate issuer) {
        try {
            OCSPResp response = new OCSPResp(encoded);
            if (response.getStatus() != OCSPResp.SUCCESSFUL
                    || !(response.getResponseObject() instanceof BasicOCSPResp basic)) {
                return Optional.empty();
            }
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            SingleResp single = null;
            for (SingleResp r : basic.getResponses()) {
                if (r.getCertID().getSerialNumber().equals(certificate.getSerialNumber())
                        && r.getCertID().matchesIssuer(issuerHolder, digests)) {
                    single = r;
                }
            }
            if (single == null) {
                return Optional.empty();
            }
            List<Der> responders = new ArrayList<>();
            if (!signedBy(basic, issuer)) {
                X509Certificate delegated = delegatedResponder(basic, issuer);
                if (delegated == null) {
                    return Optional.empty();
                }
                responders.add(der(delegated));
            }
            if (single.getThisUpdate().toInstant().isAfter(now.plus(SKEW))
                    || (single.getNextUpdate() != null && single.getNextUpdate().toInstant().isBefore(now.minus(SKEW)))) {
                return Optional.empty();
            }
            if (single.getCertStatus() instanceof RevokedStatus revoked) {
                throw revoked(certificate, revoked.getRevocationTime().toInstant(), "OCSP");
            }
            if (single.getCertStatus() != null) {
                return Optional.empty(); // unknown
            }
            return Optional.of(responders);
        } catch (IOException | GeneralSecurityException | org.bouncycastle.cert.ocsp.OCSPException
                | RuntimeException e) {
            if (e instanceof PadesExtensionException p) {
                throw p;
            }
            return Optional.empty();
        }
    }

    private static boolean signedBy(BasicOCSPResp basic, X509Certificate signer) {
        try {
            return basic.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BC)
                    .build(signer.getPublicKey()));
        } catch (org.bouncycastle.operator.OperatorCreationException | org.bouncycastle.cert.ocsp.OCSPException
                | RuntimeException e) {
            return false;
        }
    }

    /** RFC 6960 §4.2.2.2: a responder certificate issued by the CA, with id-kp-OCSPSigning. */
    private static X509Certificate delegatedResponder(BasicOCSPResp basic, X509Certificate issuer)
            throws GeneralSecurityException {
        for (X509CertificateHolder holder : basic.getCerts()) {
            X509Certificate candidate = SignedRevisions.certificate(holder);
            List<String> usages = candidate.getExtendedKeyUsage();
            if (usages != null && usages.contains(KeyPurposeId.id_kp_OCSPSigning.getId())
                    && issuedBy(candidate, issuer) && signedBy(basic, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Whether the CRL is usable: from the issuer, signed by it, current.
     *
     * @throws PadesExtensionException if it lists the certificate
     */
    private boolean checkCrl(byte[] encoded, X509Certificate certificate, X509Certificate issuer) {
        try {
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(encoded));
            if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                return false;
            }
            crl.verify(issuer.getPublicKey(), BC);
            if (crl.getThisUpdate().toInstant().isAfter(now.plus(SKEW))
                    || (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(now.minus(SKEW)))) {
                return false;
            }
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null) {
                throw revoked(certificate, entry.getRevocationDate().toInstant(), "CRL");
            }
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof PadesExtensionException p) {
                throw p;
            }
            return false;
        }
    }

    private static PadesExtensionException revoked(X509Certificate certificate, Instant when, String by) {
        String subject = certificate.getSubjectX500Principal().getName();
        return new PadesExtensionException(Reason.CERTIFICATE_REVOKED, subject, LocalizedText.of(
                "chứng thư số " + subject + " đã bị thu hồi từ " + when + " (theo " + by + ")",
                "the certificate " + subject + " was revoked at " + when + " (according to " + by + ")"), null);
    }

    static Der der(X509Certificate certificate) {
        try {
            return new Der(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
