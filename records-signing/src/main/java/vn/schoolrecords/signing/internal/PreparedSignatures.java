package vn.schoolrecords.signing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.AlgorithmChoice;
import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.PreparedSignatureException;
import vn.schoolrecords.signing.PreparedSignatureException.Reason;
import vn.schoolrecords.signing.SignatureScheme;

/**
 * What the two prepared signatures (PAdES {@code PreparedSignature}, XML
 * {@code PreparedXmlSignature}) share: their JSON form's common fields (format tag, id, times,
 * algorithm, certificate chain), the typed error for a form that cannot be read, and, on
 * completion, the expiry check and the once-only claim in the {@link CompletionLedger}. Kept once
 * so that both behave and fail alike.
 */
public final class PreparedSignatures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PreparedSignatures() {
    }

    /**
     * Starts a serialised form with the format tag and the id.
     *
     * @param format the format tag, not null
     * @param id the prepared signature's id, not null
     * @return the JSON object to add the other fields to, not null
     */
    public static ObjectNode start(String format, String id) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", format);
        root.put("id", id);
        return root;
    }

    /**
     * Writes the signing time and the expiry.
     *
     * @param root the form, not null
     * @param signingTime the signing time, not null
     * @param expiresAt the expiry, not null
     */
    public static void putTimes(ObjectNode root, Instant signingTime, Instant expiresAt) {
        root.put("signingTime", signingTime.toString());
        root.put("expiresAt", expiresAt.toString());
    }

    /**
     * Writes the algorithm as an object {@code algorithm}.
     *
     * @param root the form, not null
     * @param algorithm the algorithm, not null
     */
    public static void putAlgorithm(ObjectNode root, AlgorithmChoice algorithm) {
        ObjectNode alg = root.putObject("algorithm");
        alg.put("scheme", algorithm.scheme().name());
        alg.put("digest", algorithm.digest());
        alg.put("keyAlgorithm", algorithm.keyAlgorithm());
        alg.put("keyBits", algorithm.keyBits());
    }

    /**
     * Writes the certificate chain as an array {@code certificateChain} of Base64 DER.
     *
     * @param root the form, not null
     * @param chain the chain, not null
     */
    public static void putChain(ObjectNode root, List<X509Certificate> chain) {
        ArrayNode array = root.putArray("certificateChain");
        try {
            for (X509Certificate c : chain) {
                array.add(Base64.getEncoder().encodeToString(c.getEncoded()));
            }
        } catch (CertificateException e) {
            // The certificates were parsed or checked before; failing to encode one again is a bug.
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes binary data in Base64.
     *
     * @param root the form, not null
     * @param field the field's name, not null
     * @param data the bytes, not null
     */
    public static void putBytes(ObjectNode root, String field, byte[] data) {
        root.put(field, Base64.getEncoder().encodeToString(data));
    }

    /**
     * The form's UTF-8 bytes.
     *
     * @param json the JSON text, not null
     * @return the bytes, not null
     */
    public static byte[] toBytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The JSON text of UTF-8 bytes.
     *
     * @param bytes the bytes, not null
     * @return the text, not null
     */
    public static String fromBytes(byte[] bytes) {
        return new String(Objects.requireNonNull(bytes, "bytes"), StandardCharsets.UTF_8);
    }

    /**
     * Parses a form and checks its format tag.
     *
     * @param json the JSON text, not null
     * @param format the expected format tag, not null
     * @return the root object, not null
     * @throws IOException if it is not JSON
     * @throws IllegalArgumentException if the format tag is missing or another
     */
    public static JsonNode read(String json, String format) throws IOException {
        JsonNode root = JSON.readTree(json);
        if (!format.equals(text(root, "format"))) {
            throw new IllegalArgumentException("not " + format);
        }
        return root;
    }

    /**
     * Reads the {@code algorithm} object.
     *
     * @param root the form, not null
     * @return the algorithm, not null
     * @throws IllegalArgumentException if a field is missing or unknown
     */
    public static AlgorithmChoice algorithm(JsonNode root) {
        JsonNode alg = root.get("algorithm");
        return new AlgorithmChoice(SignatureScheme.valueOf(text(alg, "scheme")), text(alg, "digest"),
                text(alg, "keyAlgorithm"), alg.get("keyBits").intValue());
    }

    /**
     * Reads the {@code certificateChain} array.
     *
     * @param root the form, not null
     * @return the chain, not empty, not null
     * @throws CertificateException if a certificate cannot be parsed
     * @throws IllegalArgumentException if the chain is empty
     */
    public static List<X509Certificate> chain(JsonNode root) throws CertificateException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> chain = new ArrayList<>();
        for (JsonNode c : root.get("certificateChain")) {
            chain.add((X509Certificate) factory.generateCertificate(
                    new ByteArrayInputStream(Base64.getDecoder().decode(c.asText()))));
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("certificateChain");
        }
        return chain;
    }

    /**
     * Reads a Base64 field.
     *
     * @param root the form, not null
     * @param field the field's name, not null
     * @return the bytes, not null
     */
    public static byte[] bytes(JsonNode root, String field) {
        return Base64.getDecoder().decode(text(root, field));
    }

    /**
     * Reads a text field.
     *
     * @param node the object, may be null
     * @param field the field's name, not null
     * @return the text, not null
     * @throws IllegalArgumentException if it is missing or not text
     */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value.asText();
    }

    /**
     * Reads the signing time.
     *
     * @param root the form, not null
     * @return the instant, not null
     */
    public static Instant signingTime(JsonNode root) {
        return Instant.parse(text(root, "signingTime"));
    }

    /**
     * Reads the expiry.
     *
     * @param root the form, not null
     * @return the instant, not null
     */
    public static Instant expiresAt(JsonNode root) {
        return Instant.parse(text(root, "expiresAt"));
    }

    /**
     * Checks that the id written matches the one computed from the data read back.
     *
     * @param root the form, not null
     * @param id the computed id, not null
     * @throws IllegalArgumentException if they differ
     */
    public static void checkId(JsonNode root, String id) {
        if (!id.equals(text(root, "id"))) {
            throw new IllegalArgumentException("id does not match the data to be signed");
        }
    }

    /**
     * The typed error for a form that cannot be read.
     *
     * @param cause why, not null
     * @return the exception to throw, not null
     */
    public static PreparedSignatureException malformed(Exception cause) {
        return new PreparedSignatureException(Reason.PREPARED_SIGNATURE_MALFORMED, "", LocalizedText.of(
                "không đọc được chữ ký đã chuẩn bị: " + cause.getMessage(),
                "cannot read the prepared signature: " + cause.getMessage()), cause);
    }

    /**
     * Refuses a prepared signature whose expiry has come.
     *
     * @param id the prepared signature's id, not null
     * @param expiresAt its expiry, not null
     * @param now the service clock's instant, not null
     * @throws PreparedSignatureException with {@code PREPARED_SIGNATURE_EXPIRED} if {@code now} is not before the expiry
     */
    public static void checkNotExpired(String id, Instant expiresAt, Instant now) {
        if (!now.isBefore(expiresAt)) {
            throw new PreparedSignatureException(Reason.PREPARED_SIGNATURE_EXPIRED, id, LocalizedText.of(
                    "chữ ký đã chuẩn bị hết hạn lúc " + expiresAt, "the prepared signature expired at " + expiresAt),
                    null);
        }
    }

    /**
     * Claims the completion of a prepared signature in the ledger, once only.
     *
     * @param ledger the service's ledger, not null
     * @param id the prepared signature's id, not null
     * @param expiresAt its expiry, kept by the ledger until then, not null
     * @param now the service clock's instant, not null
     * @throws PreparedSignatureException with {@code PREPARED_SIGNATURE_ALREADY_COMPLETED} if it was claimed before
     */
    public static void claim(CompletionLedger ledger, String id, Instant expiresAt, Instant now) {
        if (!ledger.claim(id, expiresAt, now)) {
            throw new PreparedSignatureException(Reason.PREPARED_SIGNATURE_ALREADY_COMPLETED, id, LocalizedText.of(
                    "chữ ký đã chuẩn bị này đã được hoàn tất", "this prepared signature was already completed"), null);
        }
    }
}
