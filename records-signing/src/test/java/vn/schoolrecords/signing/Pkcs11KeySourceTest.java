package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.ExternalTools;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.SignedPdfs;
import vn.schoolrecords.signing.testpki.TestPdfs;
import vn.schoolrecords.signing.testpki.TestPki;

/**
 * The PKCS #11 key source against a real SoftHSM2 token. Needs the apt packages softhsm2 and
 * opensc (or SKIP_SOFTHSM=true); the token lives in target/softhsm, where surefire points
 * SOFTHSM2_CONF.
 */
class Pkcs11KeySourceTest {

    static final Instant NOW = Instant.parse("2026-09-05T01:00:00Z");
    static final String PIN = "246810";
    static final String PACKAGES = "softhsm2 opensc";

    static TestPki pki;
    static Path library;
    static Path config;
    static long slot;
    static Credential seal;
    static Credential teacher;

    final SignatureService service = SignatureService.of(Clock.fixed(NOW, ZoneOffset.UTC), CompletionLedger.inMemory());

    @BeforeAll
    static void initialiseToken() throws Exception {
        Path util = ExternalTools.require("softhsm2-util", "SKIP_SOFTHSM", PACKAGES);
        Path tool = ExternalTools.require("pkcs11-tool", "SKIP_SOFTHSM", PACKAGES);
        library = ExternalTools.requireFile(List.of(Path.of("/usr/lib/softhsm/libsofthsm2.so"),
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
        slot = Long.parseLong(m.group(1));

        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        seal = pki.organisation("Trường Tiểu học Thử nghiệm", KeyKind.RSA_2048);
        teacher = pki.person("Đỗ Thu Hà", KeyKind.EC_P256);
        // Import through SunPKCS11 itself: keys and certificates become token objects labelled by alias.
        Provider provider = Security.getProvider("SunPKCS11").configure(
                "--name = import\nlibrary = " + library + "\nslot = " + slot + "\n");
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        store.load(null, PIN.toCharArray());
        store.setKeyEntry("con-dau", seal.privateKey(), null, seal.chain().toArray(new Certificate[0]));
        store.setKeyEntry("giao-vien", teacher.privateKey(), null, teacher.chain().toArray(new Certificate[0]));
        ((java.security.AuthProvider) provider).logout();

        ExternalTools.Result list = ExternalTools.run(List.of(tool.toString(), "--module", library.toString(),
                "--slot", Long.toString(slot), "--login", "--pin", PIN, "--list-objects"), env);
        assertThat(list.output()).as("pkcs11-tool sees the imported objects").contains("con-dau").contains("giao-vien");

        config = confFile.resolveSibling("sunpkcs11.cfg");
        Files.writeString(config, "name = config-file\nlibrary = " + library + "\nslot = " + slot + "\n");
    }

    @AfterAll
    static void stop() {
        if (pki != null) {
            pki.close();
        }
    }

    @Test
    void theSchoolSealOnATokenSignsWithRsaPss() {
        byte[] pdf = TestPdfs.withSignatureFields(1, "school-seal");
        byte[] signed;
        try (Pkcs11KeySource token = Pkcs11KeySource.open(library, slot, PIN.toCharArray(), "con-dau")) {
            assertThat(token.certificateChain().get(0)).isEqualTo(seal.certificate());
            signed = service.sign(pdf, SignatureRequest.builder(token.certificateChain(), NOW).field("school-seal")
                    .build(), token);
        }
        assertThat(SignedPdfs.signatures(signed)).singleElement().satisfies(s -> {
            assertThat(s.valid()).isTrue();
            assertThat(s.signer()).isEqualTo(seal.certificate());
        });
    }

    @Test
    void aTokenFromAConfigFileSignsWithEcdsa() {
        byte[] pdf = TestPdfs.withSignatureFields(1, "homeroom");
        byte[] signed;
        try (Pkcs11KeySource token = Pkcs11KeySource.open(config, PIN.toCharArray(), "giao-vien")) {
            signed = service.sign(pdf, SignatureRequest.builder(token.certificateChain(), NOW).field("homeroom")
                    .build(), token);
        }
        assertThat(SignedPdfs.signatures(signed).get(0).valid()).isTrue();
    }

    @Test
    void aWrongPinOrAliasIsATypedError() {
        assertThatThrownBy(() -> Pkcs11KeySource.open(library, slot, "000000".toCharArray(), "con-dau"))
                .isInstanceOfSatisfying(KeySourceException.class,
                        e -> assertThat(e.code()).isEqualTo("KEY_SOURCE_UNAVAILABLE"));
        assertThatThrownBy(() -> Pkcs11KeySource.open(library, slot, PIN.toCharArray(), "khong-co"))
                .isInstanceOfSatisfying(KeySourceException.class,
                        e -> assertThat(e.code()).isEqualTo("KEY_ALIAS_NOT_FOUND"));
    }
}
