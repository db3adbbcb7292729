package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.constraints.IntRange;

import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.SignedPdfs;
import vn.schoolrecords.signing.testpki.TestPdfs;
import vn.schoolrecords.signing.testpki.TestPki;

class SignatureValueProperties {

    static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    static TestPki pki;
    static Credential teacher;
    static byte[] pdf;

    @BeforeContainer
    static void start() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        teacher = pki.person("Ngô Bảo Châu", KeyKind.RSA_2048);
        pdf = TestPdfs.withSignatureFields(1, "homeroom");
    }

    @AfterContainer
    static void stop() {
        pki.close();
    }

    /** Any one flipped bit of the value is refused, nothing is claimed, and the right value still completes. */
    @Property(tries = 25)
    void anyFlippedBitOfTheSignatureValueIsRefused(@ForAll @IntRange(min = 0, max = 2047) int bit) {
        SignatureService service = SignatureService.of(Clock.fixed(NOW, ZoneOffset.UTC), CompletionLedger.inMemory());
        PreparedSignature prepared = service.prepare(pdf, SignatureRequest.builder(teacher.chain(), NOW)
                .field("homeroom").build());
        byte[] value;
        char[] password = "pw-000000".toCharArray();
        try (Pkcs12KeySource key = Pkcs12KeySource.of(teacher.pkcs12(password, "k"), password, "k")) {
            value = key.sign(prepared.dataToBeSigned(), prepared.algorithm());
        }
        byte[] flipped = value.clone();
        flipped[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThatThrownBy(() -> service.complete(prepared, flipped)).isInstanceOf(SignatureValueMismatchException.class);
        assertThat(SignedPdfs.signatures(service.complete(prepared, value)).get(0).valid()).isTrue();
    }
}
