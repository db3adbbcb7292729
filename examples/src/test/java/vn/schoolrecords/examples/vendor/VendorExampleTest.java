package vn.schoolrecords.examples.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.pdf.EmbeddedRecords;

class VendorExampleTest {

    @Test
    void assessesRendersSignsRemotelyAndStores(@TempDir Path dir) throws Exception {
        YearEndService.Issued issued = VendorExample.run(dir);

        assertThat(issued.pdf()).startsWith(dir.resolve("store")).exists();
        assertThat(issued.transcript().years()).hasSize(1);
        assertThat(issued.transcript().years().get(0).studentId()).isEqualTo(issued.outcome().studentId());
        byte[] pdf = Files.readAllBytes(issued.pdf());
        assertThat(EmbeddedRecords.extract(pdf, Transcript.class)).isEqualTo(issued.transcript());
        String year = Integer.toString(issued.transcript().years().get(0).year().startYear());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            assertThat(signatures).hasSize(2);
        }
        // poppler's pdfsig: both signatures valid, the principal's then the seal's, RSASSA-PSS.
        Process p = new ProcessBuilder("pdfsig", issued.pdf().toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertThat(report.split("Signature is Valid\\.", -1)).hasSize(3);
        assertThat(report.indexOf("principal-" + year)).isPositive()
                .isLessThan(report.indexOf("school-seal-" + year));
    }

    @Test
    void theProviderRefusesAnUnknownCredential() throws Exception {
        try (LoopbackSigningProvider provider = LoopbackSigningProvider.start()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HttpRemoteSigner(provider.uri(), "nobody"))
                    .isInstanceOf(vn.schoolrecords.signing.KeySourceException.class)
                    .hasMessageContaining("KEY_SOURCE_UNAVAILABLE");
        }
    }
}
