package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.ExternalTools;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.SignedPdfs;
import vn.schoolrecords.signing.testpki.SoftHsmToken;
import vn.schoolrecords.signing.testpki.TestPdfs;
import vn.schoolrecords.signing.testpki.TestPki;

/**
 * The PKCS #11 key source against a real SoftHSM2 token ({@link SoftHsmToken}: the apt packages
 * softhsm2 and opensc, or SKIP_SOFTHSM=true).
 */
class Pkcs11KeySourceTest {

    static final Instant NOW = Instant.parse("2026-09-05T01:00:00Z");
    static final String PIN = SoftHsmToken.PIN;

    static TestPki pki;
    static Path library;
    static Path config;
    static long slot;
    static Credential seal;
    static Credential teacher;

    final SignatureService service = SignatureService.of(Clock.fixed(NOW, ZoneOffset.UTC), CompletionLedger.inMemory());

    @BeforeAll
    static void initialiseToken() throws Exception {
        SoftHsmToken token = SoftHsmToken.shared();
        library = token.library();
        config = token.config();
        slot = token.slot();
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        seal = pki.organisation("Trường Tiểu học Thử nghiệm", KeyKind.RSA_2048);
        teacher = pki.person("Đỗ Thu Hà", KeyKind.EC_P256);
        token.importKey("con-dau", seal);
        token.importKey("giao-vien", teacher);
        ExternalTools.Result list = token.listObjects();
        assertThat(list.output()).as("pkcs11-tool sees the imported objects").contains("con-dau").contains("giao-vien");
    }

    @AfterAll
    static void stop() {
        if (pki != null) {
            pki.close();
        }
    }

    @Test
    void theSchoolSealOnATokenSignsWithRsaPss() {
        byte[] pdf = TestPdfs.withSignatureFields(1, "school-seal");
        byte[] signed;
        try (Pkcs11KeySource token = Pkcs11KeySource.open(library, slot, PIN.toCharArray(), "con-dau")) {
            assertThat(token.certificateChain().get(0)).isEqualTo(seal.certificate());
            signed = service.sign(pdf, SignatureRequest.builder(token.certificateChain(), NOW).field("school-seal")
                    .build(), token);
        }
        assertThat(SignedPdfs.signatures(signed)).singleElement().satisfies(s -> {
            assertThat(s.valid()).isTrue();
            assertThat(s.signer()).isEqualTo(seal.certificate());
        });
    }

    @Test
    void aTokenFromAConfigFileSignsWithEcdsa() {
        byte[] pdf = TestPdfs.withSignatureFields(1, "homeroom");
        byte[] signed;
        try (Pkcs11KeySource token = Pkcs11KeySource.open(config, PIN.toCharArray(), "giao-vien")) {
            signed = service.sign(pdf, SignatureRequest.builder(token.certificateChain(), NOW).field("homeroom")
                    .build(), token);
        }
        assertThat(SignedPdfs.signatures(signed).get(0).valid()).isTrue();
    }

    @Test
    void aWrongPinOrAliasIsATypedError() {
        assertThatThrownBy(() -> Pkcs11KeySource.open(library, slot, "000000".toCharArray(), "con-dau"))
                .isInstanceOfSatisfying(KeySourceException.class,
                        e -> assertThat(e.code()).isEqualTo("KEY_SOURCE_UNAVAILABLE"));
        assertThatThrownBy(() -> Pkcs11KeySource.open(library, slot, PIN.toCharArray(), "khong-co"))
                .isInstanceOfSatisfying(KeySourceException.class,
                        e -> assertThat(e.code()).isEqualTo("KEY_ALIAS_NOT_FOUND"));
    }
}
