package vn.schoolrecords.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.internal.LocalKey;

/**
 * A key in a PKCS #12 file (tệp .p12/.pfx), opened for one named alias. The password is used to
 * open the file and is not kept.
 */
public final class Pkcs12KeySource extends LocalKeySource {

    private static final LocalizedText UNAVAILABLE = LocalizedText.of(
            "không mở được tệp PKCS #12 (sai mật khẩu hoặc tệp hỏng)",
            "cannot open the PKCS #12 file (wrong password or damaged file)");

    private Pkcs12KeySource(LocalKey key) {
        super(key);
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
        return new Pkcs12KeySource(LocalKey.open(secret -> {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
            return store;
        }, LocalKey.Holder.FILE, password, alias, UNAVAILABLE));
    }

    private static KeySourceException unavailable(String alias, Exception e) {
        return new KeySourceException(KeySourceException.Reason.KEY_SOURCE_UNAVAILABLE, alias, UNAVAILABLE, e);
    }
}
