package vn.schoolrecords.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.schoolrecords.signing.HttpRevocationSource;
import vn.schoolrecords.signing.HttpTimestampClient;
import vn.schoolrecords.signing.PadesExtender;
import vn.schoolrecords.signing.PadesLevel;
import vn.schoolrecords.signing.verify.RevocationReport.Source;
import vn.schoolrecords.signing.verify.RevocationReport.Status;

/**
 * Genuine long-term files made by our own {@link PadesExtender} (B-LT, B-LTA, an archive renewal)
 * and visible signatures: all TOTAL_PASSED offline, with revocation data from the DSS only, and
 * the level recognised from what the document contains.
 */
class LongTermDocumentsTest {

    static Fixtures f;

    @BeforeAll
    static void start() {
        f = new Fixtures();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** The policy with no fetcher: everything must come from the document. */
    static VerificationPolicy offline() {
        return VerificationPolicy.builder(Fixtures.NOW.plus(Duration.ofHours(1))).build();
    }

    static void assertPassedOffline(byte[] pdf, int signatures, PadesLevel level) {
        VerificationReport report = PdfSignatureVerifier.verify(pdf, f.trust, offline());
        assertThat(report.signaturesOnly()).hasSize(signatures).allSatisfy(s -> {
            assertThat(s.indication()).as("%s %s %s", s.fieldName(), s.findings(), s.modifications())
                    .isEqualTo(Indication.TOTAL_PASSED);
            assertThat(s.level()).as(s.fieldName()).contains(level);
            assertThat(s.revocation()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(Status.GOOD);
                assertThat(r.source()).isEqualTo(Source.DOCUMENT);
            });
            assertThat(s.modifications()).allSatisfy(m -> assertThat(m.allowed()).as(m.text().en()).isTrue());
        });
        assertThat(report.documentTimestamps()).allSatisfy(t -> assertThat(t.indication())
                .as("%s %s", t.findings(), t.modifications()).isEqualTo(Indication.TOTAL_PASSED));
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        String name = level.name().replace('_', '-');
        assertThat(report.text(java.util.Locale.forLanguageTag("vi"))).contains("mức PAdES " + name);
        assertThat(report.text(java.util.Locale.ENGLISH)).contains("PAdES level " + name);
        assertThat(report.toJson()).contains("\"level\" : \"" + name + "\"");
    }

    static PadesExtender extender(long secondsAfter) {
        return PadesExtender.builder(Clock.fixed(Fixtures.NOW.plusSeconds(secondsAfter), ZoneOffset.UTC),
                HttpRevocationSource.of()).timestampClient(HttpTimestampClient.of(f.pki.tsaUri())).build();
    }

    @ParameterizedTest(name = "{0} signers at B-LT")
    @ValueSource(ints = {1, 4})
    void bLtFromOurExtenderPassesOffline(int signers) {
        byte[] lt = extender(60).extend(f.signed(signers, true), PadesLevel.B_LT);
        assertPassedOffline(lt, signers, PadesLevel.B_LT);
    }

    @ParameterizedTest(name = "{0} signers at B-LTA")
    @ValueSource(ints = {1, 4})
    void bLtaFromOurExtenderPassesOffline(int signers) {
        byte[] lta = extender(60).extend(f.signed(signers, true), PadesLevel.B_LTA);
        assertPassedOffline(lta, signers, PadesLevel.B_LTA);
        assertThat(PdfSignatureVerifier.verify(lta, f.trust, offline()).documentTimestamps()).hasSize(1);
    }

    @Test
    void anArchiveRenewalPassesOfflineWithTwoDocumentTimestamps() {
        byte[] lta = extender(60).extend(f.signed(2, true), PadesLevel.B_LTA);
        byte[] renewed = extender(120).extend(lta, PadesLevel.B_LTA);
        assertThat(renewed).startsWith(lta);
        assertPassedOffline(renewed, 2, PadesLevel.B_LTA);
        assertThat(PdfSignatureVerifier.verify(renewed, f.trust, offline()).documentTimestamps()).hasSize(2)
                .allSatisfy(t -> assertThat(t.timestamp().orElseThrow().usable()).isTrue());
    }

    @Test
    void theLevelIsWhatTheDocumentContains() {
        VerificationPolicy online = f.policy();
        assertThat(PdfSignatureVerifier.verify(f.signed(1, false), f.trust, online).signatures())
                .singleElement().satisfies(s -> assertThat(s.level()).contains(PadesLevel.B_B));
        assertThat(PdfSignatureVerifier.verify(f.signed(1, true), f.trust, online).signatures())
                .singleElement().satisfies(s -> assertThat(s.level()).contains(PadesLevel.B_T));
        // A later signature without validation data is B-T, while the earlier one keeps its B-LT.
        byte[] lt = extender(60).extend(f.signed(1, true), PadesLevel.B_LT);
        byte[] second = f.sign(lt, f.homeroom, "homeroom", true);
        VerificationReport report = PdfSignatureVerifier.verify(second, f.trust, online);
        assertThat(report.signatures()).extracting(s -> s.level().orElseThrow())
                .containsExactly(PadesLevel.B_LT, PadesLevel.B_T);
    }

    @Test
    void visibleSignaturesPassAtEveryLevel() {
        byte[] pdf = f.blank;
        for (int i = 0; i < Fixtures.FIELDS.size(); i++) {
            pdf = f.signVisible(pdf, f.signers.get(i), Fixtures.FIELDS.get(i));
        }
        VerificationReport bt = PdfSignatureVerifier.verify(pdf, f.trust, f.policy());
        assertThat(bt.indication()).as("%s", bt.signatures()).isEqualTo(Indication.TOTAL_PASSED);
        byte[] lta = extender(60).extend(pdf, PadesLevel.B_LTA);
        assertPassedOffline(lta, 4, PadesLevel.B_LTA);
    }
}
