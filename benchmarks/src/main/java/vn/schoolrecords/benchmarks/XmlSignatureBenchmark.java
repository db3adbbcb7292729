package vn.schoolrecords.benchmarks;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.transcript.PlannedSignature;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.core.transcript.digital.DigitalTranscript;
import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.xml.DigitalTranscriptVerifier;
import vn.schoolrecords.signing.xml.VerificationSettings;
import vn.schoolrecords.signing.xml.XmlSignatureRequest;
import vn.schoolrecords.signing.xml.XmlSignatureService;
import vn.schoolrecords.signing.xml.XmlVerificationReport;

/**
 * XML signatures of a học bạ số (XMLDSig, exclusive C14N, SHA-256) written by core from its
 * sample lower-secondary transcript (four school years, about 40 kB): one signature; four signers
 * in turn (subject teacher, homeroom teacher, head of school, organisation), so ms per signature
 * is a quarter of it; and the verification of the four-signature record (four signatures,
 * certificate paths to the root, order, wrapping checks). RSA-2048 signs with RSASSA-PSS, EC
 * P-256 with ECDSA. {@link #rawJdkXmlSignature()} is the floor: the JDK's
 * {@code XMLSignature.sign} of one enveloping-free signature over the data region, with no
 * policy, certificate, order or value checks and no signed SigningTime.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class XmlSignatureBenchmark {

    private static final Instant NOW = Instant.parse("2026-06-20T02:00:00Z");
    private static final List<SigningPart> PARTS = List.of(SigningPart.subjectRow("TOAN"),
            SigningPart.page(SigningRole.HOMEROOM_TEACHER), SigningPart.page(SigningRole.PRINCIPAL),
            SigningPart.page(SigningRole.SCHOOL_SEAL));

    /** The signer's key type. */
    @Param({"RSA_2048", "EC_P256"})
    public String key;

    private byte[] record;
    private byte[] issued;
    private SigningPlan plan;
    private List<X509Certificate> chain;
    private X509Certificate root;
    private KeyPair signerKeys;
    private Pkcs12KeySource keySource;
    private XmlSignatureService service;
    private VerificationSettings settings;

    @Setup
    public void setUp() throws Exception {
        record = record();
        KeyPair rootKeys = BenchmarkPki.rsa2048();
        X500Name rootName = new X500Name("CN=Benchmark Root CA,O=schoolrecords,C=VN");
        root = BenchmarkPki.root(rootKeys, rootName, NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(3650)));
        signerKeys = key.equals("EC_P256") ? BenchmarkPki.ecP256() : BenchmarkPki.rsa2048();
        X509Certificate certificate = BenchmarkPki.signer(rootName, rootKeys.getPrivate(), BigInteger.TWO,
                signerKeys.getPublic(), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)));
        chain = List.of(certificate, root);
        keySource = BenchmarkPki.keySource(signerKeys.getPrivate(), chain);
        // A ledger that never fills: every iteration prepares a fresh signature.
        service = XmlSignatureService.of(Clock.fixed(NOW, ZoneOffset.UTC), (id, expiresAt, now) -> true);
        plan = plan();
        settings = VerificationSettings.of(List.of(root), NOW.plus(Duration.ofDays(1)));
        issued = fourSignersInTurn();
        XmlVerificationReport report = verifyFourSignatures();
        if (!report.issued()) {
            throw new IllegalStateException(report.toText(java.util.Locale.ENGLISH));
        }
    }

    @TearDown
    public void tearDown() {
        keySource.close();
    }

    /** One signature (the subject teacher's) on the unsigned record. */
    @Benchmark
    public byte[] oneSignature() {
        return sign(record, 0);
    }

    /** Four signers in turn: ms per signature is a quarter of this. */
    @Benchmark
    public byte[] fourSignersInTurn() {
        byte[] xml = record;
        for (int i = 0; i < 4; i++) {
            xml = sign(xml, i);
        }
        return xml;
    }

    /** The verification of the issued four-signature record. */
    @Benchmark
    public XmlVerificationReport verifyFourSignatures() {
        return DigitalTranscriptVerifier.verify(issued, settings);
    }

    /** The floor: the JDK's XMLSignature.sign with one reference to the data region, parsed and written. */
    @Benchmark
    public Document rawJdkXmlSignature() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(record));
        Element data = (Element) doc.getElementsByTagName("DU_LIEU_HOC_BA").item(0);
        Element area = (Element) doc.getElementsByTagName("DANH_SACH_THONG_TIN_KY").item(0);
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        Reference reference = factory.newReference("#" + data.getAttribute("Id"),
                factory.newDigestMethod(DigestMethod.SHA256, null),
                List.of(factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)), null, null);
        String method = key.equals("EC_P256") ? SignatureMethod.ECDSA_SHA256 : SignatureMethod.SHA256_RSA_MGF1;
        SignedInfo signedInfo = factory.newSignedInfo(factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE,
                (C14NMethodParameterSpec) null), factory.newSignatureMethod(method, null), Collections.singletonList(reference));
        DOMSignContext context = new DOMSignContext(signerKeys.getPrivate(), area);
        context.setIdAttributeNS(data, null, "Id");
        context.setDefaultNamespacePrefix("ds");
        factory.newXMLSignature(signedInfo, null).sign(context);
        return doc;
    }

    private byte[] sign(byte[] xml, int i) {
        return service.sign(xml, XmlSignatureRequest.builder(chain, NOW.plusSeconds(60L * i), plan,
                plan.planned().get(i).signerId(), PARTS.get(i)).expiresAt(NOW.plus(Duration.ofDays(1))).build(), keySource);
    }

    /** A lower-secondary learner's record over four years, written by core from its sample transcript. */
    private static byte[] record() {
        return DigitalTranscriptXml.write(DigitalTranscript.of(SampleTranscripts.secondary(42),
                UUID.fromString("3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), NOW));
    }

    /** The last page's plan: mathematics teacher, homeroom teacher, head of school, seal. */
    private static SigningPlan plan() {
        Transcript transcript = SampleTranscripts.secondary(42);
        TranscriptYear page = transcript.years().get(transcript.years().size() - 1);
        var maths = page.results().subjectTeachers().get("TOAN");
        return new SigningPlan(page.studentId(), page.year(), page.school().code(), SigningPolicy.DEFAULT, List.of(
                new PlannedSignature(PARTS.get(0), maths.staffId(), maths.fullName(), true),
                new PlannedSignature(PARTS.get(1), page.homeroomTeacher().staffId(), page.homeroomTeacher().fullName(), true),
                new PlannedSignature(PARTS.get(2), page.confirmedBy().staffId(), page.confirmedBy().fullName(), true),
                new PlannedSignature(PARTS.get(3), page.school().code(), page.school().name(), true)), List.of());
    }
}
