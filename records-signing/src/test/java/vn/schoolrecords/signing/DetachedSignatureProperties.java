package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.TestPki;

/**
 * Properties of detached CAdES signatures and of the appearance's time line: any content signs
 * and verifies, any one flipped bit of it is detected; the time shown is the signing time in
 * Vietnam time, whatever the instant.
 */
class DetachedSignatureProperties {

    static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    static final char[] PASSWORD = "pw-000000".toCharArray();
    static TestPki pki;
    static Credential teacher;
    static Pkcs12KeySource key;

    @BeforeContainer
    static void start() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        teacher = pki.person("Ngô Bảo Châu", KeyKind.EC_P256);
        key = Pkcs12KeySource.of(teacher.pkcs12(PASSWORD, "k"), PASSWORD, "k");
    }

    @AfterContainer
    static void stop() {
        key.close();
        pki.close();
    }

    @Property(tries = 40)
    void anyContentVerifiesAndAnyFlippedBitOfItIsDetected(@ForAll @Size(min = 1, max = 2000) byte[] content,
            @ForAll @IntRange(min = 0, max = 1_000_000) int position) {
        byte[] p7s = CadesSigner.signDetached(content, CadesRequest.builder(teacher.chain(), NOW).build(), key);
        assertThat(CadesSigner.verifyDetached(content, p7s).status()).isEqualTo(CadesVerification.Status.VALID);
        byte[] altered = content.clone();
        int bit = position % (content.length * 8);
        altered[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThat(CadesSigner.verifyDetached(altered, p7s).status())
                .isEqualTo(CadesVerification.Status.CONTENT_ALTERED);
    }

    @Property
    void decomposedVietnameseNamesAreShownComposed(@ForAll("vietnameseNames") String name) {
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        var lines = vn.schoolrecords.signing.internal.VisibleAppearance.lines(
                new vn.schoolrecords.signing.internal.VisibleAppearance.Signer(decomposed, java.util.Optional.of(decomposed),
                        NOW));
        String composed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        assertThat(lines).startsWith("Ký bởi: " + composed, "Chức vụ: " + composed);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> vietnameseNames() {
        return net.jqwik.api.Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệ"
                + "ìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ").ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank());
    }

    @Property
    void theAppearanceShowsTheSigningTimeInVietnamTimeToTheSecond(
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seconds, @ForAll @IntRange(min = 0, max = 999) int millis) {
        Instant signingTime = Instant.ofEpochSecond(1_600_000_000L + seconds).plusMillis(millis);
        var lines = vn.schoolrecords.signing.internal.VisibleAppearance.lines(
                new vn.schoolrecords.signing.internal.VisibleAppearance.Signer("Lê Thị Hồng", java.util.Optional.empty(),
                        signingTime));
        String last = lines.get(lines.size() - 1);
        assertThat(last).startsWith("Thời gian ký: ").endsWith("+07:00");
        OffsetDateTime shown = OffsetDateTime.parse(last.substring("Thời gian ký: ".length()));
        assertThat(shown.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(shown.toInstant()).isEqualTo(signingTime.truncatedTo(ChronoUnit.SECONDS));
    }
}
