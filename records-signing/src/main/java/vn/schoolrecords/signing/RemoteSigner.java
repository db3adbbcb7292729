package vn.schoolrecords.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;

/**
 * A remote signing service that signs only a hash, the way VNPT SmartCA, Viettel MySign and the
 * Cloud Signature Consortium API work: the library sends the digest of the data to be signed, the
 * user approves on a phone, and the service returns the signature value. Implement
 * {@link #signDigest(byte[], AlgorithmChoice)}; {@link #sign(byte[], AlgorithmChoice)} hashes for
 * you. For long approvals use the two phases of {@link SignatureService} directly.
 */
public interface RemoteSigner extends KeySource {

    /**
     * Asks the service to sign a digest.
     *
     * @param digest the digest of the data to be signed, made with {@code algorithm.digest()}, not null
     * @param algorithm the accepted algorithm; for RSASSA-PSS its {@link AlgorithmChoice#pssParameters()}, not null
     * @return the signature value (DER for ECDSA), not null
     * @throws KeySourceException if the service refuses or fails
     */
    byte[] signDigest(byte[] digest, AlgorithmChoice algorithm);

    /** Hashes the data with the algorithm's digest and calls {@link #signDigest(byte[], AlgorithmChoice)}. */
    @Override
    default byte[] sign(byte[] dataToBeSigned, AlgorithmChoice algorithm) {
        Objects.requireNonNull(dataToBeSigned, "dataToBeSigned");
        try {
            return signDigest(MessageDigest.getInstance(algorithm.digest()).digest(dataToBeSigned), algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new KeySourceException(KeySourceException.Reason.KEY_SIGNING_FAILED, alias(),
                    LocalizedText.of("không có hàm băm " + algorithm.digest(), "no digest " + algorithm.digest()), e);
        }
    }

    /** Nothing to release by default. */
    @Override
    default void close() {
    }
}
