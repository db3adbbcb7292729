package vn.schoolrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.transcript.SecondaryTranscriptRenderer;
import vn.schoolrecords.pdf.transcript.TranscriptPageTexts;
import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureRequest;
import vn.schoolrecords.signing.SignatureService;
import vn.schoolrecords.signing.verify.Indication;
import vn.schoolrecords.signing.verify.PdfSignatureVerifier;
import vn.schoolrecords.signing.verify.SignatureReport;
import vn.schoolrecords.signing.verify.SubIndication;
import vn.schoolrecords.signing.verify.TrustAnchors;
import vn.schoolrecords.signing.verify.VerificationPolicy;
import vn.schoolrecords.signing.verify.VerificationReport;

/**
 * The data-bound check end to end (issue 10): a transcript (học bạ) rendered by records-pdf with
 * its JSON inside, signed by records-signing, verified with the PDF module's
 * {@link TranscriptPageTexts} as the rendering. The genuine file passes; a file whose page text
 * was changed before signing while its JSON was kept fails with DATA_MISMATCH, although its
 * signature is cryptographically perfect. The signer's certificate is issued by a test root made
 * here; revocation is not the point here.
 */
class DataBoundVerificationTest {

    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    static final PdfOptions OPTIONS = PdfOptions.of(NOW);
    static final char[] PASSWORD = "mat-khau".toCharArray();

    static X509Certificate root;
    static X509Certificate certificate;
    static byte[] pkcs12;
    static byte[] rendered;

    @BeforeAll
    static void setUp() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair rootPair = generator.generateKeyPair();
        KeyPair pair = generator.generateKeyPair();
        X500Name rootName = new X500Name("CN=Test Root CA,O=schoolrecords examples,C=VN");
        JcaX509v3CertificateBuilder rootBuilder = new JcaX509v3CertificateBuilder(rootName, BigInteger.ONE,
                Date.from(NOW.minus(Duration.ofDays(60))), Date.from(NOW.plus(Duration.ofDays(3650))), rootName,
                rootPair.getPublic());
        rootBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        rootBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        root = new JcaX509CertificateConverter().getCertificate(
                rootBuilder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(rootPair.getPrivate())));
        X500Name name = new X500Name("CN=Trần Văn Minh,O=Trường THCS Thử nghiệm,C=VN");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(rootName, BigInteger.valueOf(7),
                Date.from(NOW.minus(Duration.ofDays(30))), Date.from(NOW.plus(Duration.ofDays(365))), name, pair.getPublic());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        certificate = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(rootPair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("k", pair.getPrivate(), PASSWORD, new Certificate[] {certificate, root});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PASSWORD);
        pkcs12 = out.toByteArray();

        Transcript transcript = SampleTranscripts.secondary(42);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new SecondaryTranscriptRenderer().render(transcript, OPTIONS, pdf);
        rendered = pdf.toByteArray();
    }

    static byte[] sign(byte[] pdf) {
        SignatureRequest request = SignatureRequest.builder(List.of(certificate, root), NOW).newInvisibleField("xac-nhan")
                .signerName("Trần Văn Minh").signerRole("Hiệu trưởng").build();
        try (Pkcs12KeySource key = Pkcs12KeySource.of(pkcs12, PASSWORD, "k")) {
            return SignatureService.of(Clock.fixed(NOW, ZoneOffset.UTC), CompletionLedger.inMemory()).sign(pdf, request, key);
        }
    }

    static VerificationReport verify(byte[] pdf, boolean dataBound) {
        VerificationPolicy.Builder policy = VerificationPolicy.builder(NOW.plus(Duration.ofHours(1))).revocationRequired(false);
        if (dataBound) {
            policy.rendering(TranscriptPageTexts.of(OPTIONS));
        }
        return PdfSignatureVerifier.verify(pdf, TrustAnchors.of(List.of(root)), policy.build());
    }

    /** The rendered transcript with one more line of text drawn on page 1: its JSON is untouched. */
    static byte[] withForgedText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                content.newLineAtOffset(60, 40);
                content.showText("Toan 10.0");
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aGenuineSignedTranscriptPassesTheDataBoundCheck() {
        VerificationReport report = verify(sign(rendered), true);
        assertThat(report.indication()).as("%s", report.signatures()).isEqualTo(Indication.TOTAL_PASSED);
        SignatureReport signature = report.signatures().get(0);
        assertThat(signature.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("DATA_BOUND");
            assertThat(f.passed()).isTrue();
        });
    }

    @Test
    void aSignatureOverTextThatDisagreesWithTheDataFails() throws IOException {
        byte[] forged = sign(withForgedText(rendered));
        // Without the data-bound check the forged file is a perfectly valid signature.
        assertThat(verify(forged, false).indication()).isEqualTo(Indication.TOTAL_PASSED);

        VerificationReport report = verify(forged, true);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).contains(SubIndication.DATA_MISMATCH);
        assertThat(report.signatures().get(0).findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("DATA_BOUND");
            assertThat(f.passed()).isFalse();
        });
        assertThat(report.text(Locale.forLanguageTag("vi"))).contains("trang 1 KHÔNG KHỚP với dữ liệu JSON đính kèm");
        assertThat(report.text(Locale.ENGLISH)).contains("page 1 does NOT match the embedded JSON record");
        assertThat(report.toJson()).contains("DATA_MISMATCH");
    }

    @Test
    void aFileWithoutARecordIsReportedAsNotChecked() throws IOException {
        byte[] bare;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            bare = out.toByteArray();
        }
        VerificationReport report = verify(sign(bare), true);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signatures().get(0).findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("DATA_BOUND");
            assertThat(f.passed()).isFalse();
            assertThat(f.text().en()).contains("not checked");
        });
    }
}
