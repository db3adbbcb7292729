package vn.schoolrecords.signing;

import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyStore;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.util.Objects;

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
public final class Pkcs11KeySource extends LocalKeySource {

    private final AuthProvider provider;

    private static final LocalizedText UNAVAILABLE = LocalizedText.of(
            "không mở được thiết bị PKCS #11 (sai PIN, sai khe hoặc thiếu thư viện)",
            "cannot open the PKCS #11 token (wrong PIN, wrong slot or missing library)");

    private Pkcs11KeySource(AuthProvider provider, LocalKey key) {
        super(key);
        this.provider = provider;
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
        AuthProvider[] opened = new AuthProvider[1];
        try {
            LocalKey key = LocalKey.open(secret -> {
                if (base == null) {
                    throw new ProviderException("this JDK has no SunPKCS11 provider");
                }
                opened[0] = (AuthProvider) base.configure(config);
                KeyStore store = KeyStore.getInstance("PKCS11", opened[0]);
                store.load(null, secret);
                return store;
            }, LocalKey.Holder.TOKEN, pin, alias, UNAVAILABLE);
            return new Pkcs11KeySource(opened[0], key);
        } catch (KeySourceException e) {
            if (opened[0] != null) {
                logout(opened[0]);
            }
            throw e;
        }
    }

    private static void logout(AuthProvider provider) {
        try {
            provider.logout();
        } catch (LoginException e) {
            // Already logged out, or the token was removed: nothing left to release.
        }
    }

    /** Forgets the key and logs out of the token. Idempotent. */
    @Override
    public void close() {
        super.close();
        logout(provider);
    }
}
