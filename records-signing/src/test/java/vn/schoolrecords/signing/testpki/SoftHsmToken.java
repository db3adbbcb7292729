package vn.schoolrecords.signing.testpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One SoftHSM2 token per test JVM, in target/softhsm where surefire points SOFTHSM2_CONF,
 * initialised on first use and shared by every test class: the PKCS #11 library is loaded once
 * per JVM, so a token re-created under it by another class would not be seen. Needs the apt
 * packages softhsm2 and opensc (or SKIP_SOFTHSM=true).
 */
public final class SoftHsmToken {

    public static final String PIN = "246810";
    public static final String PACKAGES = "softhsm2 opensc";

    private static SoftHsmToken shared;

    private final Path library;
    private final Path tool;
    private final Path config;
    private final long slot;
    private final Map<String, String> environment;

    private SoftHsmToken(Path library, Path tool, Path config, long slot, Map<String, String> environment) {
        this.library = library;
        this.tool = tool;
        this.config = config;
        this.slot = slot;
        this.environment = environment;
    }

    /** The token, initialised on first use; aborts or fails the test as {@link ExternalTools} does. */
    public static synchronized SoftHsmToken shared() throws Exception {
        if (shared == null) {
            shared = initialise();
        }
        return shared;
    }

    private static SoftHsmToken initialise() throws Exception {
        Path util = ExternalTools.require("softhsm2-util", "SKIP_SOFTHSM", PACKAGES);
        Path tool = ExternalTools.require("pkcs11-tool", "SKIP_SOFTHSM", PACKAGES);
        Path library = ExternalTools.requireFile(List.of(Path.of("/usr/lib/softhsm/libsofthsm2.so"),
                Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
                Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so")), "SKIP_SOFTHSM", PACKAGES);
        String conf = System.getenv("SOFTHSM2_CONF");
        assertThat(conf).as("SOFTHSM2_CONF must be set (surefire sets it in records-signing/pom.xml)").isNotNull();
        Path confFile = Path.of(conf);
        Path tokens = confFile.resolveSibling("tokens");
        if (Files.exists(tokens)) {
            try (Stream<Path> old = Files.walk(tokens)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(confFile, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        Map<String, String> env = Map.of("SOFTHSM2_CONF", conf);
        ExternalTools.Result init = ExternalTools.run(List.of(util.toString(), "--init-token", "--free", "--label",
                "schoolrecords-test", "--so-pin", "13579135", "--pin", PIN), env);
        assertThat(init.exitCode()).as(init.output()).isZero();
        Matcher m = Pattern.compile("reassigned to slot (\\d+)").matcher(init.output());
        assertThat(m.find()).as(init.output()).isTrue();
        long slot = Long.parseLong(m.group(1));
        Path config = confFile.resolveSibling("sunpkcs11.cfg");
        Files.writeString(config, "name = config-file\nlibrary = " + library + "\nslot = " + slot + "\n");
        return new SoftHsmToken(library, tool, config, slot, env);
    }

    /** Imports a key and its chain through SunPKCS11 itself: token objects labelled by the alias. */
    public void importKey(String alias, Credential credential) throws Exception {
        Provider provider = Security.getProvider("SunPKCS11").configure(
                "--name = import\nlibrary = " + library + "\nslot = " + slot + "\n");
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        store.load(null, PIN.toCharArray());
        store.setKeyEntry(alias, credential.privateKey(), null, credential.chain().toArray(new Certificate[0]));
        ((AuthProvider) provider).logout();
    }

    /** {@code pkcs11-tool --list-objects} on the token, logged in. */
    public ExternalTools.Result listObjects() {
        return ExternalTools.run(List.of(tool.toString(), "--module", library.toString(), "--slot",
                Long.toString(slot), "--login", "--pin", PIN, "--list-objects"), environment);
    }

    public Path library() {
        return library;
    }

    public Path config() {
        return config;
    }

    public long slot() {
        return slot;
    }
}
