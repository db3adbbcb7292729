package vn.schoolrecords.signing;

import java.io.IOException;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.security.auth.login.LoginException;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.internal.LocalKey;

/**
 * A key on a PKCS #11 token (USB token, HSM; the school seal's token, R6.2), reached through the
 * JDK's SunPKCS11 provider and opened for one named alias (the certificate's CKA_LABEL). The
 * provider instance is private to this key source, never registered in {@link Security}; closing
 * logs out of the token.
 *
 * <p>SunPKCS11 selects a token by slot id or slot list index, not by token label; find the slot
 * of a label with the token's tools (e.g. {@code softhsm2-util --show-slots},
 * {@code pkcs11-tool --list-slots}).
 */
public final class Pkcs11KeySource implements KeySource {

    private final AuthProvider provider;
    private final LocalKey key;

    private Pkcs11KeySource(AuthProvider provider, LocalKey key) {
        this.provider = provider;
        this.key = key;
    }

    /**
     * Opens a token described by a SunPKCS11 configuration file.
     *
     * @param configFile the SunPKCS11 configuration (name, library, slot…), not null
     * @param pin the user PIN, not null; the caller may clear it afterwards
     * @param alias the key's alias, not null
     * @return the open key source, not null
     * @throws KeySourceException if the token cannot be opened or has no such key
     */
    public static Pkcs11KeySource open(Path configFile, char[] pin, String alias) {
        Objects.requireNonNull(configFile, "configFile");
        return login(configFile.toAbsolutePath().toString(), pin, alias);
    }

    /**
     * Opens the token in a slot of a PKCS #11 library.
     *
     * @param library the PKCS #11 library, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}, not null
     * @param slotId the slot id (CK_SLOT_ID) of the token
     * @param pin the user PIN, not null; the caller may clear it afterwards
     * @param alias the key's alias, not null
     * @return the open key source, not null
     * @throws KeySourceException if the token cannot be opened or has no such key
     */
    public static Pkcs11KeySource open(Path library, long slotId, char[] pin, String alias) {
        Objects.requireNonNull(library, "library");
        String path = library.toAbsolutePath().toString();
        if (path.contains("\"") || path.contains("\n") || path.contains("\r")) {
            throw new IllegalArgumentException("library path contains a quote or a line break: " + path);
        }
        // SunPKCS11 reads an inline configuration after "--".
        String config = "--name = schoolrecords-" + slotId + "\nlibrary = \"" + path + "\"\nslot = " + slotId + "\n";
        return login(config, pin, alias);
    }

    private static Pkcs11KeySource login(String config, char[] pin, String alias) {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(alias, "alias");
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw unavailable(alias, null);
        }
        char[] copy = pin.clone();
        AuthProvider provider = null;
        try {
            provider = (AuthProvider) base.configure(config);
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, copy);
            return new Pkcs11KeySource(provider, LocalKey.from(store, alias, null, Optional.of(provider)));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            if (provider != null) {
                logout(provider);
            }
            if (e instanceof KeySourceException k) {
                throw k;
            }
            throw unavailable(alias, e);
        } finally {
            Arrays.fill(copy, '\0');
        }
    }

    private static KeySourceException unavailable(String alias, Exception e) {
        return new KeySourceException(KeySourceException.Reason.KEY_SOURCE_UNAVAILABLE, alias, LocalizedText.of(
                "không mở được thiết bị PKCS #11 (sai PIN, sai khe hoặc thiếu thư viện)",
                "cannot open the PKCS #11 token (wrong PIN, wrong slot or missing library)"), e);
    }

    private static void logout(AuthProvider provider) {
        try {
            provider.logout();
        } catch (LoginException e) {
            // Already logged out, or the token was removed: nothing left to release.
        }
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
        logout(provider);
    }
}
