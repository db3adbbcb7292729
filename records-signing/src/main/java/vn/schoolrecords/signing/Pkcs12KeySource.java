package vn.schoolrecords.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.internal.LocalKey;

/**
 * A key in a PKCS #12 file (tệp .p12/.pfx), opened for one named alias. The password is used to
 * open the file and is not kept.
 */
public final class Pkcs12KeySource implements KeySource {

    private final LocalKey key;

    private Pkcs12KeySource(LocalKey key) {
        this.key = key;
    }

    /**
     * Opens a PKCS #12 file.
     *
     * @param file the file, not null
     * @param password the password of the file and the key, not null; the caller may clear it afterwards
     * @param alias the alias of the key, not null
     * @return the open key source, not null
     * @throws KeySourceException if the file cannot be read or has no such key
     */
    public static Pkcs12KeySource open(Path file, char[] password, String alias) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, password, alias);
        } catch (IOException e) {
            throw unavailable(alias, e);
        }
    }

    /**
     * Opens PKCS #12 bytes.
     *
     * @param pkcs12 the file's content, not null (not kept)
     * @param password the password of the file and the key, not null
     * @param alias the alias of the key, not null
     * @return the open key source, not null
     * @throws KeySourceException if the bytes cannot be read or have no such key
     */
    public static Pkcs12KeySource of(byte[] pkcs12, char[] password, String alias) {
        Objects.requireNonNull(pkcs12, "pkcs12");
        return load(new ByteArrayInputStream(pkcs12), password, alias);
    }

    private static Pkcs12KeySource load(InputStream in, char[] password, String alias) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(alias, "alias");
        char[] copy = password.clone();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, copy);
            return new Pkcs12KeySource(LocalKey.from(store, alias, copy, Optional.empty()));
        } catch (IOException | GeneralSecurityException e) {
            throw unavailable(alias, e);
        } finally {
            Arrays.fill(copy, '\0');
        }
    }

    private static KeySourceException unavailable(String alias, Exception e) {
        return new KeySourceException(KeySourceException.Reason.KEY_SOURCE_UNAVAILABLE, alias, LocalizedText.of(
                "không mở được tệp PKCS #12 (sai mật khẩu hoặc tệp hỏng)",
                "cannot open the PKCS #12 file (wrong password or damaged file)"), e);
    }

    @Override
    public String alias() {
        return key.alias();
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return key.chain();
    }

    @Override
    public byte[] sign(byte[] dataToBeSigned, AlgorithmChoice algorithm) {
        return key.sign(Objects.requireNonNull(dataToBeSigned, "dataToBeSigned"),
                Objects.requireNonNull(algorithm, "algorithm"));
    }

    @Override
    public void close() {
        key.close();
    }
}
