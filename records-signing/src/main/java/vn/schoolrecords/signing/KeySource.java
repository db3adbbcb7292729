package vn.schoolrecords.signing;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a signer's private key lives: a PKCS #12 file, a PKCS #11 token, or a remote signing
 * service. The private key never leaves the source; the source only produces signature values.
 * A key source is opened for one named alias and must be closed.
 */
public interface KeySource extends AutoCloseable {

    /** @return the alias (or credential id) of the key, as named when opened, not null */
    String alias();

    /** @return the signer's certificate first, then its issuers, not empty, not null */
    List<X509Certificate> certificateChain();

    /**
     * Signs data with the key.
     *
     * @param dataToBeSigned the data to be signed, e.g. {@link PreparedSignature#dataToBeSigned()}, not null
     * @param algorithm the accepted algorithm, e.g. {@link PreparedSignature#algorithm()}, not null
     * @return the signature value (DER for ECDSA), not null
     * @throws KeySourceException if the key cannot sign or the source is closed
     */
    byte[] sign(byte[] dataToBeSigned, AlgorithmChoice algorithm);

    /**
     * Signs several data with the key in one go, e.g. the transcripts (học bạ) the principal
     * approves at once. The default signs each in turn in this session; a remote signer sends
     * every hash in one request, so the user approves once.
     *
     * @param dataToBeSigned the data to be signed, in order, not null, no null elements
     * @param algorithm the accepted algorithm, the same for all, not null
     * @return the signature values in the same order, as many as given, not null
     * @throws KeySourceException if the key cannot sign or the source is closed
     */
    default List<byte[]> signAll(List<byte[]> dataToBeSigned, AlgorithmChoice algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        List<byte[]> values = new ArrayList<>(dataToBeSigned.size());
        for (byte[] data : dataToBeSigned) {
            values.add(sign(data, algorithm));
        }
        return values;
    }

    /** Releases the key: logs out of a token, forgets a password. Idempotent. */
    @Override
    void close();
}
