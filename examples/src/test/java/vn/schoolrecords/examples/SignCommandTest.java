package vn.schoolrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.examples.internal.DemoCa;

class SignCommandTest {

    @TempDir
    static Path shared;
    private static Path key;
    private static Path unsigned;
    private static final String PASSWORD = "demo password 2025";

    @TempDir
    Path dir;
    private final Cli cli = new Cli().env("P12_PASSWORD", PASSWORD);

    @BeforeAll
    static void keyAndPdf() {
        SchoolRoster roster = SampleSchools.secondary(3);
        DemoCa ca = DemoCa.create(roster.school().name(), Instant.now());
        key = ca.issue(new DemoCa.Holder("homeroom", "Phạm Minh Đức", "Giáo viên chủ nhiệm", false), shared,
                PASSWORD.toCharArray()).pkcs12();
        Path rosterFile = CliFiles.writeJson(shared.resolve("school-roster.json"), roster);
        unsigned = shared.resolve("class-list.pdf");
        Cli cli = new Cli();
        assertThat(cli.run("render", "--in", rosterFile.toString(), "--class", roster.classes().get(0).name(),
                "--out", unsigned.toString())).as(cli.err()).isZero();
    }

    private Path copy() throws IOException {
        return Files.copy(unsigned, dir.resolve("list.pdf"));
    }

    private String[] sign(Path pdf, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sign", "--in", pdf.toString(), "--key", key.toString(),
                "--alias", "homeroom"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void signsTheFieldInPlaceWithThePasswordFromTheEnvironment() throws IOException {
        Path pdf = copy();
        assertThat(cli.run(sign(pdf, "--field", "homeroom", "--password-env", "P12_PASSWORD"))).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Đã ký / signed: homeroom — Phạm Minh Đức (" + DemoCa.MARK + ") — PAdES B-B");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            assertThat(signatures.get(0).getName()).contains("Phạm Minh Đức");
        }
        byte[] original = Files.readAllBytes(unsigned);
        byte[] signed = Files.readAllBytes(pdf);
        // An incremental update: the unsigned file is a prefix of the signed one.
        assertThat(java.util.Arrays.copyOf(signed, original.length)).isEqualTo(original);
    }

    @Test
    void readsThePasswordFromStandardInputAndWritesACopy() throws IOException {
        Path pdf = copy();
        Path out = dir.resolve("signed/list-signed.pdf");
        cli.stdin(PASSWORD + "\n");
        assertThat(cli.run(sign(pdf, "--new-field", "witness", "--password-stdin", "--out", out.toString(),
                "--reason", "Kiểm tra", "--location", "Hà Nội"))).as(cli.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).isEqualTo(Files.readAllBytes(unsigned));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDSignature s = doc.getSignatureDictionaries().get(0);
            assertThat(s.getReason()).isEqualTo("Kiểm tra");
            assertThat(s.getLocation()).isEqualTo("Hà Nội");
        }
    }

    @Test
    void aWrongPasswordIsOneLineInBothLanguages() throws IOException {
        Path pdf = copy();
        cli.env("P12_PASSWORD", "wrong");
        assertThat(cli.run(sign(pdf, "--field", "homeroom", "--password-env", "P12_PASSWORD"))).isEqualTo(Records.FAILED);
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.err()).contains("KEY_SOURCE_UNAVAILABLE").contains("sai mật khẩu").contains("wrong password");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(Files.readAllBytes(unsigned));
    }

    @Test
    void badInputFailsOnOneLine() throws IOException {
        Path pdf = copy();
        Path notPdf = Files.writeString(dir.resolve("roster.pdf"), "{\"schema\":\"school-roster/1\"}");
        String[][] cases = {
            sign(dir.resolve("missing.pdf"), "--field", "homeroom", "--password-env", "P12_PASSWORD"),
            sign(notPdf, "--field", "homeroom", "--password-env", "P12_PASSWORD"),
            sign(pdf, "--field", "homeroom", "--password-env", "UNSET_VARIABLE"),
            sign(pdf, "--field", "no-such-field", "--password-env", "P12_PASSWORD"),
        };
        String[] expected = {"FILE_UNREADABLE", "WRONG_KIND_OF_FILE", "PASSWORD_MISSING", "FIELD_NOT_FOUND"};
        for (int i = 0; i < cases.length; i++) {
            assertThat(cli.run(cases[i])).as(expected[i]).isEqualTo(Records.FAILED);
            assertThat(cli.err().strip().lines()).as(cli.err()).hasSize(1);
            assertThat(cli.err()).as(cli.err()).contains(expected[i]).doesNotContain("\tat ");
        }
    }

    @Test
    void levelBtAsksTheTimestampAuthorityAndFailsOnOneLineWhenItDoesNotAnswer() throws Exception {
        Path pdf = copy();
        // A loopback port with nothing listening: the timestamp request is refused at once.
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertThat(cli.run(sign(pdf, "--field", "homeroom", "--password-env", "P12_PASSWORD", "--level", "B-T",
                "--tsa", "http://127.0.0.1:" + port + "/tsa"))).isEqualTo(Records.FAILED);
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.err()).contains("TIMESTAMP").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(Files.readAllBytes(unsigned));
    }

    @Test
    void aSignedFieldIsNotSignedAgain() throws IOException {
        Path pdf = copy();
        assertThat(cli.run(sign(pdf, "--field", "homeroom", "--password-env", "P12_PASSWORD"))).isZero();
        assertThat(cli.run(sign(pdf, "--field", "homeroom", "--password-env", "P12_PASSWORD"))).isEqualTo(Records.FAILED);
        assertThat(cli.err().strip().lines()).hasSize(1);
    }

    @Test
    void wrongOptionsAreUsageErrors() throws IOException {
        Path pdf = copy();
        assertThat(cli.run(sign(pdf, "--field", "homeroom"))).isEqualTo(Records.USAGE);
        assertThat(cli.err()).contains("never on the command line");
        assertThat(cli.run(sign(pdf, "--field", "homeroom", "--password-env", "P12_PASSWORD", "--level", "B-T")))
                .isEqualTo(Records.USAGE);
        assertThat(cli.err()).contains("--level B-T needs --tsa URL");
        assertThat(cli.run(sign(pdf, "--field", "homeroom", "--password-env", "P12_PASSWORD", "--level", "B-LTA")))
                .isEqualTo(Records.USAGE);
        assertThat(cli.run(sign(pdf, "--password-env", "P12_PASSWORD"))).isEqualTo(Records.USAGE);
        assertThat(cli.err()).contains("--field FIELD");
        assertThat(cli.run(sign(pdf, "--field", "homeroom", "--password-env", "P12_PASSWORD", "--tsa", "ftp://x")))
                .isEqualTo(Records.USAGE);
    }
}
