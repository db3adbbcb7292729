package vn.schoolrecords.signing;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.schoolrecords.signing.internal.Cms;
import vn.schoolrecords.signing.internal.PreparedSignatures;

/**
 * Phase one's result (chữ ký đã chuẩn bị): the document with its incremental update written and
 * the /Contents space reserved, the byte range, the CMS signed attributes, and the data to be
 * signed with its digest, for any signer — a key on this machine, a token, or a remote service
 * that approves on a phone and signs only the {@link #dataToBeSignedDigest() digest}.
 *
 * <p>Immutable and thread-safe. It {@linkplain #toJson() serialises} so that it survives a
 * restart while the signer approves. The signing time and the expiry are frozen inside. It does
 * not know whether it was used: completing it once only is enforced by the service's
 * {@link CompletionLedger}. A {@link TimestampClient} for level B-T is held in memory only; after
 * {@link #fromJson(String)} attach one again with {@link #withTimestampClient(TimestampClient)}.
 */
public final class PreparedSignature {

    /** The format tag written in the serialised form. */
    public static final String FORMAT = "schoolrecords/prepared-signature/1";

    private final String id;
    private final byte[] document;
    private final int[] byteRange;
    private final byte[] signedAttributes;
    private final byte[] dataToBeSignedDigest;
    private final AlgorithmChoice algorithm;
    private final List<X509Certificate> certificateChain;
    private final String fieldName;
    private final PadesLevel level;
    private final Instant signingTime;
    private final Instant expiresAt;
    private final Optional<TimestampClient> timestampClient;

    PreparedSignature(byte[] document, int[] byteRange, byte[] signedAttributes, byte[] dataToBeSignedDigest,
            AlgorithmChoice algorithm, List<X509Certificate> certificateChain, String fieldName, PadesLevel level,
            Instant signingTime, Instant expiresAt, Optional<TimestampClient> timestampClient) {
        this.document = document;
        this.byteRange = byteRange;
        this.signedAttributes = signedAttributes;
        this.dataToBeSignedDigest = dataToBeSignedDigest;
        this.algorithm = algorithm;
        this.certificateChain = List.copyOf(certificateChain);
        this.fieldName = fieldName;
        this.level = level;
        this.signingTime = signingTime;
        this.expiresAt = expiresAt;
        this.timestampClient = timestampClient;
        this.id = HexFormat.of().formatHex(dataToBeSignedDigest);
    }

    /** @return the id: the hex digest of the data to be signed, which binds document, signer and time, not null */
    public String id() {
        return id;
    }

    /** @return the signature field's name, not null */
    public String fieldName() {
        return fieldName;
    }

    /** @return the PAdES level the completed signature will have, not null */
    public PadesLevel level() {
        return level;
    }

    /** @return the algorithm the signer must use, not null */
    public AlgorithmChoice algorithm() {
        return algorithm;
    }

    /** @return the signing time, written as /M, not null */
    public Instant signingTime() {
        return signingTime;
    }

    /** @return the instant from which the prepared signature can no longer be completed, not null */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** @return the signer's certificate first, then its issuers, not null */
    public List<X509Certificate> certificateChain() {
        return certificateChain;
    }

    /**
     * The data to be signed: the DER encoding of the CMS signed attributes. A local key signs
     * these bytes with {@link #algorithm()}.
     *
     * @return a copy, not null
     */
    public byte[] dataToBeSigned() {
        return signedAttributes.clone();
    }

    /**
     * The digest of {@link #dataToBeSigned()} with the algorithm's digest: what a hash-only
     * remote service signs.
     *
     * @return a copy, not null
     */
    public byte[] dataToBeSignedDigest() {
        return dataToBeSignedDigest.clone();
    }

    /**
     * The byte range of the signature: offset and length of the part before /Contents, offset
     * and length of the part after; together the whole document except the /Contents string.
     *
     * @return a copy of the four numbers, not null
     */
    public int[] byteRange() {
        return byteRange.clone();
    }

    /** @return the timestamp client for level B-T, if attached, not null */
    public Optional<TimestampClient> timestampClient() {
        return timestampClient;
    }

    /**
     * A copy with a timestamp client attached, e.g. after {@link #fromJson(String)}.
     *
     * @param client the client, not null
     * @return the copy, not null
     */
    public PreparedSignature withTimestampClient(TimestampClient client) {
        return new PreparedSignature(document, byteRange, signedAttributes, dataToBeSignedDigest, algorithm,
                certificateChain, fieldName, level, signingTime, expiresAt,
                Optional.of(Objects.requireNonNull(client, "client")));
    }

    /** The prepared document, shared: the service copies it before writing. */
    byte[] document() {
        return document;
    }

    byte[] signedAttributes() {
        return signedAttributes;
    }

    /**
     * Serialises to JSON: the format tag, the fields, binary values in Base64. The timestamp
     * client is not written.
     *
     * @return the JSON text, not null
     */
    public String toJson() {
        ObjectNode root = PreparedSignatures.start(FORMAT, id);
        root.put("fieldName", fieldName);
        root.put("level", level.name());
        PreparedSignatures.putTimes(root, signingTime, expiresAt);
        PreparedSignatures.putAlgorithm(root, algorithm);
        ArrayNode range = root.putArray("byteRange");
        for (int r : byteRange) {
            range.add(r);
        }
        PreparedSignatures.putChain(root, certificateChain);
        PreparedSignatures.putBytes(root, "signedAttributes", signedAttributes);
        PreparedSignatures.putBytes(root, "document", document);
        return root.toString();
    }

    /** @return {@link #toJson()} in UTF-8, not null */
    public byte[] toBytes() {
        return PreparedSignatures.toBytes(toJson());
    }

    /**
     * Reads a prepared signature written by {@link #toBytes()}.
     *
     * @param bytes the UTF-8 JSON, not null
     * @return the prepared signature, without a timestamp client, not null
     * @throws PreparedSignatureException with {@code PREPARED_SIGNATURE_MALFORMED} if it cannot be read
     */
    public static PreparedSignature fromBytes(byte[] bytes) {
        return fromJson(PreparedSignatures.fromBytes(bytes));
    }

    /**
     * Reads a prepared signature written by {@link #toJson()}. The values are checked for
     * consistency (format, byte range, placeholder, digest); whether the signature they lead to
     * is valid is checked again on completion.
     *
     * @param json the JSON text, not null
     * @return the prepared signature, without a timestamp client, not null
     * @throws PreparedSignatureException with {@code PREPARED_SIGNATURE_MALFORMED} if it cannot be read
     */
    public static PreparedSignature fromJson(String json) {
        Objects.requireNonNull(json, "json");
        try {
            JsonNode root = PreparedSignatures.read(json, FORMAT);
            AlgorithmChoice algorithm = PreparedSignatures.algorithm(root);
            int[] byteRange = new int[4];
            JsonNode range = root.get("byteRange");
            if (range == null || range.size() != 4) {
                throw new IllegalArgumentException("byteRange");
            }
            for (int i = 0; i < 4; i++) {
                byteRange[i] = range.get(i).intValue();
            }
            List<X509Certificate> chain = PreparedSignatures.chain(root);
            PadesLevel level = PadesLevel.valueOf(PreparedSignatures.text(root, "level"));
            if (level != PadesLevel.B_B && level != PadesLevel.B_T) {
                // B-LT and B-LTA are reached by PadesExtender after signing; completing would silently give B-B.
                throw new IllegalArgumentException("level " + level + " is not a signing level");
            }
            byte[] document = PreparedSignatures.bytes(root, "document");
            byte[] signedAttributes = PreparedSignatures.bytes(root, "signedAttributes");
            if (!SignatureService.placeholderIntact(document, byteRange)) {
                throw new IllegalArgumentException("byteRange does not point at an empty /Contents");
            }
            PreparedSignature prepared = new PreparedSignature(document, byteRange, signedAttributes,
                    Cms.digest(algorithm.digest(), signedAttributes), algorithm,
                    chain, PreparedSignatures.text(root, "fieldName"), level,
                    PreparedSignatures.signingTime(root), PreparedSignatures.expiresAt(root), Optional.empty());
            PreparedSignatures.checkId(root, prepared.id());
            return prepared;
        } catch (IOException | CertificateException | RuntimeException e) {
            throw PreparedSignatures.malformed(e);
        }
    }

    /** Equal when they prepare the same data to be signed with the same expiry. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PreparedSignature p && id.equals(p.id) && expiresAt.equals(p.expiresAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PreparedSignature[" + fieldName + ", " + level + ", " + algorithm.jcaSignatureName() + ", signed at "
                + signingTime + ", expires " + expiresAt + ", id " + id + "]";
    }
}
