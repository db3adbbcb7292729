package vn.schoolrecords.core.transcript.digital.submission;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.LocalizedText;

/**
 * One transaction with the receiving portal (giao dịch truyền nhận, CV 2088/BGDĐT-GDTH, Phụ lục 1,
 * v1.0, §II.2): its kind, who sends it, its message id, and for the kinds that carry one the
 * encoded content ({@link SubmissionContent}). Written as XML by {@link TransactionEnvelopeXml}
 * with a signing area where the school's organisation certificate signs it
 * ({@link TransactionSigner}).
 *
 * @param kind the transaction kind ({@code type}), not null
 * @param header who sends it, not null
 * @param messageId the message id ({@code messageid}): new for a submit, register or recall; the
 *     queried transaction's id for a query; 1–64 ASCII letters, digits, dots, dashes, underscores
 * @param function the function code ({@code function}), not blank; by default the kind's code
 * @param certificate the certificate, exactly for {@link TransactionKind#REGISTER_CERTIFICATE}, not null
 * @param content the encoded content, exactly for the kinds that carry one, not null
 */
public record TransactionEnvelope(TransactionKind kind, TransactionHeader header, String messageId, String function,
        Optional<CertificateRegistration> certificate, Optional<String> content) {

    /**
     * Checks the values against the kind.
     *
     * @throws SubmissionException {@link SubmissionException.Problem#ENVELOPE_INVALID} if they do not fit
     */
    public TransactionEnvelope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(messageId, "messageId");
        if (!messageId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw SubmissionException.of(SubmissionException.Problem.ENVELOPE_INVALID,
                    "mã gói tin gồm 1–64 chữ cái, chữ số, dấu chấm, gạch: " + messageId,
                    "a message id is 1–64 letters, digits, dots, dashes, underscores: " + messageId);
        }
        requireText(function, "function");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(content, "content");
        if (certificate.isPresent() != (kind == TransactionKind.REGISTER_CERTIFICATE)
                || content.isPresent() != kind.hasContent()) {
            throw SubmissionException.of(SubmissionException.Problem.ENVELOPE_INVALID,
                    "giao dịch " + kind + " " + (kind.hasContent() ? "cần" : "không có") + " nội dung",
                    "a " + kind + " transaction " + (kind.hasContent() ? "needs" : "has no") + " content");
        }
    }

    /**
     * An envelope whose function code is the kind's code.
     *
     * @param kind the kind, not null
     * @param header the sender, not null
     * @param messageId the message id, not null
     * @param certificate the certificate for a registration, else empty, not null
     * @param content the content for the kinds that carry one, else empty, not null
     * @return the envelope, not null
     */
    public static TransactionEnvelope of(TransactionKind kind, TransactionHeader header, String messageId,
            Optional<CertificateRegistration> certificate, Optional<String> content) {
        return new TransactionEnvelope(kind, header, messageId, Integer.toString(kind.code()), certificate, content);
    }

    /** @return the Id of the envelope's signed data region, {@code GD_} and the message id, not null */
    public String dataId() {
        return "GD_" + messageId;
    }

    static String requireText(String value, String path) {
        Objects.requireNonNull(value, path);
        if (value.isBlank() || value.length() > 500) {
            throw new SubmissionException(SubmissionException.Problem.ENVELOPE_INVALID, LocalizedText.of(
                    path + " phải có 1–500 ký tự", path + " needs 1–500 characters"), null);
        }
        return value;
    }
}
