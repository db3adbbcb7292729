package vn.schoolrecords.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Asks the service to sign several digests with one approval, where the service allows it
     * (the Cloud Signature Consortium's {@code signatures/signHash} takes a list of hashes). The
     * default asks for each in turn; override it to send them in one request.
     *
     * @param digests the digests, each made with {@code algorithm.digest()}, in order, not null
     * @param algorithm the accepted algorithm, the same for all, not null
     * @return the signature values in the same order, as many as given, not null
     * @throws KeySourceException if the service refuses or fails
     */
    default List<byte[]> signDigests(List<byte[]> digests, AlgorithmChoice algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        List<byte[]> values = new ArrayList<>(digests.size());
        for (byte[] digest : digests) {
            values.add(signDigest(digest, algorithm));
        }
        return values;
    }

    /** Hashes the data with the algorithm's digest and calls {@link #signDigest(byte[], AlgorithmChoice)}. */
    @Override
    default byte[] sign(byte[] dataToBeSigned, AlgorithmChoice algorithm) {
        Objects.requireNonNull(dataToBeSigned, "dataToBeSigned");
        return signDigest(hash(dataToBeSigned, algorithm), algorithm);
    }

    /** Hashes each data and calls {@link #signDigests(List, AlgorithmChoice)} once. */
    @Override
    default List<byte[]> signAll(List<byte[]> dataToBeSigned, AlgorithmChoice algorithm) {
        List<byte[]> digests = new ArrayList<>(dataToBeSigned.size());
        for (byte[] data : dataToBeSigned) {
            digests.add(hash(Objects.requireNonNull(data, "dataToBeSigned element"), algorithm));
        }
        return signDigests(digests, algorithm);
    }

    private byte[] hash(byte[] data, AlgorithmChoice algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.digest()).digest(data);
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
