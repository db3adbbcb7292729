package vn.schoolrecords.examples.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureRequest;
import vn.schoolrecords.signing.SignatureService;
import vn.schoolrecords.signing.verify.TrustAnchors;
import vn.schoolrecords.signing.verify.VerificationPolicy;

/**
 * A small test-only certificate authority and the transcripts signed with it for the portal's
 * tests: a root, RSA-2048 person certificates made with Bouncy Castle's builders, a one-page
 * PDF from PDFBox, signed with records-signing at PAdES B-B. Test classes of records-signing are
 * not shared across modules, hence this (the test PKI there also runs TSA/OCSP servers, not needed here).
 */
final class PortalFixtures {

    static final Instant NOW = Instant.parse("2026-03-15T02:00:00Z");
    static final String HOMEROOM = "Nguyễn Thị Hương";
    static final String PRINCIPAL = "Trần Văn Minh";
    private static final char[] PASSWORD = "mat-khau".toCharArray();

    private final SecureRandom random = new SecureRandom();
    private final KeyPair rootKeys = rsa();
    private final X500Name rootName = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
            .addRDN(BCStyle.O, "Trường THPT Thử nghiệm").addRDN(BCStyle.CN, "Portal Test Root CA (TEST ONLY)").build();
    private final X509Certificate root;
    private final SignatureService service = SignatureService.of(Clock.fixed(NOW.plusSeconds(30), ZoneOffset.UTC),
            CompletionLedger.inMemory());

    PortalFixtures() {
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            root = sign(new JcaX509v3CertificateBuilder(rootName, serial(), Date.from(NOW.minus(Duration.ofDays(1))),
                    Date.from(NOW.plus(Duration.ofDays(365))), rootName, rootKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(rootKeys.getPublic())));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    X509Certificate root() {
        return root;
    }

    TrustAnchors trust() {
        return TrustAnchors.of(List.of(root));
    }

    /** An hour after signing; the test CA publishes no revocation data, so none is required. */
    static VerificationPolicy policy() {
        return VerificationPolicy.builder(NOW.plus(Duration.ofHours(1))).revocationRequired(false).build();
    }

    /** A PKCS #12 file with a person's key and chain under alias {@code k}. */
    byte[] person(String commonName) {
        KeyPair keys = rsa();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, "Trường THPT Thử nghiệm").addRDN(BCStyle.CN, commonName).build();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509Certificate cert = sign(new JcaX509v3CertificateBuilder(rootName, serial(),
                    Date.from(NOW.minus(Duration.ofDays(1))), Date.from(NOW.plus(Duration.ofDays(100))), name,
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(root)));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("k", keys.getPrivate(), PASSWORD, new X509Certificate[] {cert, root});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, PASSWORD);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-page PDF standing in for a transcript page. */
    static byte[] blankTranscript() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 760);
                content.showText("Hoc ba - test transcript page");
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs into a new invisible field, at B-B. */
    byte[] sign(byte[] pdf, byte[] pkcs12, String field) {
        try (Pkcs12KeySource key = Pkcs12KeySource.of(pkcs12, PASSWORD, "k")) {
            X509Certificate signer = key.certificateChain().get(0);
            SignatureRequest request = SignatureRequest.builder(key.certificateChain(), NOW).newInvisibleField(field)
                    .signerName(signer.getSubjectX500Principal().getName()).reason("Xác nhận học bạ")
                    .location("Hà Nội").build();
            return service.sign(pdf, request, key);
        }
    }

    /** The page signed by the homeroom teacher, then the principal. */
    byte[] genuine() {
        return sign(sign(blankTranscript(), person(HOMEROOM), "homeroom"), person(PRINCIPAL), "principal");
    }

    /** A byte of the first revision changed (the page's width): both signatures' digests break. */
    static byte[] flipped(byte[] signed) {
        byte[] copy = signed.clone();
        byte[] needle = "/MediaBox".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int at = MultipartForm.indexOf(copy, needle, 0);
        if (at < 0) {
            throw new IllegalStateException("no MediaBox");
        }
        for (int i = at + needle.length; i < copy.length; i++) {
            if (copy[i] >= '1' && copy[i] <= '8') {
                copy[i]++;
                return copy;
            }
        }
        throw new IllegalStateException("no digit in the MediaBox");
    }

    /** The signed page's box changed in an incremental update after the signatures. */
    static byte[] modifiedAfterSigning(byte[] signed) {
        try (PDDocument document = Loader.loadPDF(signed); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = document.getPage(0);
            page.setMediaBox(new PDRectangle(0, 0, 600, 850));
            page.getCOSObject().setNeedToBeUpdated(true);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private X509Certificate sign(X509v3CertificateBuilder builder) throws GeneralSecurityException {
        PrivateKey key = rootKeys.getPrivate();
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048, random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private BigInteger serial() {
        return new BigInteger(63, random).add(BigInteger.ONE);
    }
}
