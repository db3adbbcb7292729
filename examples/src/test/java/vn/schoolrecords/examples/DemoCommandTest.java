package vn.schoolrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.examples.internal.DemoCa;
import vn.schoolrecords.pdf.EmbeddedRecords;
import vn.schoolrecords.signing.Pkcs12KeySource;

/** The demo is run once; each test checks one thing it promises. */
class DemoCommandTest {

    @TempDir
    static Path dir;

    private static final Cli CLI = new Cli();
    private static int code;

    @BeforeAll
    static void runDemo() {
        code = CLI.run("demo", "--out", dir.toString());
    }

    @Test
    void exitsZeroAndQuiet() {
        assertThat(code).as(CLI.err()).isZero();
        assertThat(CLI.err()).isEmpty();
    }

    @Test
    void printsTheSchoolAndTheClassSummary() {
        SchoolRoster expected = SampleSchools.secondary(DemoCommand.DEFAULT_SEED);
        assertThat(CLI.out()).contains(expected.school().name())
                .contains(expected.classes().size() + " lớp / classes, " + expected.students().size() + " học sinh")
                .contains("Lớp / class " + expected.classes().get(0).name())
                .contains("(TT 22/2021)")
                .contains("Học tập / learning:");
    }

    @Test
    void printsTheVerificationAndThePlanCheck() {
        assertThat(CLI.out()).contains("== Kiểm tra chữ ký / verification")
                .contains("Kết luận: tài liệu hợp lệ")
                .contains("4 đã ký / signed, đúng thứ tự / in order")
                .contains("signers match the plan (but for the DEMO mark)");
    }

    @Test
    void everyPrintedPathExists() {
        Matcher m = Pattern.compile("(/\\S+\\.(json|pdf|pem|p12|txt))").matcher(CLI.out());
        int n = 0;
        while (m.find()) {
            n++;
            assertThat(Path.of(m.group(1))).exists();
        }
        assertThat(n).isGreaterThanOrEqualTo(12);
    }

    @Test
    void theRosterAndTheTranscriptAreTheSamplesOfTheSeed() throws IOException {
        SchoolRoster roster = SampleSchools.secondary(DemoCommand.DEFAULT_SEED);
        Path rosterFile = dir.resolve("school-roster-" + roster.school().code() + "-" + roster.year() + ".json");
        assertThat(RecordsJson.read(Files.readString(rosterFile), SchoolRoster.class)).isEqualTo(roster);
        Transcript transcript = SampleTranscripts.secondary(DemoCommand.DEFAULT_SEED);
        byte[] signed = Files.readAllBytes(signedTranscript(transcript));
        assertThat(EmbeddedRecords.extract(signed, Transcript.class)).isEqualTo(transcript);
    }

    @Test
    void theTranscriptIsSignedByFourDemoCertificatesInThePlansOrder() throws Exception {
        Path signed = signedTranscript(SampleTranscripts.secondary(DemoCommand.DEFAULT_SEED));
        try (PDDocument doc = Loader.loadPDF(signed.toFile())) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            assertThat(signatures).hasSize(4);
            assertThat(signatures.get(0).getName()).isNotBlank();
            assertThat(signatures).allSatisfy(s -> assertThat(s.getSubFilter()).isEqualTo("ETSI.CAdES.detached"));
        }
        // poppler's pdfsig, an independent verifier: four signatures, each valid, each a demo certificate.
        Process p = new ProcessBuilder("pdfsig", signed.toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertThat(report.split("Signature is Valid\\.", -1)).hasSize(5);
        Matcher names = Pattern.compile("Signer Certificate Common Name: [^\n]*\\(" + Pattern.quote(DemoCa.MARK) + "\\)")
                .matcher(report);
        assertThat(names.results().count()).isEqualTo(4);
        assertThat(report.indexOf("subject-2025-")).isLessThan(report.indexOf("homeroom-2025"));
        assertThat(report.indexOf("homeroom-2025")).isLessThan(report.indexOf("principal-2025"));
        assertThat(report.indexOf("principal-2025")).isLessThan(report.indexOf("school-seal-2025"));
    }

    @Test
    void theKeysOpenWithThePrintedPasswordAndChainToTheDemoRoot() throws Exception {
        Path ca = dir.resolve("demo-ca");
        char[] password = Files.readString(ca.resolve("PASSWORD.txt")).strip().toCharArray();
        assertThat(CLI.out()).contains("password of the .p12 files: " + new String(password));
        X509Certificate root;
        try (var in = Files.newInputStream(ca.resolve("demo-root.pem"))) {
            root = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        assertThat(root.getSubjectX500Principal().getName()).contains(DemoCa.MARK);
        for (String alias : List.of("subject-teacher", "homeroom", "principal", "school-seal")) {
            try (Pkcs12KeySource key = Pkcs12KeySource.open(ca.resolve(alias + ".p12"), password, alias)) {
                X509Certificate leaf = key.certificateChain().get(0);
                assertThat(Signers.commonName(leaf)).endsWith("(" + DemoCa.MARK + ")");
                leaf.verify(root.getPublicKey());
                assertThat(key.certificateChain().get(1)).isEqualTo(root);
            }
        }
    }

    @Test
    void theResultsAreOneLinePerStudentOfTheClass() throws IOException {
        SchoolRoster roster = SampleSchools.secondary(DemoCommand.DEFAULT_SEED);
        String name = roster.classes().get(0).name();
        String json = Files.readString(dir.resolve("results-" + name + ".json"));
        int students = roster.studentsOf(roster.classes().get(0).id()).size();
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.get("schema").asText()).isEqualTo(ClassResults.SCHEMA);
        assertThat(tree.get("students").size() + tree.get("notAssessed").size()).isEqualTo(students);
        assertThat(tree.get("summary").get("total").asInt()).isEqualTo(tree.get("students").size());
    }

    private static Path signedTranscript(Transcript transcript) {
        return dir.resolve("transcript-" + transcript.student().id() + "-signed.pdf");
    }
}
