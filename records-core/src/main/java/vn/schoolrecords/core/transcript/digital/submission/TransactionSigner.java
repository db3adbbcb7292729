package vn.schoolrecords.core.transcript.digital.submission;

/**
 * Signs a transaction envelope with the school's organisation certificate (chữ ký số của tổ
 * chức, CV 2088/BGDĐT-GDTH, Phụ lục 1, v1.0, §II.2.2 "Signature"). Implemented by the signing
 * module (XMLDSig); core has no cryptography.
 *
 * <p>The implementation appends one {@code ds:Signature} to the envelope's signing area
 * ({@link TransactionEnvelopeXml#SIGNING_AREA}) whose {@code Reference/@URI} is
 * {@code "#" + dataId}, the {@link TransactionEnvelopeXml#ID_ATTRIBUTE} of the data region
 * ({@link TransactionEnvelopeXml#DATA}), and returns the whole document.
 */
@FunctionalInterface
public interface TransactionSigner {

    /**
     * Signs an envelope.
     *
     * @param envelopeXml the unsigned envelope as {@link TransactionEnvelopeXml#write} gave it, not null
     * @param dataId the Id of the data region to reference, not null
     * @return the signed envelope, UTF-8 XML, not null
     */
    byte[] sign(byte[] envelopeXml, String dataId);
}
