package vn.schoolrecords.signing.internal;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import vn.schoolrecords.signing.verify.CertificateInfo;
import vn.schoolrecords.signing.verify.RevocationEvidence;
import vn.schoolrecords.signing.verify.RevocationFetcher;
import vn.schoolrecords.signing.verify.RevocationReport;
import vn.schoolrecords.signing.verify.RevocationReport.Source;
import vn.schoolrecords.signing.verify.RevocationReport.Status;
import vn.schoolrecords.signing.verify.TrustAnchors;

/**
 * Certification paths (RFC 5280, with the JDK's PKIX builder) and revocation status from OCSP
 * responses (RFC 6960) and CRLs, each verified before it is believed. Shared by the PDF verifier
 * and the XML verifier of the học bạ số, so that both trust the same anchors and treat revocation
 * the same way ({@link PathValidation} turns the outcome into findings). One instance per run:
 * it caches paths and statuses. Internal, not exported.
 */
public final class Certificates {

    private static final Provider BC = new BouncyCastleProvider();

    private final TrustAnchors trust;
    private final List<X509Certificate> documentCertificates;
    private final RevocationEvidence documentEvidence;
    private final Optional<RevocationFetcher> fetcher;
    private final Map<String, Optional<Path>> paths = new HashMap<>();
    private final Map<X509Certificate, RevocationReport> statuses = new HashMap<>();

    /**
     * @param trust the trusted roots and intermediates
     * @param documentCertificates certificates the document carries besides a signature's own (a PDF's DSS)
     * @param documentEvidence revocation data the document carries ({@link RevocationEvidence#NONE} if none)
     * @param fetcher asked online when the document holds no answer; empty: never online
     */
    public Certificates(TrustAnchors trust, List<X509Certificate> documentCertificates, RevocationEvidence documentEvidence,
            Optional<RevocationFetcher> fetcher) {
        this.trust = trust;
        this.documentCertificates = documentCertificates;
        this.documentEvidence = documentEvidence;
        this.fetcher = fetcher;
    }

    /** A path found: the certificates from the target up, and the anchor. */
    public record Path(List<X509Certificate> certificates, X509Certificate anchor) {
        /** @return the certificates from the target up, then the anchor */
        public List<X509Certificate> withAnchor() {
            List<X509Certificate> all = new ArrayList<>(certificates);
            all.add(anchor);
            return all;
        }
    }

    /** Why no path was found at a time. */
    public enum PathProblem {
        /** no path to any anchor at any time */
        NONE_FOUND,
        /** a path exists, but not at the time asked */
        INVALID_AT_TIME
    }

    /** A path from the target to an anchor valid at the given time, or why not. */
    public Object path(X509Certificate target, List<X509Certificate> carried, Instant at) {
        Optional<Path> path = build(target, carried, at);
        if (path.isPresent()) {
            return path.get();
        }
        // Same search with time out of the question: if it succeeds, the failure was validity.
        Instant inside = target.getNotBefore().toInstant().plusSeconds(1);
        return build(target, carried, inside).isPresent() ? PathProblem.INVALID_AT_TIME : PathProblem.NONE_FOUND;
    }

    public Optional<Path> build(X509Certificate target, List<X509Certificate> carried, Instant at) {
        // Signers of one document share issuers and often certificates: build each path once per run.
        String key = target.getSerialNumber() + "|" + target.getIssuerX500Principal() + "|" + at + "|" + carried.hashCode();
        return paths.computeIfAbsent(key, k -> search(target, carried, at));
    }

    private Optional<Path> search(X509Certificate target, List<X509Certificate> carried, Instant at) {
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (X509Certificate a : trust.anchors()) {
                anchors.add(new TrustAnchor(a, null));
            }
            // The target itself may be an anchor (a pinned TSA or root), which PKIX does not build.
            for (X509Certificate a : trust.anchors()) {
                if (a.equals(target)) {
                    return Optional.of(new Path(List.of(), a));
                }
            }
            X509CertSelector selector = new X509CertSelector();
            selector.setCertificate(target);
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, selector);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at));
            List<X509Certificate> pool = new ArrayList<>(carried);
            pool.addAll(documentCertificates);
            pool.addAll(trust.intermediates());
            pool.add(target);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
            List<X509Certificate> certificates = new ArrayList<>();
            result.getCertPath().getCertificates().forEach(c -> certificates.add((X509Certificate) c));
            return Optional.of(new Path(certificates, result.getTrustAnchor().getTrustedCert()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A certificate of the document's DSS or of the configuration that the signer id names. */
    public Optional<X509Certificate> find(org.bouncycastle.cms.SignerId id) {
        List<X509Certificate> pool = new ArrayList<>(documentCertificates);
        pool.addAll(trust.intermediates());
        pool.addAll(trust.anchors());
        for (X509Certificate c : pool) {
            try {
                if (id.match(new JcaX509CertificateHolder(c))) {
                    return Optional.of(c);
                }
            } catch (java.security.cert.CertificateEncodingException e) {
                // An unencodable certificate names nobody.
            }
        }
        return Optional.empty();
    }

    /** The revocation status of each certificate of a path but the anchor. */
    public List<RevocationReport> revocation(Path path) {
        List<X509Certificate> all = path.withAnchor();
        List<RevocationReport> reports = new ArrayList<>();
        for (int i = 0; i < all.size() - 1; i++) {
            X509Certificate certificate = all.get(i);
            X509Certificate issuer = all.get(i + 1);
            RevocationReport known = statuses.get(certificate);
            if (known != null) {
                reports.add(known);
                continue;
            }
            RevocationReport report = status(certificate, issuer, documentEvidence, Source.DOCUMENT);
            if (report.status() == Status.UNKNOWN && fetcher.isPresent()) {
                RevocationEvidence online;
                try {
                    online = fetcher.get().fetch(certificate, issuer);
                } catch (RuntimeException e) {
                    online = RevocationEvidence.NONE;
                }
                report = status(certificate, issuer, online == null ? RevocationEvidence.NONE : online, Source.ONLINE);
            }
            statuses.put(certificate, report);
            reports.add(report);
        }
        return reports;
    }

    private static RevocationReport status(X509Certificate certificate, X509Certificate issuer, RevocationEvidence evidence,
            Source source) {
        RevocationReport best = null;
        for (byte[] ocsp : evidence.ocspResponses()) {
            RevocationReport r = ocsp(certificate, issuer, ocsp, source, evidence);
            best = better(best, r);
        }
        for (byte[] crl : evidence.crls()) {
            best = better(best, crl(certificate, issuer, crl, source));
        }
        return best != null ? best : new RevocationReport(CertificateInfo.from(certificate), Status.UNKNOWN, Source.NONE,
                Optional.empty(), Optional.empty());
    }

    /** A revoked answer wins; otherwise the most recent good one. */
    private static RevocationReport better(RevocationReport a, RevocationReport b) {
        if (b == null) {
            return a;
        }
        if (a == null || b.status() == Status.REVOKED && a.status() != Status.REVOKED) {
            return b;
        }
        if (a.status() == Status.REVOKED) {
            return a;
        }
        return b.producedAt().orElse(Instant.MIN).isAfter(a.producedAt().orElse(Instant.MIN)) ? b : a;
    }

    private static RevocationReport ocsp(X509Certificate certificate, X509Certificate issuer, byte[] bytes, Source source,
            RevocationEvidence evidence) {
        try {
            OCSPResp response = new OCSPResp(bytes);
            if (response.getStatus() != OCSPResp.SUCCESSFUL || !(response.getResponseObject() instanceof BasicOCSPResp basic)) {
                return null;
            }
            if (!responderVerifies(basic, issuer, evidence)) {
                return null;
            }
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().setProvider(BC).build();
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            for (SingleResp single : basic.getResponses()) {
                if (!single.getCertID().getSerialNumber().equals(certificate.getSerialNumber())
                        || !single.getCertID().matchesIssuer(issuerHolder, digests)) {
                    continue;
                }
                CertificateStatus status = single.getCertStatus();
                Optional<Instant> produced = Optional.of(basic.getProducedAt().toInstant());
                if (status == CertificateStatus.GOOD) {
                    return new RevocationReport(CertificateInfo.from(certificate), Status.GOOD, source, Optional.empty(),
                            produced);
                }
                if (status instanceof RevokedStatus revoked) {
                    return new RevocationReport(CertificateInfo.from(certificate), Status.REVOKED, source,
                            Optional.of(revoked.getRevocationTime().toInstant()), produced);
                }
            }
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Signed by the issuer itself, or by a responder the issuer delegated (id-kp-OCSPSigning, RFC
     * 6960 §4.2.2.2). A delegated responder's own certificate must be trusted not to be revoked:
     * with id-pkix-ocsp-nocheck (§4.2.2.2.1) it is not checked; without, a CRL of the issuer among
     * the same evidence must show it good. An OCSP answer about the responder would be circular.
     */
    private static boolean responderVerifies(BasicOCSPResp basic, X509Certificate issuer, RevocationEvidence evidence)
            throws Exception {
        if (basic.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BC).build(issuer.getPublicKey()))) {
            return true;
        }
        for (X509CertificateHolder holder : basic.getCerts()) {
            X509Certificate responder = new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
            List<String> usage = responder.getExtendedKeyUsage();
            try {
                responder.verify(issuer.getPublicKey());
            } catch (GeneralSecurityException e) {
                continue;
            }
            if (usage != null && usage.contains(KeyPurposeId.id_kp_OCSPSigning.getId()) && basic.isSignatureValid(
                    new JcaContentVerifierProviderBuilder().setProvider(BC).build(responder.getPublicKey()))
                    && responderNotRevoked(responder, issuer, evidence)) {
                return true;
            }
        }
        return false;
    }

    private static boolean responderNotRevoked(X509Certificate responder, X509Certificate issuer, RevocationEvidence evidence) {
        if (responder.getExtensionValue(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck.getId()) != null) {
            return true;
        }
        RevocationReport best = null;
        for (byte[] crl : evidence.crls()) {
            best = better(best, crl(responder, issuer, crl, Source.NONE));
        }
        return best != null && best.status() == Status.GOOD;
    }

    private static RevocationReport crl(X509Certificate certificate, X509Certificate issuer, byte[] bytes, Source source) {
        try {
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes));
            if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
                return null;
            }
            crl.verify(issuer.getPublicKey());
            Optional<Instant> produced = Optional.of(crl.getThisUpdate().toInstant());
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null) {
                return new RevocationReport(CertificateInfo.from(certificate), Status.REVOKED, source,
                        Optional.of(entry.getRevocationDate().toInstant()), produced);
            }
            return new RevocationReport(CertificateInfo.from(certificate), Status.GOOD, source, Optional.empty(), produced);
        } catch (Exception e) {
            return null;
        }
    }
}
