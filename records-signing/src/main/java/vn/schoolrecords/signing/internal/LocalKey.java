package vn.schoolrecords.signing.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.security.auth.DestroyFailedException;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.AlgorithmChoice;
import vn.schoolrecords.signing.KeySourceException;
import vn.schoolrecords.signing.KeySourceException.Reason;

/** A private key held in a JCA key store (PKCS #12 or PKCS #11), with its chain. */
public final class LocalKey {

    private final String alias;
    private final Optional<Provider> provider;
    private final List<X509Certificate> chain;
    private volatile PrivateKey key;

    private LocalKey(String alias, Optional<Provider> provider, PrivateKey key, List<X509Certificate> chain) {
        this.alias = alias;
        this.provider = provider;
        this.key = key;
        this.chain = chain;
    }

    /** Loads a key store (a PKCS #12 file, a PKCS #11 token) with a secret. */
    @FunctionalInterface
    public interface StoreLoader {
        KeyStore load(char[] secret) throws IOException, GeneralSecurityException;
    }

    /** Where a key store keeps its keys, which decides what the secret unlocks and who signs. */
    public enum Holder {
        /** A file (PKCS #12): the secret opens the file and each key; the JDK's providers sign. */
        FILE,
        /** A token (PKCS #11): the secret logs in; the token's own provider signs, on the token. */
        TOKEN
    }

    /**
     * Loads a key store with a copy of the secret, wiped afterwards whatever happens, and takes
     * the named key out of it. A failure to load is {@link Reason#KEY_SOURCE_UNAVAILABLE} with the
     * caller's words for what could not be opened.
     */
    public static LocalKey open(StoreLoader loader, Holder holder, char[] secret, String alias,
            LocalizedText unavailable) {
        char[] copy = secret.clone();
        try {
            KeyStore store = loader.load(copy);
            return holder == Holder.FILE ? from(store, alias, copy, Optional.empty())
                    : from(store, alias, null, Optional.of(store.getProvider()));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (e instanceof KeySourceException k) {
                throw k;
            }
            throw new KeySourceException(Reason.KEY_SOURCE_UNAVAILABLE, alias, unavailable, e);
        } finally {
            Arrays.fill(copy, '\0');
        }
    }

    /** Takes the key of the named alias out of a loaded key store; never "the first one". */
    public static LocalKey from(KeyStore store, String alias, char[] keyPassword, Optional<Provider> provider) {
        try {
            if (!store.isKeyEntry(alias)) {
                throw new KeySourceException(Reason.KEY_ALIAS_NOT_FOUND, alias, LocalizedText.of(
                        "không có khóa bí mật với bí danh \"" + alias + "\"",
                        "no private key with alias \"" + alias + "\""), null);
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, keyPassword);
            Certificate[] certificates = store.getCertificateChain(alias);
            if (key == null || certificates == null || certificates.length == 0) {
                throw new KeySourceException(Reason.KEY_ALIAS_NOT_FOUND, alias, LocalizedText.of(
                        "bí danh \"" + alias + "\" không có khóa bí mật kèm chứng thư số",
                        "alias \"" + alias + "\" has no private key with a certificate"), null);
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : certificates) {
                chain.add((X509Certificate) c);
            }
            return new LocalKey(alias, provider, key, List.copyOf(chain));
        } catch (GeneralSecurityException e) {
            throw new KeySourceException(Reason.KEY_SOURCE_UNAVAILABLE, alias, LocalizedText.of(
                    "không đọc được khóa \"" + alias + "\" (sai mật khẩu?)",
                    "cannot read key \"" + alias + "\" (wrong password?)"), e);
        }
    }

    public String alias() {
        return alias;
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    public byte[] sign(byte[] data, AlgorithmChoice algorithm) {
        PrivateKey k = key;
        if (k == null) {
            throw new KeySourceException(Reason.KEY_SOURCE_CLOSED, alias,
                    LocalizedText.of("nguồn khóa đã đóng", "the key source is closed"), null);
        }
        try {
            String name = algorithm.jcaSignatureName();
            Signature signature = provider.isPresent() ? Signature.getInstance(name, provider.get())
                    : Signature.getInstance(name);
            signature.initSign(k);
            if (algorithm.pssParameters().isPresent()) {
                signature.setParameter(algorithm.pssParameters().get());
            }
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new KeySourceException(Reason.KEY_SIGNING_FAILED, alias, LocalizedText.of(
                    "khóa \"" + alias + "\" không ký được với " + algorithm.jcaSignatureName(),
                    "key \"" + alias + "\" failed to sign with " + algorithm.jcaSignatureName()), e);
        }
    }

    /** Forgets the key; destroys it where the key class allows. */
    public void close() {
        PrivateKey k = key;
        key = null;
        if (k != null && !k.isDestroyed()) {
            try {
                k.destroy();
            } catch (DestroyFailedException e) {
                // Most JCA keys cannot be destroyed; dropping the reference is what remains.
            }
        }
    }
}
