package vn.schoolrecords.core.transcript.digital.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.MalformedDocumentException;

/** The transaction envelope: every kind writes and reads back, the schema holds, bad envelopes are refused. */
class TransactionEnvelopeXmlTest {

    static final CertificateRegistration CERT = new CertificateRegistration("54010203AABB", LocalDate.of(2026, 1, 5),
            "USB_TOKEN", "BAN_CO_YEU");

    @Test
    void everyKindRoundTrips() {
        for (TransactionKind kind : TransactionKind.values()) {
            TransactionEnvelope e = TransactionEnvelope.of(kind, SubmissionFixtures.HEADER, "MSG-" + kind.code(),
                    kind == TransactionKind.REGISTER_CERTIFICATE ? Optional.of(CERT) : Optional.empty(),
                    kind.hasContent() ? Optional.of(SubmissionContent.encode("<X/>".getBytes(StandardCharsets.UTF_8)))
                            : Optional.empty());

            byte[] xml = TransactionEnvelopeXml.write(e);

            assertThat(TransactionEnvelopeXml.read(xml)).isEqualTo(e);
            assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<type>" + kind.code() + "</type>")
                    .contains("<DU_LIEU_GIAO_DICH Id=\"GD_MSG-" + kind.code() + "\">")
                    .contains("<" + TransactionEnvelopeXml.SIGNING_AREA + ">");
        }
    }

    @Test
    void passwordTravelsOnlyAsItsSha256() {
        String xml = new String(TransactionEnvelopeXml.write(SubmissionPackager.query(TransactionKind.QUERY_RECALL,
                SubmissionFixtures.HEADER, "M1")), StandardCharsets.UTF_8);

        // SHA-256 of the UTF-8 bytes of "mật khẩu", computed independently of TransactionHeader
        assertThat(xml).contains("<password>" + sha256Hex("mật khẩu") + "</password>").doesNotContain("mật khẩu");
    }

    private static String sha256Hex(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void contentMustMatchTheKind() {
        assertThatThrownBy(() -> TransactionEnvelope.of(TransactionKind.SUBMIT, SubmissionFixtures.HEADER, "M",
                Optional.empty(), Optional.empty())).isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.problem()).isEqualTo(SubmissionException.Problem.ENVELOPE_INVALID));
        assertThatThrownBy(() -> TransactionEnvelope.of(TransactionKind.QUERY_SUBMIT_RESULT, SubmissionFixtures.HEADER,
                "M", Optional.empty(), Optional.of("AAAA"))).isInstanceOf(SubmissionException.class);
        assertThatThrownBy(() -> SubmissionPackager.query(TransactionKind.QUERY_RECALL, SubmissionFixtures.HEADER,
                "có dấu")).isInstanceOf(SubmissionException.class);
    }

    @Test
    void unknownElementWrongIdAndDoctypeAreRefused() {
        String xml = new String(TransactionEnvelopeXml.write(SubmissionPackager.query(TransactionKind.QUERY_RECALL,
                SubmissionFixtures.HEADER, "M1")), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TransactionEnvelopeXml.read(xml.replace("<function>", "<khac>1</khac><function>")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(MalformedDocumentException.class,
                        e -> assertThat(e.path()).endsWith("khac"));
        assertThatThrownBy(() -> TransactionEnvelopeXml.read(xml.replace("Id=\"GD_M1\"", "Id=\"GD_M2\"")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(MalformedDocumentException.class);
        assertThatThrownBy(() -> TransactionEnvelopeXml.read(xml.replace("<GIAO_DICH>",
                "<!DOCTYPE GIAO_DICH [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><GIAO_DICH>")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(MalformedDocumentException.class);
    }
}
