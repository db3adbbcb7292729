package vn.schoolrecords.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.signing.HttpRevocationSource;
import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.HttpTimestampClient;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureRequest;
import vn.schoolrecords.signing.SignatureService;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.SteppingClock;
import vn.schoolrecords.signing.testpki.TestPdfs;
import vn.schoolrecords.signing.testpki.TestPki;

/**
 * Revocation data must be fresh: issued no earlier than the best proof of the signing time. The
 * PKI's clock steps a minute per read, so an OCSP response fetched before signing is stale.
 */
class RevocationFreshnessTest {

    static SteppingClock clock;
    static TestPki pki;
    static Credential teacher;

    @BeforeAll
    static void start() {
        clock = new SteppingClock(Instant.parse("2026-03-15T02:00:00Z").truncatedTo(ChronoUnit.SECONDS), Duration.ofMinutes(1));
        pki = TestPki.start(clock);
        teacher = pki.person("Nguyễn Văn A", KeyKind.RSA_2048);
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    /** The answers for the teacher's path, fetched now. */
    static Map<X509Certificate, RevocationEvidence> answersNow() {
        Map<X509Certificate, RevocationEvidence> answers = new HashMap<>();
        List<X509Certificate> chain = teacher.chain();
        for (int i = 0; i + 1 < chain.size(); i++) {
            answers.put(chain.get(i), RevocationFetcher.from(HttpRevocationSource.of()).fetch(chain.get(i), chain.get(i + 1)));
        }
        answers.put(pki.issuingCertificate(), RevocationFetcher.from(HttpRevocationSource.of()).fetch(pki.issuingCertificate(), pki.rootCertificate()));
        return answers;
    }

    static byte[] signNow() {
        char[] password = "mat-khau".toCharArray();
        Instant at = clock.instant();
        try (Pkcs12KeySource key = Pkcs12KeySource.of(teacher.pkcs12(password, "k"), password, "k")) {
            return SignatureService.of(clock, CompletionLedger.inMemory()).sign(
                    TestPdfs.withSignatureFields(1, "homeroom"),
                    SignatureRequest.builder(teacher.chain(), at).field("homeroom").build(), key);
        }
    }

    static VerificationReport verify(byte[] pdf, Map<X509Certificate, RevocationEvidence> answers) {
        VerificationPolicy policy = VerificationPolicy.builder(clock.instant().plus(Duration.ofHours(1)))
                .fetcher((certificate, issuer) -> answers.getOrDefault(certificate, RevocationEvidence.NONE)).build();
        return PdfSignatureVerifier.verify(pdf, TrustAnchors.of(List.of(pki.rootCertificate())), policy);
    }

    @Test
    void answersIssuedBeforeSigningAreNotFreshAndAnswersAfterAre() {
        Map<X509Certificate, RevocationEvidence> stale = answersNow();
        byte[] pdf = signNow();
        VerificationReport report = verify(pdf, stale);
        assertThat(report.indication()).as("%s", report.signatures()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).contains(SubIndication.TRY_LATER);
        assertThat(report.signatures().get(0).findings())
                .anySatisfy(f -> {
                    assertThat(f.code()).isEqualTo("REVOCATION_FRESHNESS");
                    assertThat(f.passed()).isFalse();
                    assertThat(f.text().vi()).contains("không đủ mới");
                });
        VerificationReport fresh = verify(pdf, answersNow());
        assertThat(fresh.indication()).as("%s", fresh.signatures()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void aTimestampFromARevokedAuthorityProvesNothing() {
        char[] password = "mat-khau".toCharArray();
        byte[] pdf;
        try (Pkcs12KeySource key = Pkcs12KeySource.of(teacher.pkcs12(password, "k"), password, "k")) {
            pdf = SignatureService.of(clock, CompletionLedger.inMemory()).sign(TestPdfs.withSignatureFields(1, "homeroom"),
                    SignatureRequest.builder(teacher.chain(), clock.instant()).field("homeroom")
                            .levelBaselineT(HttpTimestampClient.of(pki.tsaUri())).build(), key);
        }
        VerificationPolicy online = VerificationPolicy.builder(clock.instant().plus(Duration.ofHours(1)))
                .fetcher(RevocationFetcher.from(HttpRevocationSource.of())).build();
        TrustAnchors trust = TrustAnchors.of(List.of(pki.rootCertificate()));
        SignatureReport before = PdfSignatureVerifier.verify(pdf, trust, online).signatures().get(0);
        assertThat(before.timestamp().orElseThrow().usable()).as("%s", before.findings()).isTrue();
        assertThat(before.level()).contains(vn.schoolrecords.signing.PadesLevel.B_T);

        // The authority's key was compromised before it stamped this signature.
        pki.revoke(pki.tsaCertificate(), Instant.parse("2026-03-15T01:00:00Z"));
        SignatureReport after = PdfSignatureVerifier.verify(pdf, trust, online).signatures().get(0);
        assertThat(after.timestamp().orElseThrow().usable()).isFalse();
        assertThat(after.level()).contains(vn.schoolrecords.signing.PadesLevel.B_B);
        assertThat(after.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("TIMESTAMP_REVOCATION");
            assertThat(f.passed()).isFalse();
            assertThat(f.text().en()).contains("was revoked");
        });
    }
}
