package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import vn.schoolrecords.signing.PadesExtensionException.Reason;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.SignedPdfs;
import vn.schoolrecords.signing.testpki.SteppingClock;
import vn.schoolrecords.signing.testpki.TestPdfs;
import vn.schoolrecords.signing.testpki.TestPki;

/**
 * Every pair (level of the document, target level) against a plain model of what extension
 * allows: refused with the model's reason and the document untouched, or extended as an
 * incremental update with the model's number of document timestamps, a DSS, and the signature
 * still valid.
 */
class PadesExtensionProperties {

    static TestPki pki;
    static SteppingClock clock;
    static final Map<PadesLevel, byte[]> documents = new EnumMap<>(PadesLevel.class);

    @BeforeContainer
    static void start() {
        clock = new SteppingClock(Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS),
                Duration.ofSeconds(1));
        pki = TestPki.start(clock);
        Credential teacher = pki.person("Phạm Thu Hà", KeyKind.RSA_2048);
        char[] password = "pw-111111".toCharArray();
        byte[] pdf = TestPdfs.withSignatureFields(1, "homeroom");
        SignatureService service = SignatureService.of(clock, CompletionLedger.inMemory());
        try (Pkcs12KeySource key = Pkcs12KeySource.of(teacher.pkcs12(password, "k"), password, "k")) {
            documents.put(PadesLevel.B_B, service.sign(pdf, SignatureRequest.builder(teacher.chain(), clock.instant())
                    .field("homeroom").build(), key));
            documents.put(PadesLevel.B_T, service.sign(pdf, SignatureRequest.builder(teacher.chain(), clock.instant())
                    .field("homeroom").levelBaselineT(HttpTimestampClient.of(pki.tsaUri())).build(), key));
        }
        documents.put(PadesLevel.B_LT, extender().extend(documents.get(PadesLevel.B_T), PadesLevel.B_LT));
        documents.put(PadesLevel.B_LTA, extender().extend(documents.get(PadesLevel.B_LT), PadesLevel.B_LTA));
    }

    @AfterContainer
    static void stop() {
        pki.close();
    }

    static PadesExtender extender() {
        return PadesExtender.builder(clock, HttpRevocationSource.of())
                .timestampClient(HttpTimestampClient.of(pki.tsaUri())).build();
    }

    /** The model: the reason for refusing, or empty if the extension is allowed. */
    static Optional<Reason> refusal(PadesLevel from, PadesLevel target) {
        if (target == PadesLevel.B_B || target == PadesLevel.B_T) {
            return Optional.of(Reason.TARGET_LEVEL_NOT_SUPPORTED);
        }
        if (from == PadesLevel.B_B) {
            return Optional.of(Reason.SIGNATURE_NOT_TIMESTAMPED);
        }
        if (from == PadesLevel.B_LTA && target == PadesLevel.B_LT) {
            return Optional.of(Reason.ALREADY_AT_HIGHER_LEVEL);
        }
        return Optional.empty();
    }

    static int documentTimestamps(PadesLevel level) {
        return level == PadesLevel.B_LTA ? 1 : 0;
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void extensionFollowsTheModel(@ForAll PadesLevel from, @ForAll PadesLevel target) throws IOException {
        byte[] document = documents.get(from);
        byte[] input = document.clone();
        Optional<Reason> refusal = refusal(from, target);
        if (refusal.isPresent()) {
            PadesExtensionException e = catchThrowableOfType(PadesExtensionException.class,
                    () -> extender().extend(input, target));
            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(refusal.get());
            assertThat(e.code()).isEqualTo(refusal.get().name());
            assertThat(input).isEqualTo(document);
            return;
        }
        byte[] extended = extender().extend(input, target);
        assertThat(input).isEqualTo(document);
        assertThat(extended).startsWith(document);
        assertThat(SignedPdfs.signatures(extended)).singleElement().satisfies(s -> assertThat(s.valid()).isTrue());
        try (PDDocument pdf = Loader.loadPDF(extended)) {
            assertThat(pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"))).isNotNull();
            List<PDSignature> timestamps = pdf.getSignatureDictionaries().stream()
                    .filter(s -> "ETSI.RFC3161".equals(s.getSubFilter())).toList();
            assertThat(timestamps).hasSize(documentTimestamps(from) + documentTimestamps(target));
        }
    }
}
