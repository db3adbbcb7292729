package vn.schoolrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.examples.internal.DemoCa;

class VerifyCommandTest {

    @TempDir
    static Path dir;
    private static Path unsigned;
    private static Path signed;
    private static Path root;
    private static Path otherRoot;

    private final Cli cli = new Cli();

    @BeforeAll
    static void signedClassList() {
        SchoolRoster roster = SampleSchools.secondary(4);
        DemoCa ca = DemoCa.create(roster.school().name(), Instant.now());
        Path key = ca.issue(new DemoCa.Holder("principal", "Ngô Thùy My", "Hiệu trưởng", false), dir,
                "pw".toCharArray()).pkcs12();
        root = ca.writeRootPem(dir.resolve("root.pem"));
        otherRoot = DemoCa.create("Another school", Instant.now()).writeRootPem(dir.resolve("other-root.pem"));
        Path rosterFile = CliFiles.writeJson(dir.resolve("roster.json"), roster);
        unsigned = dir.resolve("list.pdf");
        signed = dir.resolve("list-signed.pdf");
        Cli cli = new Cli().env("PW", "pw");
        assertThat(cli.run("render", "--in", rosterFile.toString(), "--class", roster.classes().get(0).name(),
                "--out", unsigned.toString())).isZero();
        assertThat(cli.run("sign", "--in", unsigned.toString(), "--out", signed.toString(), "--key", key.toString(),
                "--alias", "principal", "--field", "principal", "--password-env", "PW")).as(cli.err()).isZero();
    }

    @Test
    void aValidSignatureIsReportedInBothLanguages() {
        assertThat(cli.run("verify", "--in", signed.toString(), "--trust", root.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Chữ ký của Ngô Thùy My (" + DemoCa.MARK + ")").contains("hợp lệ")
                .contains("valid");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void theJsonReport() throws Exception {
        assertThat(cli.run("verify", "--in", signed.toString(), "--trust", root.toString(), "--json")).isZero();
        JsonNode report = new ObjectMapper().readTree(cli.out());
        assertThat(report.toString()).contains("TOTAL_PASSED").contains("principal");
    }

    @Test
    void anotherRootIsNotTrusted() {
        assertThat(cli.run("verify", "--in", signed.toString(), "--trust", otherRoot.toString()))
                .isEqualTo(Records.FAILED);
        assertThat(cli.out()).contains("Ngô Thùy My");
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.err()).contains("NOT_VERIFIED").doesNotContain("TOTAL_PASSED");
    }

    @Test
    void revocationCanBeRequired() {
        assertThat(cli.run("verify", "--in", signed.toString(), "--trust", root.toString(), "--require-revocation"))
                .isEqualTo(Records.FAILED);
        assertThat(cli.err()).contains("NOT_VERIFIED").contains("INDETERMINATE");
    }

    @Test
    void aChangedByteFailsTheSignature() throws Exception {
        byte[] bytes = Files.readAllBytes(signed);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Danh s"); // inside the first revision, covered by the signature
        int index = at > 0 ? at : 200;
        bytes[index] ^= 0x01;
        Path tampered = Files.write(dir.resolve("tampered.pdf"), bytes);
        assertThat(cli.run("verify", "--in", tampered.toString(), "--trust", root.toString()))
                .isEqualTo(Records.FAILED);
        assertThat(cli.err()).contains("NOT_VERIFIED");
    }

    @Test
    void badInputFailsOnOneLine() throws Exception {
        Path notPem = Files.writeString(dir.resolve("not.pem"), "hello");
        String[][] cases = {
            {"verify", "--in", unsigned.toString(), "--trust", root.toString()},
            {"verify", "--in", dir.resolve("missing.pdf").toString(), "--trust", root.toString()},
            {"verify", "--in", signed.toString(), "--trust", dir.resolve("missing.pem").toString()},
            {"verify", "--in", signed.toString(), "--trust", notPem.toString()},
            {"verify", "--in", root.toString(), "--trust", root.toString()},
        };
        String[] expected = {"NOT_SIGNED", "FILE_UNREADABLE", "FILE_UNREADABLE", "TRUST", "WRONG_KIND_OF_FILE"};
        for (int i = 0; i < cases.length; i++) {
            assertThat(cli.run(cases[i])).as(expected[i] + ": " + cli.err()).isEqualTo(Records.FAILED);
            assertThat(cli.err().strip().lines()).as(cli.err()).hasSize(1);
            assertThat(cli.err()).contains(expected[i]).doesNotContain("\tat ");
        }
    }
}
