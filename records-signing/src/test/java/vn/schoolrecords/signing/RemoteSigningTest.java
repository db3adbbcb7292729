package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.RemoteSigningServer;
import vn.schoolrecords.signing.testpki.SignedPdfs;
import vn.schoolrecords.signing.testpki.TestPdfs;
import vn.schoolrecords.signing.testpki.TestPki;

class RemoteSigningTest {

    static final Instant NOW = Instant.parse("2026-05-20T03:00:00Z");
    static TestPki pki;
    static RemoteSigningServer remote;
    static Credential principal;
    static Credential seal;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    final SignatureService service = SignatureService.of(Clock.fixed(NOW.plusSeconds(90), ZoneOffset.UTC),
            CompletionLedger.inMemory());

    @BeforeAll
    static void start() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        principal = pki.person("Hoàng Văn Hiệu Trưởng", KeyKind.RSA_2048);
        seal = pki.organisation("Trường THCS Thử nghiệm", KeyKind.EC_P256);
        remote = new RemoteSigningServer().with("principal-1", principal).with("seal-1", seal);
    }

    @AfterAll
    static void stop() {
        remote.close();
        pki.close();
    }

    @Test
    void aRemoteHashSignerCompletesAPreparedSignatureInTwoPhases() {
        byte[] pdf = TestPdfs.withSignatureFields(2, "principal", "school-seal");
        try (RemoteSigner signer = new ExampleRemoteSigner(remote.baseUri(), "principal-1", HTTP)) {
            assertThat(signer.certificateChain()).isEqualTo(principal.chain());
            PreparedSignature prepared = service.prepare(pdf, SignatureRequest.builder(signer.certificateChain(), NOW)
                    .field("principal").signerName("Hoàng Văn Hiệu Trưởng").signerRole("Hiệu trưởng").build());
            // Only the hash leaves the library; the phone approval happens between the phases.
            byte[] value = signer.signDigest(prepared.dataToBeSignedDigest(), prepared.algorithm());
            byte[] signed = service.complete(prepared, value);
            assertThat(SignedPdfs.signatures(signed)).singleElement().satisfies(s -> assertThat(s.valid()).isTrue());
        }
    }

    @Test
    void theSchoolSealSignsThroughTheOneStepConvenienceWithEcdsa() {
        byte[] pdf = TestPdfs.withSignatureFields(1, "school-seal");
        byte[] signed;
        try (RemoteSigner signer = new ExampleRemoteSigner(remote.baseUri(), "seal-1", HTTP)) {
            signed = service.sign(pdf, SignatureRequest.builder(signer.certificateChain(), NOW).field("school-seal")
                    .build(), signer);
        }
        assertThat(SignedPdfs.signatures(signed)).singleElement().satisfies(s -> assertThat(s.valid()).isTrue());
    }

    @Test
    void pkcs1v15ThroughTheRemoteSignerWhenThePolicyAllowsIt() {
        byte[] pdf = TestPdfs.withSignatureFields(1, "principal");
        byte[] signed;
        try (RemoteSigner signer = new ExampleRemoteSigner(remote.baseUri(), "principal-1", HTTP)) {
            signed = service.sign(pdf, SignatureRequest.builder(signer.certificateChain(), NOW).field("principal")
                    .policy(AlgorithmPolicy.TT15_2025.withPkcs1v15Allowed(true))
                    .scheme(SignatureScheme.RSASSA_PKCS1_V1_5).build(), signer);
        }
        assertThat(SignedPdfs.signatures(signed).get(0).valid()).isTrue();
    }

    @Test
    void anUnknownCredentialIsATypedError() {
        assertThatThrownBy(() -> new ExampleRemoteSigner(remote.baseUri(), "nobody", HTTP))
                .isInstanceOfSatisfying(KeySourceException.class,
                        e -> assertThat(e.code()).isEqualTo("KEY_SOURCE_UNAVAILABLE"));
    }
}
