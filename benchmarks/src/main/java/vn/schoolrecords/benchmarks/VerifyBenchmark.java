package vn.schoolrecords.benchmarks;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.reports.Reports;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureRequest;
import vn.schoolrecords.signing.SignatureService;
import vn.schoolrecords.signing.verify.Indication;
import vn.schoolrecords.signing.verify.PdfSignatureVerifier;
import vn.schoolrecords.signing.verify.RevocationEvidence;
import vn.schoolrecords.signing.verify.TrustAnchors;
import vn.schoolrecords.signing.verify.VerificationPolicy;
import vn.schoolrecords.signing.verify.VerificationReport;

/**
 * Verifying a 4-page transcript signed by four signers in turn (PAdES B-B, RSA-2048 RSASSA-PSS),
 * offline: byte ranges, CMS, certification path to a root, revocation from an in-memory CRL,
 * and the full modification analysis of every signed revision against the final file.
 * {@link #hashAndRsaOnly()} is the floor: PDFBox finds the four signatures and Bouncy Castle
 * checks each CMS over its byte range, nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class VerifyBenchmark {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final List<String> FIELDS = List.of("subject-TOAN", "homeroom", "principal", "school-seal");

    private final BouncyCastleProvider bc = new BouncyCastleProvider();
    private byte[] signed;
    private X509Certificate rootCertificate;
    private byte[] rootCrl;
    private TrustAnchors trust;
    private VerificationPolicy policy;

    @Setup
    public void setUp() throws Exception {
        KeyPair rootKeys = BenchmarkPki.rsa2048();
        X500Name rootName = new X500Name("CN=Benchmark Root,O=schoolrecords,C=VN");
        X509Certificate root = BenchmarkPki.root(rootKeys, rootName, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(3650)));

        KeyPair keys = BenchmarkPki.rsa2048();
        X509Certificate signer = BenchmarkPki.signer(rootName, rootKeys.getPrivate(), BigInteger.TWO, keys.getPublic(),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)));
        List<X509Certificate> chain = List.of(signer, root);

        SignatureService service = SignatureService.of(Clock.fixed(NOW, ZoneOffset.UTC), (id, expiresAt, now) -> true);
        byte[] pdf = PadesBenchmark.transcript();
        try (Pkcs12KeySource key = BenchmarkPki.keySource(keys.getPrivate(), chain)) {
            for (String field : FIELDS) {
                pdf = service.sign(pdf, SignatureRequest.builder(chain, NOW).field(field).signerName("Benchmark Signer")
                        .build(), key);
            }
        }
        signed = pdf;

        JcaX509v2CRLBuilder crl = new JcaX509v2CRLBuilder(root, Date.from(NOW));
        crl.setNextUpdate(Date.from(NOW.plus(Duration.ofDays(7))));
        byte[] crlBytes = new JcaX509CRLConverter().getCRL(crl.build(new JcaContentSignerBuilder("SHA256withRSA")
                .build(rootKeys.getPrivate()))).getEncoded();
        rootCertificate = root;
        rootCrl = crlBytes;
        trust = TrustAnchors.of(List.of(root));
        policy = VerificationPolicy.builder(NOW.plus(Duration.ofHours(1)))
                .fetcher((certificate, issuer) -> new RevocationEvidence(List.of(), List.of(crlBytes))).build();
        VerificationReport check = PdfSignatureVerifier.verify(signed, trust, policy);
        if (check.indication() != Indication.TOTAL_PASSED || check.signatures().size() != 4) {
            throw new IllegalStateException("the benchmark's file does not verify: " + check.text(java.util.Locale.ENGLISH));
        }
    }

    /** Ours: everything, with the modification analysis of the four signed revisions. */
    @Benchmark
    public VerificationReport verifyFourSignaturesOffline() {
        return PdfSignatureVerifier.verify(signed, trust, policy);
    }

    /**
     * EU DSS 6.2's default validation of the same file, offline, with the same root and CRL:
     * including its visual comparison of each signed revision's pages with the final ones.
     */
    @Benchmark
    public Reports dssDefault() {
        return dss(new DefaultPdfDifferencesFinder());
    }

    /** EU DSS with its visual page comparison switched off. */
    @Benchmark
    public Reports dssWithoutVisualComparison() {
        DefaultPdfDifferencesFinder finder = new DefaultPdfDifferencesFinder();
        finder.setMaximalPagesAmountForVisualComparison(0);
        return dss(finder);
    }

    private Reports dss(DefaultPdfDifferencesFinder finder) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(rootCertificate));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(new ExternalResourcesCRLSource(new InMemoryDocument(rootCrl)));
        PdfBoxDefaultObjectFactory factory = new PdfBoxDefaultObjectFactory();
        factory.setPdfDifferencesFinder(finder);
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(signed));
        validator.setPdfObjFactory(factory);
        validator.setCertificateVerifier(verifier);
        validator.setValidationTime(Date.from(NOW.plus(Duration.ofHours(1))));
        return validator.validateDocument();
    }

    /** The floor: the four CMS signatures checked over their byte ranges, nothing else. */
    @Benchmark
    public int hashAndRsaOnly() throws Exception {
        int valid = 0;
        try (PDDocument document = Loader.loadPDF(signed)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
                        signature.getContents(signed));
                SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
                X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(info.getSID())
                        .iterator().next();
                if (info.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(bc).build(holder))) {
                    valid++;
                }
            }
        }
        return valid;
    }
}
