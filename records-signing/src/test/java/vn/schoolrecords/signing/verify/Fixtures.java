package vn.schoolrecords.signing.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import vn.schoolrecords.signing.HttpRevocationSource;
import vn.schoolrecords.signing.CompletionLedger;
import vn.schoolrecords.signing.HttpTimestampClient;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureAppearance;
import vn.schoolrecords.signing.SignatureRequest;
import vn.schoolrecords.signing.SignatureService;
import vn.schoolrecords.signing.testpki.Appearances;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.TestPdfs;
import vn.schoolrecords.signing.testpki.TestPki;

/**
 * One test PKI and the genuine transcripts signed with it, shared by the verifier's tests: the
 * four fields of a transcript page signed in turn (subject teacher, homeroom, principal, seal),
 * at levels B-B and B-T.
 */
final class Fixtures implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-03-15T02:00:00Z");
    static final List<String> FIELDS = List.of("subject-TOAN", "homeroom", "principal", "school-seal");

    final TestPki pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
    final Credential mathTeacher = pki.person("Lê Thị Hoa", KeyKind.RSA_2048);
    final Credential homeroom = pki.person("Nguyễn Văn A", KeyKind.RSA_2048);
    final Credential principal = pki.person("Trần Văn Minh", KeyKind.EC_P256);
    final Credential seal = pki.organisation("Trường THPT Thử nghiệm", KeyKind.RSA_2048);
    final List<Credential> signers = List.of(mathTeacher, homeroom, principal, seal);
    final byte[] blank = TestPdfs.withSignatureFields(2, FIELDS.toArray(String[]::new));
    final SignatureService service = SignatureService.of(Clock.fixed(NOW.plusSeconds(30), ZoneOffset.UTC),
            CompletionLedger.inMemory());
    final TrustAnchors trust = TrustAnchors.of(List.of(pki.rootCertificate()));
    private final byte[][] baseline = new byte[5][];
    private final byte[][] timestamped = new byte[5][];

    /** The policy of the tests: an hour after signing, revocation fetched from the test PKI. */
    VerificationPolicy policy() {
        return VerificationPolicy.builder(NOW.plus(Duration.ofHours(1))).fetcher(RevocationFetcher.from(HttpRevocationSource.of())).build();
    }

    /** The transcript signed by the first {@code count} signers in order, B-B or B-T. */
    synchronized byte[] signed(int count, boolean timestamp) {
        byte[][] cache = timestamp ? timestamped : baseline;
        if (cache[count] == null) {
            byte[] pdf = count == 0 ? blank : signed(count - 1, timestamp);
            cache[count] = count == 0 ? blank : sign(pdf, signers.get(count - 1), FIELDS.get(count - 1), timestamp);
        }
        return cache[count].clone();
    }

    byte[] sign(byte[] pdf, Credential who, String field, boolean timestamp) {
        SignatureRequest.Builder request = SignatureRequest.builder(who.chain(), NOW).field(field)
                .signerName(who.certificate().getSubjectX500Principal().getName()).reason("Xác nhận học bạ")
                .location("Hà Nội");
        if (timestamp) {
            request.levelBaselineT(HttpTimestampClient.of(pki.tsaUri()));
        }
        char[] password = "mat-khau".toCharArray();
        try (Pkcs12KeySource key = Pkcs12KeySource.of(who.pkcs12(password, "k"), password, "k")) {
            return service.sign(pdf, request.build(), key);
        }
    }

    /** {@code pdf} signed B-T into {@code field} with a visible appearance (SignatureAppearance), the seal as a seal. */
    byte[] signVisible(byte[] pdf, Credential who, String field) {
        SignatureAppearance appearance = "school-seal".equals(field)
                ? SignatureAppearance.seal(Appearances.sealPng()).build()
                : SignatureAppearance.signer().font(Appearances.liberationSerif()).signatureImage(Appearances.signaturePng()).build();
        SignatureRequest.Builder request = SignatureRequest.builder(who.chain(), NOW).field(field)
                .signerName(who.certificate().getSubjectX500Principal().getName()).signerRole(field)
                .levelBaselineT(HttpTimestampClient.of(pki.tsaUri())).appearance(appearance);
        char[] password = "mat-khau".toCharArray();
        try (Pkcs12KeySource key = Pkcs12KeySource.of(who.pkcs12(password, "k"), password, "k")) {
            return service.sign(pdf, request.build(), key);
        }
    }

    VerificationReport verify(byte[] pdf) {
        return PdfSignatureVerifier.verify(pdf, trust, policy());
    }

    @Override
    public void close() {
        pki.close();
    }
}
