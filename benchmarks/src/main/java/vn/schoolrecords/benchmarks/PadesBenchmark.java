package vn.schoolrecords.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.transcript.SecondaryTranscriptRenderer;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureRequest;
import vn.schoolrecords.signing.SignatureService;

/**
 * PAdES B-B with RSA-2048 (RSASSA-PSS, SHA-256) on the sample transcript (records-pdf's rendering,
 * 61 kB, 60 empty signature fields of four sizes sharing their empty appearances): one signature
 * (the homeroom teacher's field of 2025-26), and
 * the four signers of that year in turn (each an incremental update of the previous result). {@link #rawPdfBoxAndBouncyCastle()} is the floor: PDFBox's incremental save with a
 * minimal CMS from Bouncy Castle's generator (same key, same scheme), no policy, certificate,
 * field or value checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PadesBenchmark {

    /** The signing time of every benchmark signature. */
    protected static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final byte[] SIGNED_ATTRIBUTES_SIZED = new byte[150];
    /** The synthetic transcript's fields, for {@link VerifyBenchmark}. */
    private static final List<String> FIELDS = List.of("subject-TOAN", "homeroom", "principal", "school-seal");
    /** The fields of the sample transcript's last year (2025-26) in the signing plan's order. */
    protected static final List<String> SIGNERS_2025 = List.of("subject-2025-TOAN", "homeroom-2025", "principal-2025",
            "school-seal-2025");
    /** The field {@link #padesBaselineB()} fills. */
    protected static final String FIELD = "homeroom-2025";

    protected byte[] transcript;
    protected PrivateKey privateKey;
    protected List<X509Certificate> chain;
    private Pkcs12KeySource keySource;
    private SignatureService service;
    private final BouncyCastleProvider bc = new BouncyCastleProvider();

    @Setup
    public void setUp() throws Exception {
        transcript = sampleTranscript();
        KeyPair keys = BenchmarkPki.rsa2048();
        // Self-signed: the floor and ours both skip path building here.
        X509Certificate certificate = BenchmarkPki.signer(BenchmarkPki.SIGNER, keys.getPrivate(), BigInteger.ONE,
                keys.getPublic(), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)));
        privateKey = keys.getPrivate();
        chain = List.of(certificate);
        keySource = BenchmarkPki.keySource(privateKey, chain);
        // A ledger that never fills: every iteration prepares a fresh signature.
        service = SignatureService.of(Clock.fixed(NOW, ZoneOffset.UTC), (id, expiresAt, now) -> true);
    }

    @TearDown
    public void tearDown() {
        keySource.close();
    }

    /** Ours: policy and certificate checks, FieldMDP lock, PAdES B-B CMS, value verified before writing. */
    @Benchmark
    public byte[] padesBaselineB() {
        return service.sign(transcript, request(FIELD), keySource);
    }

    /** Four signers in turn on one document. */
    @Benchmark
    public byte[] fourSignersInTurn() {
        byte[] pdf = transcript;
        for (String field : SIGNERS_2025) {
            pdf = service.sign(pdf, request(field), keySource);
        }
        return pdf;
    }

    /** The floor: PDFBox incremental save with Bouncy Castle's minimal CMS over the same key. */
    @Benchmark
    public byte[] rawPdfBoxAndBouncyCastle() throws Exception {
        return incrementalSave(this::minimalCms);
    }

    /**
     * What no PAdES signer can avoid, for the targets' arithmetic: one RSA-2048 RSASSA-PSS
     * signature over a CMS-sized input (the signed attributes are about 150 bytes) with the JCA,
     * as the PKCS #12 key source signs.
     */
    @Benchmark
    public byte[] rsaPssSignatureAlone() throws Exception {
        Signature pss = Signature.getInstance("RSASSA-PSS");
        pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        pss.initSign(privateKey);
        pss.update(SIGNED_ATTRIBUTES_SIZED);
        return pss.sign();
    }

    /**
     * The PDF part of the floor alone: the raw baseline's load, signature dictionary and
     * incremental save, with an empty signature instead of RSA and CMS. With
     * {@link #rsaPssSignatureAlone()} it bounds any PAdES signer built on PDFBox from below.
     */
    @Benchmark
    public byte[] pdfBoxIncrementalSaveAlone() throws Exception {
        return incrementalSave(content -> new byte[0]);
    }

    /** The raw baselines' PDF work: load, a signature dictionary, PDFBox's incremental save. */
    private byte[] incrementalSave(SignatureInterface cms) throws Exception {
        try (PDDocument document = Loader.loadPDF(transcript); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            Calendar time = Calendar.getInstance();
            time.setTimeInMillis(NOW.toEpochMilli());
            signature.setSignDate(time);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(8192);
                document.addSignature(signature, cms, options);
                document.saveIncremental(out);
            }
            return out.toByteArray();
        }
    }

    /** The other unavoidable part: SHA-256 over the whole transcript (the byte range is nearly all of it). */
    @Benchmark
    public byte[] sha256OfTranscript() throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(transcript);
    }

    private byte[] minimalCms(InputStream content) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(bc).build())
                    .build(new JcaContentSignerBuilder("SHA256withRSAandMGF1").setProvider(bc).build(privateKey),
                            chain.get(0)));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private SignatureRequest request(String field) {
        return SignatureRequest.builder(chain, NOW).field(field).signerName("Benchmark Signer").build();
    }

    /**
     * The sample transcript as records-pdf renders it: lower secondary, a cover and four year
     * pages, PDF/A-3b with the JSON embedded and fonts as subsets, 60 empty signature fields
     * (61 kB, 130 objects).
     */
    static byte[] sampleTranscript() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        new SecondaryTranscriptRenderer().render(SampleTranscripts.secondary(42),
                PdfOptions.of(Instant.parse("2025-09-05T01:30:00Z")), out);
        return out.toByteArray();
    }

    /** A synthetic 4-page transcript with four empty fields, for {@link VerifyBenchmark}. */
    static byte[] transcript() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage last = null;
            for (int p = 1; p <= 4; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(15);
                    content.newLineAtOffset(60, 780);
                    for (int line = 0; line < 45; line++) {
                        content.showText("Hoc ba, trang " + p + ", mon " + line + ": diem trung binh 8.4, Tot");
                        content.newLine();
                    }
                    content.endText();
                }
                last = page;
            }
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            float x = 40;
            for (String name : FIELDS) {
                PDSignatureField field = new PDSignatureField(form);
                field.setPartialName(name);
                PDAnnotationWidget widget = field.getWidgets().get(0);
                widget.setRectangle(new PDRectangle(x, 60, 120, 60));
                widget.setPage(last);
                widget.setPrinted(true);
                last.getAnnotations().add(widget);
                form.getFields().add(field);
                x += 130;
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
