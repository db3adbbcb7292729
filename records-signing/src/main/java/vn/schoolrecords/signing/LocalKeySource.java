package vn.schoolrecords.signing;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

import vn.schoolrecords.signing.internal.LocalKey;

/**
 * What a key source whose key sits in a JCA key store on this machine (a PKCS #12 file, a
 * PKCS #11 token) does once the key is open: it names its alias, gives its chain and signs with
 * {@link LocalKey}. Package-private and sealed: the public types are its two subclasses, and
 * the one place that holds this code is here.
 */
abstract sealed class LocalKeySource implements KeySource permits Pkcs11KeySource, Pkcs12KeySource {

    private final LocalKey key;

    LocalKeySource(LocalKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    @Override
    public final String alias() {
        return key.alias();
    }

    @Override
    public final List<X509Certificate> certificateChain() {
        return key.chain();
    }

    @Override
    public final byte[] sign(byte[] dataToBeSigned, AlgorithmChoice algorithm) {
        return key.sign(Objects.requireNonNull(dataToBeSigned, "dataToBeSigned"),
                Objects.requireNonNull(algorithm, "algorithm"));
    }

    /** Forgets the key; subclasses release what else they hold (a token session) after this. */
    @Override
    public void close() {
        key.close();
    }
}
