package vn.schoolrecords.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureRequest;
import vn.schoolrecords.signing.SignatureService;
import vn.schoolrecords.signing.testpki.TestPdfs;

/**
 * OCSP answers signed by a delegated responder (RFC 6960 §4.2.2.2): believed when the responder's
 * certificate carries id-pkix-ocsp-nocheck, or when a CRL of the issuer shows it good; not
 * believed when the CRL revokes it or nothing speaks for it. A small CA made here, since the
 * loopback PKI's issuer answers for itself.
 */
class OcspResponderTest {

    static final Instant T = Instant.parse("2026-03-15T02:00:00Z");
    static final Instant OCSP_TIME = T.plus(Duration.ofMinutes(10));
    static final Instant CRL_TIME = T.plus(Duration.ofMinutes(5));
    static KeyPair rootKeys;
    static X509Certificate root;
    static X509Certificate signer;
    static byte[] signed;

    static KeyPair keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    static X509Certificate issue(String cn, long serial, KeyPair subject, List<Extension> extensions) throws Exception {
        X500Name rootName = new X500Name("CN=OCSP Test Root,C=VN");
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(rootName, BigInteger.valueOf(serial),
                Date.from(T.minus(Duration.ofDays(10))), Date.from(T.plus(Duration.ofDays(365))),
                cn == null ? rootName : new X500Name("CN=" + cn + ",C=VN"), subject.getPublic());
        for (Extension e : extensions) {
            b.addExtension(e);
        }
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(rootKeys.getPrivate())));
    }

    @BeforeAll
    static void setUp() throws Exception {
        rootKeys = keys();
        root = issue(null, 1, rootKeys, List.of(new Extension(Extension.basicConstraints, true, new BasicConstraints(true).getEncoded()),
                new Extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign).getEncoded())));
        KeyPair signerKeys = keys();
        signer = issue("Nguyễn Văn A", 2, signerKeys, List.of(
                new Extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation).getEncoded())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        char[] password = "mat-khau".toCharArray();
        store.setKeyEntry("k", signerKeys.getPrivate(), password, new Certificate[] {signer, root});
        ByteArrayOutputStream p12 = new ByteArrayOutputStream();
        store.store(p12, password);
        try (Pkcs12KeySource key = Pkcs12KeySource.of(p12.toByteArray(), password, "k")) {
            signed = SignatureService.of(Clock.fixed(T, ZoneOffset.UTC), CompletionLedger.inMemory()).sign(
                    TestPdfs.withSignatureFields(1, "homeroom"),
                    SignatureRequest.builder(List.of(signer, root), T).field("homeroom").build(), key);
        }
    }

    /** A responder certificate issued by the root, with or without id-pkix-ocsp-nocheck, and its keys. */
    record Responder(X509Certificate certificate, KeyPair keys) {
        static Responder of(long serial, boolean nocheck) throws Exception {
            KeyPair k = OcspResponderTest.keys();
            List<Extension> ext = new java.util.ArrayList<>(List.of(new Extension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning).getEncoded())));
            if (nocheck) {
                ext.add(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE.getEncoded()));
            }
            return new Responder(issue("OCSP Responder " + serial, serial, k, ext), k);
        }

        byte[] goodAnswerForSigner() throws Exception {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(root), signer.getSerialNumber());
            BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(new RespID(new JcaX509CertificateHolder(certificate).getSubject()));
            b.addResponse(id, CertificateStatus.GOOD, Date.from(OCSP_TIME), Date.from(OCSP_TIME.plus(Duration.ofDays(1))));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, b.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()),
                    new X509CertificateHolder[] {new JcaX509CertificateHolder(certificate)}, Date.from(OCSP_TIME))).getEncoded();
        }
    }

    static byte[] crl(X509Certificate... revoked) throws Exception {
        X509v2CRLBuilder b = new X509v2CRLBuilder(new JcaX509CertificateHolder(root).getSubject(), Date.from(CRL_TIME));
        b.setNextUpdate(Date.from(CRL_TIME.plus(Duration.ofDays(7))));
        for (X509Certificate c : revoked) {
            b.addCRLEntry(c.getSerialNumber(), Date.from(T.minus(Duration.ofDays(1))), CRLReason.keyCompromise);
        }
        return new JcaX509CRLConverter().getCRL(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(rootKeys.getPrivate())))
                .getEncoded();
    }

    static SignatureReport verify(RevocationEvidence evidence) {
        VerificationPolicy policy = VerificationPolicy.builder(T.plus(Duration.ofHours(1)))
                .fetcher((certificate, issuer) -> certificate.equals(signer) ? evidence : RevocationEvidence.NONE).build();
        return PdfSignatureVerifier.verify(signed, TrustAnchors.of(List.of(root)), policy).signatures().get(0);
    }

    @Test
    void aResponderWithNocheckIsBelievedWithoutMore() throws Exception {
        SignatureReport s = verify(new RevocationEvidence(List.of(Responder.of(10, true).goodAnswerForSigner()), List.of()));
        assertThat(s.indication()).as("%s", s.findings()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.revocation()).singleElement().satisfies(r -> assertThat(r.producedAt()).contains(OCSP_TIME));
    }

    @Test
    void aResponderWithoutNocheckAndNothingForItIsNotBelieved() throws Exception {
        SignatureReport s = verify(new RevocationEvidence(List.of(Responder.of(11, false).goodAnswerForSigner()), List.of()));
        assertThat(s.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(s.subIndication()).contains(SubIndication.TRY_LATER);
    }

    @Test
    void aResponderWithoutNocheckIsBelievedWhenTheIssuersCrlShowsItGoodAndNotWhenItIsRevoked() throws Exception {
        Responder responder = Responder.of(12, false);
        SignatureReport good = verify(new RevocationEvidence(List.of(responder.goodAnswerForSigner()), List.of(crl())));
        assertThat(good.indication()).isEqualTo(Indication.TOTAL_PASSED);
        // The OCSP answer (the more recent) is the one used.
        assertThat(good.revocation()).singleElement().satisfies(r -> assertThat(r.producedAt()).contains(OCSP_TIME));

        SignatureReport revoked = verify(new RevocationEvidence(List.of(responder.goodAnswerForSigner()),
                List.of(crl(responder.certificate()))));
        // Only the CRL speaks for the signer now: the revoked responder's answer was thrown away.
        assertThat(revoked.revocation()).singleElement().satisfies(r -> assertThat(r.producedAt()).contains(CRL_TIME));
    }
}
