package vn.schoolrecords.signing.xml;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.schoolrecords.core.transcript.Signature;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.signing.AlgorithmChoice;
import vn.schoolrecords.signing.PreparedSignatureException;
import vn.schoolrecords.signing.internal.PreparedSignatures;
import vn.schoolrecords.signing.xml.internal.HocBaLayout;
import vn.schoolrecords.signing.xml.internal.SecureXml;
import vn.schoolrecords.signing.xml.internal.XmlDsig;

/**
 * Phase one's result for a digital transcript (học bạ số): the document with the new
 * {@code ds:Signature} in its signing area, complete but for the SignatureValue, and the data to
 * be signed — the exclusive canonical form of its SignedInfo — with its digest for a hash-only
 * remote service.
 *
 * <p>Immutable and thread-safe; it {@linkplain #toJson() serialises} so that it survives a
 * restart while the signer approves. The signing time and the expiry are frozen inside. Completing
 * it once only is enforced by the service's {@link vn.schoolrecords.signing.CompletionLedger}.
 */
public final class PreparedXmlSignature {

    /** The format tag written in the serialised form. */
    public static final String FORMAT = "schoolrecords/prepared-xml-signature/1";

    private final byte[] document;
    private final String signatureId;
    private final byte[] dataToBeSigned;
    private final byte[] dataToBeSignedDigest;
    private final AlgorithmChoice algorithm;
    private final List<X509Certificate> certificateChain;
    private final String signerId;
    private final SigningPart part;
    private final Instant signingTime;
    private final Instant expiresAt;
    private final String id;

    PreparedXmlSignature(byte[] document, String signatureId, byte[] dataToBeSigned, AlgorithmChoice algorithm,
            List<X509Certificate> certificateChain, String signerId, SigningPart part, Instant signingTime,
            Instant expiresAt) {
        this.document = document;
        this.signatureId = signatureId;
        this.dataToBeSigned = dataToBeSigned;
        this.dataToBeSignedDigest = digest(algorithm.digest(), dataToBeSigned);
        this.algorithm = algorithm;
        this.certificateChain = List.copyOf(certificateChain);
        this.signerId = signerId;
        this.part = part;
        this.signingTime = signingTime;
        this.expiresAt = expiresAt;
        this.id = HexFormat.of().formatHex(dataToBeSignedDigest);
    }

    private static byte[] digest(String name, byte[] data) {
        try {
            return MessageDigest.getInstance(name).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the id: the hex digest of the data to be signed, which binds document, signer and time, not null */
    public String id() {
        return id;
    }

    /** @return the Id attribute of the new {@code ds:Signature}, not null */
    public String signatureId() {
        return signatureId;
    }

    /** @return the algorithm the signer must use, not null */
    public AlgorithmChoice algorithm() {
        return algorithm;
    }

    /** @return the signer's certificate first, then its issuers, not null */
    public List<X509Certificate> certificateChain() {
        return certificateChain;
    }

    /** @return the signer's staff id, or the school's code, not null */
    public String signerId() {
        return signerId;
    }

    /** @return the part signed, not null */
    public SigningPart part() {
        return part;
    }

    /**
     * The signature as core records it once completed, e.g. for
     * {@code DigitalRecordCommand.Sign} or {@code Issue}: signer, part, signing time, and the
     * {@code ds:Signature} Id as the reference.
     *
     * @return the fact of the signature, not null
     */
    public Signature signature() {
        return Signature.of(signerId, part, signingTime, signatureId);
    }

    /** @return the signing time written as {@code SigningTime}, not null */
    public Instant signingTime() {
        return signingTime;
    }

    /** @return the instant from which the prepared signature can no longer be completed, not null */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * The data to be signed: the exclusive canonical form of the SignedInfo. A local key or token
     * signs these bytes with {@link #algorithm()}.
     *
     * @return a copy, not null
     */
    public byte[] dataToBeSigned() {
        return dataToBeSigned.clone();
    }

    /**
     * The digest of {@link #dataToBeSigned()} with the algorithm's digest: what a hash-only remote
     * service signs.
     *
     * @return a copy, not null
     */
    public byte[] dataToBeSignedDigest() {
        return dataToBeSignedDigest.clone();
    }

    /** The prepared document, shared: the service parses it, never writes into it. */
    byte[] document() {
        return document;
    }

    /**
     * Serialises to JSON: the format tag, the fields, binary values in Base64.
     *
     * @return the JSON text, not null
     */
    public String toJson() {
        ObjectNode root = PreparedSignatures.start(FORMAT, id);
        root.put("signatureId", signatureId);
        root.put("signerId", signerId);
        root.put("role", part.role().name());
        part.subjectCode().ifPresent(s -> root.put("subjectCode", s));
        PreparedSignatures.putTimes(root, signingTime, expiresAt);
        PreparedSignatures.putAlgorithm(root, algorithm);
        PreparedSignatures.putChain(root, certificateChain);
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
     * @return the prepared signature, not null
     * @throws PreparedSignatureException with {@code PREPARED_SIGNATURE_MALFORMED} if it cannot be read
     */
    public static PreparedXmlSignature fromBytes(byte[] bytes) {
        return fromJson(PreparedSignatures.fromBytes(bytes));
    }

    /**
     * Reads a prepared signature written by {@link #toJson()}. The data to be signed is computed
     * again from the document and must give the id written; whether the signature is valid is
     * checked again on completion.
     *
     * @param json the JSON text, not null
     * @return the prepared signature, not null
     * @throws PreparedSignatureException with {@code PREPARED_SIGNATURE_MALFORMED} if it cannot be read
     */
    public static PreparedXmlSignature fromJson(String json) {
        Objects.requireNonNull(json, "json");
        try {
            JsonNode root = PreparedSignatures.read(json, FORMAT);
            AlgorithmChoice algorithm = PreparedSignatures.algorithm(root);
            List<X509Certificate> chain = PreparedSignatures.chain(root);
            SigningRole role = SigningRole.valueOf(PreparedSignatures.text(root, "role"));
            JsonNode subject = root.get("subjectCode");
            SigningPart part = new SigningPart(role, subject == null ? Optional.empty() : Optional.of(subject.asText()));
            byte[] document = PreparedSignatures.bytes(root, "document");
            String signatureId = PreparedSignatures.text(root, "signatureId");
            PreparedXmlSignature prepared = new PreparedXmlSignature(document, signatureId,
                    signedInfoOf(document, signatureId), algorithm, chain, PreparedSignatures.text(root, "signerId"), part,
                    PreparedSignatures.signingTime(root), PreparedSignatures.expiresAt(root));
            PreparedSignatures.checkId(root, prepared.id());
            return prepared;
        } catch (IOException | CertificateException | RuntimeException e) {
            throw PreparedSignatures.malformed(e);
        }
    }

    /** The canonical SignedInfo of the named signature in a prepared document. */
    static byte[] signedInfoOf(byte[] document, String signatureId) {
        HocBaLayout.Record record = HocBaLayout.locate(SecureXml.parse(document));
        return HocBaLayout.signatures(record).stream().filter(s -> s.id().equals(signatureId)).findFirst()
                .map(s -> XmlDsig.canonicalize(s.signedInfo()))
                .orElseThrow(() -> new IllegalArgumentException("no signature " + signatureId));
    }

    /** Equal when they prepare the same data to be signed with the same expiry. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PreparedXmlSignature p && id.equals(p.id) && expiresAt.equals(p.expiresAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PreparedXmlSignature[" + signatureId + ", " + part + " by " + signerId + ", "
                + algorithm.jcaSignatureName() + ", signed at " + signingTime + ", expires " + expiresAt + "]";
    }
}
