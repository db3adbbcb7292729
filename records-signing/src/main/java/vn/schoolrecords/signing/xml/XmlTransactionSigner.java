package vn.schoolrecords.signing.xml;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.transcript.SigningException;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningProblem;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.transcript.digital.submission.TransactionSigner;
import vn.schoolrecords.signing.AlgorithmChoice;
import vn.schoolrecords.signing.AlgorithmPolicy;
import vn.schoolrecords.signing.KeySource;
import vn.schoolrecords.signing.SignatureScheme;
import vn.schoolrecords.signing.xml.internal.HocBaLayout;
import vn.schoolrecords.signing.xml.internal.HocBaLayout.Shape;
import vn.schoolrecords.signing.xml.internal.SecureXml;
import vn.schoolrecords.signing.xml.internal.XmlDsig;

/**
 * Signs a submission transaction (giao dịch gửi Cổng tiếp nhận học bạ số, CV 2088/BGDĐT-GDTH
 * Phụ lục 02) with the school's organisation certificate: core's {@link TransactionSigner} hook.
 * The signature has the form of a record's (references to {@code #<Id>} of
 * {@code DU_LIEU_GIAO_DICH} and to its own {@code SignatureProperty} with the
 * {@code SigningTime}, role {@code KY_PHAT_HANH}, the school's code), in the envelope's
 * {@code DANH_SACH_THONG_TIN_KY}; the algorithm and certificate are checked as for any signature,
 * and the JDK validates the result before it is returned. One signature per transaction.
 *
 * <p>The key signs in one step (a PKCS #12 file, a token, or a {@link vn.schoolrecords.signing.RemoteSigner}
 * that waits for approval). The signing time is the clock's. Immutable; thread-safe if the key source is.
 */
public final class XmlTransactionSigner implements TransactionSigner {

    private final KeySource keySource;
    private final List<X509Certificate> chain;
    private final String schoolCode;
    private final Clock clock;
    private final AlgorithmPolicy policy;
    private final Optional<SignatureScheme> scheme;

    private XmlTransactionSigner(KeySource keySource, List<X509Certificate> chain, String schoolCode, Clock clock,
            AlgorithmPolicy policy, Optional<SignatureScheme> scheme) {
        this.keySource = keySource;
        this.chain = chain;
        this.schoolCode = schoolCode;
        this.clock = clock;
        this.policy = policy;
        this.scheme = scheme;
    }

    /**
     * A signer with the school's organisation key, the policy {@link AlgorithmPolicy#TT15_2025}
     * and the key's default scheme (RSASSA-PSS or ECDSA), SHA-256.
     *
     * @param seal the school's organisation key (con dấu), not null, not closed by this signer
     * @param schoolCode the school's code (mã đơn vị), written as the signer's id, not null
     * @param clock the clock that gives the signing time, not null
     * @return the signer, not null
     */
    public static XmlTransactionSigner of(KeySource seal, String schoolCode, Clock clock) {
        Objects.requireNonNull(seal, "seal");
        return new XmlTransactionSigner(seal, List.copyOf(seal.certificateChain()),
                Objects.requireNonNull(schoolCode, "schoolCode"), Objects.requireNonNull(clock, "clock"),
                AlgorithmPolicy.TT15_2025, Optional.empty());
    }

    /**
     * A copy with another policy and scheme, e.g. PKCS #1 v1.5 for a token that cannot sign PSS.
     *
     * @param policy the policy, not null
     * @param scheme the scheme, not null
     * @return the copy, not null
     */
    public XmlTransactionSigner with(AlgorithmPolicy policy, SignatureScheme scheme) {
        return new XmlTransactionSigner(keySource, chain, schoolCode, clock, Objects.requireNonNull(policy, "policy"),
                Optional.of(Objects.requireNonNull(scheme, "scheme")));
    }

    /**
     * Signs an envelope written by core's {@code TransactionEnvelopeXml}.
     *
     * @param envelopeXml the unsigned envelope, not null
     * @param dataId the Id of its data region, not null
     * @return the signed envelope, UTF-8, not null
     * @throws vn.schoolrecords.core.MalformedDocumentException if core's reader refuses the envelope
     * @throws XmlRecordException if the data region's Id is not {@code dataId}, or is ambiguous
     * @throws SigningException {@code SIGNATURE_AFTER_SEAL} if the envelope is signed already
     * @throws vn.schoolrecords.signing.WeakAlgorithmException if the key is not allowed
     * @throws vn.schoolrecords.signing.CertificateNotUsableException if the certificate may not sign now
     */
    @Override
    public byte[] sign(byte[] envelopeXml, String dataId) {
        Objects.requireNonNull(envelopeXml, "envelopeXml");
        Objects.requireNonNull(dataId, "dataId");
        Document document = Shape.TRANSACTION.parse(envelopeXml);
        HocBaLayout.Record record = HocBaLayout.locate(document, Shape.TRANSACTION);
        if (!record.dataId().equals(dataId)) {
            throw new XmlRecordException(XmlRecordException.Reason.XML_DATA_REGION_AMBIGUOUS, LocalizedText.of(
                    "Id của vùng dữ liệu giao dịch là \"" + record.dataId() + "\", không phải \"" + dataId + "\"",
                    "the transaction's data region has the Id \"" + record.dataId() + "\", not \"" + dataId + "\""),
                    null);
        }
        SigningPart part = SigningPart.page(SigningRole.SCHOOL_SEAL);
        if (!HocBaLayout.allSignatures(document).isEmpty()) {
            throw new SigningException(SigningProblem.AFTER_SEAL, schoolCode, part, LocalizedText.of(
                    "giao dịch đã được ký", "the transaction is signed already"));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        AlgorithmChoice algorithm = XmlSignatureService.checkSigner(chain.get(0), now, policy, scheme,
                AlgorithmPolicy.DEFAULT_DIGEST);
        String signatureId = XmlSignatureService.freshId(record, 1);
        List<HocBaLayout.Target> targets = HocBaLayout.targets(record, Shape.TRANSACTION, Optional.empty());
        Element element = XmlDsig.append(record, targets, signatureId, algorithm, new XmlDsig.Properties(now,
                SigningRole.SCHOOL_SEAL, Optional.empty(), schoolCode, Optional.empty(), Optional.empty()),
                XmlSignatureService.embedded(chain));
        HocBaLayout.FoundSignature found = HocBaLayout.read(element);
        byte[] value = keySource.sign(XmlDsig.canonicalize(found.signedInfo()), algorithm);
        XmlSignatureService.insertValue(found, targets, value, chain.get(0), algorithm, signatureId);
        return SecureXml.write(document);
    }

    @Override
    public String toString() {
        return "XmlTransactionSigner[" + schoolCode + ", " + keySource.alias() + "]";
    }
}
