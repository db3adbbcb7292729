package vn.schoolrecords.signing.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;
import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.TestHocBa;
import vn.schoolrecords.signing.testpki.TestPki;

/**
 * Properties of the học bạ số signatures: any change of any character of the signed data breaks
 * every signature; any order of the four signatures but the signing order is refused for its
 * order alone; any score and any signing time round-trip through signing and verification.
 */
class XmlSignatureProperties {

    static final Instant NOW = Instant.parse("2026-06-20T02:00:00Z");
    static final char[] PASSWORD = "mat-khau".toCharArray();
    static TestPki pki;
    static Credential teacher;
    static Credential head;
    static Credential seal;
    static byte[] issued;

    @BeforeContainer
    static void start() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        teacher = pki.person("Trần Văn Toán", KeyKind.EC_P256);
        head = pki.person("Phạm Hiệu Trưởng", KeyKind.EC_P256);
        seal = pki.organisation("Trường THCS Thử nghiệm", KeyKind.EC_P256);
        byte[] xml = sign(TestHocBa.record(), teacher, TestHocBa.MATHS, NOW);
        xml = sign(xml, teacher, TestHocBa.HOMEROOM, NOW.plusSeconds(60));
        xml = sign(xml, head, TestHocBa.HEAD, NOW.plusSeconds(120));
        issued = sign(xml, seal, TestHocBa.SEAL, NOW.plusSeconds(180));
    }

    @AfterContainer
    static void stop() {
        pki.close();
    }

    static byte[] sign(byte[] xml, Credential credential, SigningPart part, Instant at) {
        try (Pkcs12KeySource key = Pkcs12KeySource.of(credential.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            // A ledger per signature: jqwik may draw the same sample twice, and the same data to be
            // signed completes once only per ledger.
            XmlSignatureService service = XmlSignatureService.of(Clock.fixed(NOW, ZoneOffset.UTC),
                    CompletionLedger.inMemory());
            return service.sign(xml, XmlSignatureRequest.builder(key.certificateChain(), at, TestHocBa.plan(),
                    TestHocBa.signerOf(part), part).expiresAt(at.plus(Duration.ofDays(1))).build(), key);
        }
    }

    static XmlVerificationReport verify(byte[] xml) {
        return DigitalTranscriptVerifier.verify(xml, VerificationSettings.of(List.of(pki.rootCertificate()),
                NOW.plus(Duration.ofDays(1))));
    }

    /** Any one character of the data region's text replaced by another breaks every signature. */
    @Property(tries = 30)
    void anyChangedCharacterOfTheSignedDataBreaksEverySignature(@ForAll @IntRange(min = 0, max = 10_000) int seed,
            @ForAll("digits") char replacement) {
        String text = new String(issued, StandardCharsets.UTF_8);
        // What the signatures of the signed (last) year cover: the general information and that page.
        int page = text.indexOf("<HOC_BA_NAM_HOC Id=\"" + DigitalTranscriptXml.yearId(TestHocBa.CODE,
                TestHocBa.page().year()) + "\"");
        List<Integer> positions = new ArrayList<>();
        for (int[] range : List.of(new int[] {text.indexOf("<THONG_TIN_CHUNG"), text.indexOf("</THONG_TIN_CHUNG>")},
                new int[] {page, text.indexOf("</HOC_BA_NAM_HOC>", page)})) {
            for (int i = range[0]; i < range[1]; i++) {
                if (Character.isDigit(text.charAt(i)) && text.charAt(i) != replacement) {
                    positions.add(i);
                }
            }
        }
        int at = positions.get(seed % positions.size());
        String changed = text.substring(0, at) + replacement + text.substring(at + 1);
        XmlVerificationReport report = verify(changed.getBytes(StandardCharsets.UTF_8));
        assertThat(report.valid()).isFalse();
        // Caught by the digests, or earlier by core's schema (e.g. a month 13, a UUID not v4).
        assertThat(report.failureCodes()).isNotEmpty().allMatch(c -> c.equals("DATA_CHANGED")
                || c.equals("REFERENCE_NOT_TO_DATA") || c.equals("MALFORMED_DOCUMENT")
                || c.equals("XML_DATA_REGION_AMBIGUOUS"));
    }

    @Provide
    Arbitrary<Character> digits() {
        return Arbitraries.chars().range('0', '9');
    }

    /**
     * Every way of putting the four signatures into the four role elements other than each into
     * its own is refused for placement only: the order is read from the signed properties, so it
     * still holds, but a program reading who signed from the layout would be misled.
     */
    @Property(tries = 23)
    void anySignatureInAnotherRolesElementIsRefusedForItsPlacement(@ForAll("permutations") List<Integer> order) {
        Document doc = XmlSignatureAttacksTest.parse(issued);
        List<String> places = List.of("GVBM", "GVCN", "CBQL", "KY_PHAT_HANH");
        List<Element> signatures = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            signatures.add(XmlSignatureAttacksTest.signature(doc, i));
        }
        signatures.forEach(e -> e.getParentNode().removeChild(e));
        for (int i = 0; i < 4; i++) {
            XmlSignatureAttacksTest.place(doc, places.get(order.get(i))).appendChild(signatures.get(i));
        }
        XmlVerificationReport report = verify(XmlSignatureAttacksTest.write(doc));
        long misplaced = java.util.stream.IntStream.range(0, 4).filter(i -> order.get(i) != i).count();
        assertThat(report.valid()).isEqualTo(misplaced == 0);
        assertThat(report.failures()).hasSize((int) misplaced)
                .allMatch(f -> f.check() == XmlCheck.SIGNATURE_PLACEMENT)
                .allMatch(f -> f.failure().orElseThrow().equals("SIGNATURE_UNDER_WRONG_ROLE"));
    }

    @Provide
    Arbitrary<List<Integer>> permutations() {
        return Arbitraries.shuffle(0, 1, 2, 3);
    }

    /** Any score from 0 to 10 with up to four decimals and any signing time in a month sign and verify. */
    @Property(tries = 15)
    void anyScoreAndSigningTimeRoundTrip(@ForAll @IntRange(min = 0, max = 100_000) int score,
            @ForAll @IntRange(min = 0, max = 86_400 * 30) int seconds) {
        String text = new java.math.BigDecimal(score).movePointLeft(4).toPlainString();
        Instant at = NOW.plusSeconds(seconds);
        byte[] signed = sign(TestHocBa.withFirstScore(TestHocBa.record(), text), teacher, TestHocBa.MATHS, at);
        XmlVerificationReport report = verify(signed);
        assertThat(report.failures()).isEmpty();
        assertThat(report.signatures().get(0).signingTime()).contains(at);
        assertThat(new String(signed, StandardCharsets.UTF_8)).contains(">" + text + "<");
    }
}
