package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import vn.schoolrecords.signing.PadesExtensionException.Reason;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.DssValidation;
import vn.schoolrecords.signing.testpki.DssValidation.Verdict;
import vn.schoolrecords.signing.testpki.ExternalTools;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.PdfA;
import vn.schoolrecords.signing.testpki.SignedPdfs;
import vn.schoolrecords.signing.testpki.SteppingClock;
import vn.schoolrecords.signing.testpki.TestPdfs;
import vn.schoolrecords.signing.testpki.TestPki;

/**
 * PAdES B-LT and B-LTA with the loopback PKI: the DSS dictionary and document timestamps as
 * written, EU DSS's level and verdict for every signature, poppler's pdfsig, veraPDF, and the
 * typed refusals with the caller's document untouched.
 *
 * <p>The clock steps one second per read, starting two hours ago, so that DSS, validating at the
 * real current time, sees signature, timestamps and revocation data in their natural order.
 */
class LongTermSignaturesTest {

    static final char[] PASSWORD = "mat-khau-123".toCharArray();
    static SteppingClock clock;
    static TestPki pki;
    static Credential homeroom;
    static Credential principal;
    static Credential subjectTeacher;
    static Credential seal;

    @BeforeAll
    static void start() {
        clock = new SteppingClock(Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS),
                Duration.ofSeconds(1));
        pki = TestPki.start(clock);
        subjectTeacher = pki.person("Vũ Thị Toán", KeyKind.EC_P256);
        homeroom = pki.person("Nguyễn Thị Lan", KeyKind.RSA_2048);
        principal = pki.person("Trần Văn Minh", KeyKind.RSA_2048);
        seal = pki.organisation("Trường THPT Thử nghiệm", KeyKind.RSA_2048);
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    static byte[] sign(byte[] pdf, Credential credential, String field, PadesLevel level, boolean newField) {
        SignatureRequest.Builder request = SignatureRequest.builder(credential.chain(), clock.instant())
                .signerName(credential.certificate().getSubjectX500Principal().getName());
        if (newField) {
            request.newInvisibleField(field);
        } else {
            request.field(field);
        }
        if (level != PadesLevel.B_B) {
            request.levelBaselineT(HttpTimestampClient.of(pki.tsaUri()));
        }
        try (Pkcs12KeySource key = Pkcs12KeySource.of(credential.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            byte[] signed = SignatureService.of(clock, CompletionLedger.inMemory()).sign(pdf, request.build(), key);
            return level == PadesLevel.B_LT || level == PadesLevel.B_LTA ? extender().extend(signed, level) : signed;
        }
    }

    static PadesExtender extender() {
        return PadesExtender.builder(clock, HttpRevocationSource.of())
                .timestampClient(HttpTimestampClient.of(pki.tsaUri())).build();
    }

    static byte[] transcript() {
        return TestPdfs.withSignatureFields(2, "subject-TOAN", "homeroom", "principal", "school-seal");
    }

    static void assertDss(byte[] pdf, boolean online, SignatureLevel level, int signatures) {
        DssValidation.Result result = DssValidation.validate(pdf, pki.rootCertificate(), online);
        assertThat(result.signatures()).as(result.simpleReport()).hasSize(signatures)
                .allSatisfy(v -> {
                    assertThat(v.level()).as(v.toString()).isEqualTo(level);
                    assertThat(v.indication()).as(v + "\n" + result.simpleReport()).isEqualTo(Indication.TOTAL_PASSED);
                });
    }

    @Test
    void bBAndBTAreReportedByDssAtTheirLevelWithOnlineRevocationData() {
        assertDss(sign(transcript(), homeroom, "homeroom", PadesLevel.B_B, false), true, SignatureLevel.PAdES_BASELINE_B, 1);
        assertDss(sign(transcript(), homeroom, "homeroom", PadesLevel.B_T, false), true, SignatureLevel.PAdES_BASELINE_T, 1);
    }

    @Test
    void bLtPutsEveryChainOcspAndVriIntoTheDssAndDssValidatesItOffline() throws Exception {
        byte[] bt = sign(transcript(), homeroom, "homeroom", PadesLevel.B_T, false);
        byte[] input = bt.clone();
        byte[] lt = extender().extend(input, PadesLevel.B_LT);
        assertThat(input).isEqualTo(bt);
        assertThat(lt).startsWith(bt); // one incremental update after the signed revision
        assertThat(SignedPdfs.signatures(lt)).singleElement().satisfies(s -> assertThat(s.valid()).isTrue());

        try (PDDocument document = Loader.loadPDF(lt)) {
            COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
            assertThat(dss).isNotNull();
            List<byte[]> certs = streams(dss.getCOSArray(COSName.getPDFName("Certs")));
            List<byte[]> ocsps = streams(dss.getCOSArray(COSName.getPDFName("OCSPs")));
            List<X509Certificate> expected = List.of(homeroom.certificate(), pki.issuingCertificate(),
                    pki.rootCertificate(), pki.tsaCertificate());
            assertThat(certs).hasSize(4);
            for (X509Certificate c : expected) {
                assertThat(certs).anySatisfy(b -> assertThat(b).isEqualTo(c.getEncoded()));
            }
            // homeroom, TSA and the issuing CA; never the self-signed root
            assertThat(ocsps).hasSize(3).allSatisfy(b -> assertThat(new OCSPResp(b).getStatus()).isZero());

            PDSignature signature = document.getSignatureDictionaries().get(0);
            String key = HexFormat.of().withUpperCase().formatHex(
                    MessageDigest.getInstance("SHA-1").digest(signature.getContents(lt)));
            COSDictionary vri = dss.getCOSDictionary(COSName.getPDFName("VRI")).getCOSDictionary(COSName.getPDFName(key));
            assertThat(vri).as("VRI entry " + key).isNotNull();
            assertThat(streams(vri.getCOSArray(COSName.getPDFName("Cert")))).hasSize(4);
            assertThat(streams(vri.getCOSArray(COSName.getPDFName("OCSP")))).hasSize(3);
        }
        assertDss(lt, false, SignatureLevel.PAdES_BASELINE_LT, 1);
    }

    @Test
    void bLtaAddsADocumentTimestampThenItsValidationDataAndDssValidatesItOffline() throws Exception {
        byte[] lt = sign(transcript(), principal, "principal", PadesLevel.B_LT, false);
        byte[] lta = extender().extend(lt, PadesLevel.B_LTA);
        assertThat(lta).startsWith(lt);
        try (PDDocument document = Loader.loadPDF(lta)) {
            List<PDSignature> all = document.getSignatureDictionaries();
            assertThat(all).hasSize(2);
            PDSignature timestamp = all.stream().filter(s -> "ETSI.RFC3161".equals(s.getSubFilter())).findFirst().orElseThrow();
            assertThat(timestamp.getCOSObject().getCOSName(COSName.TYPE)).isEqualTo(COSName.DOC_TIME_STAMP);
            int[] range = timestamp.getByteRange();
            long end = (long) range[2] + range[3];
            // The DSS of the timestamp's own authority comes in a later update, so the timestamp covers less than the file.
            assertThat(end).isLessThan(lta.length).isGreaterThan(lt.length);
            TimeStampToken token = new TimeStampToken(new CMSSignedData(timestamp.getContents(lta)));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(lta, range[0], range[1]);
            sha256.update(lta, range[2], range[3]);
            assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(sha256.digest());

            COSDictionary vri = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"))
                    .getCOSDictionary(COSName.getPDFName("VRI"));
            String key = HexFormat.of().withUpperCase().formatHex(
                    MessageDigest.getInstance("SHA-1").digest(timestamp.getContents(lta)));
            assertThat(vri.getCOSDictionary(COSName.getPDFName(key))).as("VRI of the document timestamp").isNotNull();
            assertThat(vri.keySet()).hasSize(2);
        }
        assertThat(SignedPdfs.signatures(lta)).singleElement().satisfies(s -> assertThat(s.valid()).isTrue());
        assertDss(lta, false, SignatureLevel.PAdES_BASELINE_LTA, 1);
    }

    @Test
    void archiveRenewalAddsASecondDocumentTimestampAndStaysValidAfterTheSignerIsRevoked() {
        Credential formerSeal = pki.organisation("Trường THCS Sáp nhập", KeyKind.RSA_2048);
        byte[] lta = sign(transcript(), formerSeal, "school-seal", PadesLevel.B_LTA, false);
        // Years later the school merged and its seal certificate was revoked: the archive is
        // still renewed, with the validation data captured while the certificate was good.
        pki.revoke(formerSeal.certificate(), clock.instant());
        byte[] renewed = extender().extend(lta, PadesLevel.B_LTA);
        assertThat(renewed).startsWith(lta);
        try (PDDocument document = Loader.loadPDF(renewed)) {
            assertThat(document.getSignatureDictionaries())
                    .filteredOn(s -> "ETSI.RFC3161".equals(s.getSubFilter())).hasSize(2);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        DssValidation.Result result = DssValidation.validate(renewed, pki.rootCertificate(), false);
        assertThat(result.signatures()).singleElement().satisfies(v -> assertThat(v.timestamps())
                .as(result.simpleReport()).isEqualTo(3)); // the signature's and two document timestamps
        assertDss(renewed, false, SignatureLevel.PAdES_BASELINE_LTA, 1);
    }

    @Test
    void aSignerAfterBLtGetsItsOwnValidationDataAndEarlierDataIsKept() throws Exception {
        byte[] lt = sign(transcript(), homeroom, "homeroom", PadesLevel.B_LT, false);
        assertThat(extender().extend(lt, PadesLevel.B_LT)).as("nothing lacks data").isEqualTo(lt);
        byte[] second = sign(lt, principal, "principal", PadesLevel.B_T, false);
        byte[] lt2 = extender().extend(second, PadesLevel.B_LT);
        assertThat(lt2).startsWith(second);
        try (PDDocument before = Loader.loadPDF(lt); PDDocument after = Loader.loadPDF(lt2)) {
            COSDictionary vriBefore = before.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"))
                    .getCOSDictionary(COSName.getPDFName("VRI"));
            COSDictionary dssAfter = after.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
            COSDictionary vriAfter = dssAfter.getCOSDictionary(COSName.getPDFName("VRI"));
            assertThat(vriBefore.keySet()).hasSize(1);
            assertThat(vriAfter.keySet()).hasSize(2).containsAll(vriBefore.keySet());
            // The principal's certificate is new; the issuing CA, root and TSA are not stored twice.
            assertThat(streams(dssAfter.getCOSArray(COSName.getPDFName("Certs")))).hasSize(5);
        }
        assertDss(lt2, false, SignatureLevel.PAdES_BASELINE_LT, 2);
    }

    @Test
    void fourSignersInTurnThenLtaAreAllValidInDssAndPdfsig(@TempDir Path dir) throws Exception {
        byte[] pdf = transcript();
        List<Credential> plan = List.of(subjectTeacher, homeroom, principal, seal);
        List<String> fields = List.of("subject-TOAN", "homeroom", "principal", "school-seal");
        for (int i = 0; i < plan.size(); i++) {
            pdf = sign(pdf, plan.get(i), fields.get(i), PadesLevel.B_T, false);
        }
        byte[] lta = extender().extend(pdf, PadesLevel.B_LTA);
        assertThat(SignedPdfs.signatures(lta)).hasSize(4).allSatisfy(s -> assertThat(s.valid()).isTrue());
        assertDss(lta, false, SignatureLevel.PAdES_BASELINE_LTA, 4);

        Path pdfsig = ExternalTools.require("pdfsig", "SKIP_PDFSIG", "poppler-utils");
        Path file = dir.resolve("hoc-ba-lta.pdf");
        Files.write(file, lta);
        String out = ExternalTools.run(List.of(pdfsig.toString(), "-nocert", file.toString()), Map.of()).output();
        // Poppler lists the document timestamp as signature #5 and cannot verify it ("Unimplemented
        // Feature"); the four signatures before it must each be valid.
        assertThat(out).as(out).contains("Signature #5").contains("Test Timestamp Authority");
        assertThat(out.split("Signature Validation: Signature is Valid\\.", -1)).as(out).hasSize(5);
        assertThat(out).as(out).doesNotContain("Signature is Invalid");
    }

    @Test
    void aPdfA3bInputStaysPdfA3bAtLtAndLta() {
        byte[] pdfa = PdfA.minimalPdfA3b();
        assertThat(PdfA.pdfA3bFailures(pdfa)).as("the input").isEmpty();
        byte[] lt = sign(pdfa, homeroom, "homeroom", PadesLevel.B_LT, true);
        assertThat(PdfA.pdfA3bFailures(lt)).as("after B-LT").isEmpty();
        byte[] lta = extender().extend(sign(lt, principal, "principal", PadesLevel.B_T, true), PadesLevel.B_LTA);
        assertThat(PdfA.pdfA3bFailures(lta)).as("after a second signature and B-LTA").isEmpty();
        assertDss(lta, false, SignatureLevel.PAdES_BASELINE_LTA, 2);
    }

    @Test
    void crlsServeWhenNoOcspResponderAnswers() {
        HttpRevocationSource http = HttpRevocationSource.of();
        RevocationSource crlOnly = new RevocationSource() {
            @Override
            public Optional<byte[]> ocspResponse(X509Certificate certificate, X509Certificate issuer) {
                return Optional.empty();
            }

            @Override
            public List<byte[]> crls(X509Certificate certificate) {
                return http.crls(certificate);
            }
        };
        byte[] bt = sign(transcript(), homeroom, "homeroom", PadesLevel.B_T, false);
        byte[] lt = PadesExtender.builder(clock, crlOnly).build().extend(bt, PadesLevel.B_LT);
        try (PDDocument document = Loader.loadPDF(lt)) {
            COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
            assertThat(dss.getCOSArray(COSName.getPDFName("OCSPs"))).isNull();
            // the issuing CA's CRL, fetched once for the signer and the TSA, and the root's for the issuing CA
            assertThat(streams(dss.getCOSArray(COSName.getPDFName("CRLs")))).hasSize(2);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertDss(lt, false, SignatureLevel.PAdES_BASELINE_LT, 1);
    }

    @Test
    void aRevokedSignerIsRefusedForLtAndTheDocumentIsUntouched() {
        Credential leaving = pki.person("Lê Văn Nghỉ", KeyKind.RSA_2048);
        byte[] bt = sign(transcript(), leaving, "homeroom", PadesLevel.B_T, false);
        byte[] input = bt.clone();
        pki.revoke(leaving.certificate(), clock.instant());
        assertThatThrownBy(() -> extender().extend(input, PadesLevel.B_LT))
                .isInstanceOfSatisfying(PadesExtensionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_REVOKED);
                    assertThat(e.code()).isEqualTo("CERTIFICATE_REVOKED");
                    assertThat(e.subject()).contains("Lê Văn Nghỉ");
                });
        assertThat(input).isEqualTo(bt);
    }

    @Test
    void aRevocationSourceWithNothingIsATypedErrorAndTheDocumentIsUntouched() {
        RevocationSource emptyArchive = new RevocationSource() {
            @Override
            public Optional<byte[]> ocspResponse(X509Certificate certificate, X509Certificate issuer) {
                return Optional.empty();
            }

            @Override
            public List<byte[]> crls(X509Certificate certificate) {
                return List.of();
            }
        };
        byte[] bt = sign(transcript(), homeroom, "homeroom", PadesLevel.B_T, false);
        byte[] input = bt.clone();
        assertThatThrownBy(() -> PadesExtender.builder(clock, emptyArchive).build().extend(input, PadesLevel.B_LT))
                .isInstanceOfSatisfying(PadesExtensionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REVOCATION_DATA_MISSING));
        assertThat(input).isEqualTo(bt);
    }

    @Test
    void anOcspResponseAboutAnotherCertificateIsNotAccepted() {
        HttpRevocationSource http = HttpRevocationSource.of();
        RevocationSource wrong = new RevocationSource() {
            @Override
            public Optional<byte[]> ocspResponse(X509Certificate certificate, X509Certificate issuer) {
                return http.ocspResponse(seal.certificate(), pki.issuingCertificate());
            }

            @Override
            public List<byte[]> crls(X509Certificate certificate) {
                return List.of();
            }
        };
        byte[] bt = sign(transcript(), homeroom, "homeroom", PadesLevel.B_T, false);
        assertThatThrownBy(() -> PadesExtender.builder(clock, wrong).build().extend(bt, PadesLevel.B_LT))
                .isInstanceOfSatisfying(PadesExtensionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REVOCATION_DATA_MISSING));
    }

    @Test
    void anOcspResponseSignedByAnotherKeyIsNotAccepted() throws Exception {
        // A "good" answer about the right certificate, signed by a key that is not the issuer's.
        Credential impostor = pki.person("Kẻ mạo danh", KeyKind.RSA_2048);
        RevocationSource forged = new RevocationSource() {
            @Override
            public Optional<byte[]> ocspResponse(X509Certificate certificate, X509Certificate issuer) {
                try {
                    CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                            .get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
                    BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                            new RespID(new JcaX509CertificateHolder(issuer).getSubject()));
                    Instant now = clock.instant();
                    builder.addResponse(id, CertificateStatus.GOOD, Date.from(now), Date.from(now.plus(Duration.ofDays(1))));
                    return Optional.of(new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, builder.build(
                            new JcaContentSignerBuilder("SHA256withRSA").build(impostor.privateKey()), null,
                            Date.from(now))).getEncoded());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public List<byte[]> crls(X509Certificate certificate) {
                return List.of();
            }
        };
        byte[] bt = sign(transcript(), homeroom, "homeroom", PadesLevel.B_T, false);
        assertThatThrownBy(() -> PadesExtender.builder(clock, forged).build().extend(bt, PadesLevel.B_LT))
                .isInstanceOfSatisfying(PadesExtensionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REVOCATION_DATA_MISSING));
    }

    @Test
    void unsupportedExtensionsAreRefusedWithTypedErrors() {
        byte[] bb = sign(transcript(), homeroom, "homeroom", PadesLevel.B_B, false);
        assertThatThrownBy(() -> extender().extend(bb, PadesLevel.B_LT))
                .isInstanceOfSatisfying(PadesExtensionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_NOT_TIMESTAMPED));
        assertThatThrownBy(() -> extender().extend(bb, PadesLevel.B_T))
                .isInstanceOfSatisfying(PadesExtensionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TARGET_LEVEL_NOT_SUPPORTED));
        assertThatThrownBy(() -> extender().extend(transcript(), PadesLevel.B_LTA))
                .isInstanceOfSatisfying(PadesExtensionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_SIGNATURE));
        byte[] bt = sign(transcript(), homeroom, "homeroom", PadesLevel.B_T, false);
        assertThatThrownBy(() -> PadesExtender.builder(clock, HttpRevocationSource.of()).build()
                .extend(bt, PadesLevel.B_LTA))
                .isInstanceOfSatisfying(PadesExtensionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_CLIENT_MISSING));
        byte[] lta = extender().extend(bt, PadesLevel.B_LTA);
        assertThatThrownBy(() -> extender().extend(lta, PadesLevel.B_LT))
                .isInstanceOfSatisfying(PadesExtensionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_AT_HIGHER_LEVEL));
        assertThatThrownBy(() -> extender().extend(new byte[] {'%', 'P', 'D', 'F'}, PadesLevel.B_LT))
                .isInstanceOf(vn.schoolrecords.core.MalformedDocumentException.class);
    }

    @Test
    void aChainWithoutItsRootNeedsTheRootAsAnExtraCertificate() {
        Credential teacher = pki.person("Đỗ Minh Khoa", KeyKind.RSA_2048);
        SignatureRequest request = SignatureRequest.builder(teacher.chain().subList(0, 2), clock.instant())
                .field("homeroom").levelBaselineT(HttpTimestampClient.of(pki.tsaUri())).build();
        byte[] bt;
        try (Pkcs12KeySource key = Pkcs12KeySource.of(teacher.pkcs12(PASSWORD, "k"), PASSWORD, "k")) {
            bt = SignatureService.of(clock, CompletionLedger.inMemory()).sign(transcript(), request, key);
        }
        assertThatThrownBy(() -> extender().extend(bt, PadesLevel.B_LT))
                .isInstanceOfSatisfying(PadesExtensionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ISSUER_NOT_FOUND);
                    assertThat(e.subject()).contains("Test Issuing CA");
                });
        byte[] lt = PadesExtender.builder(clock, HttpRevocationSource.of())
                .extraCertificates(List.of(pki.rootCertificate())).build().extend(bt, PadesLevel.B_LT);
        assertDss(lt, false, SignatureLevel.PAdES_BASELINE_LT, 1);
    }

    @Test
    void aPreparedSignatureClaimingALongTermLevelIsMalformed() {
        PreparedSignature prepared = SignatureService.of(clock, CompletionLedger.inMemory()).prepare(transcript(),
                SignatureRequest.builder(homeroom.chain(), clock.instant()).field("homeroom").build());
        String json = prepared.toJson();
        assertThat(json).contains("\"B_B\"");
        for (String level : List.of("B_LT", "B_LTA")) {
            assertThatThrownBy(() -> PreparedSignature.fromJson(json.replace("\"B_B\"", "\"" + level + "\"")))
                    .isInstanceOfSatisfying(PreparedSignatureException.class, e -> assertThat(e.reason())
                            .isEqualTo(PreparedSignatureException.Reason.PREPARED_SIGNATURE_MALFORMED));
        }
        assertThat(PreparedSignature.fromJson(json)).isEqualTo(prepared);
    }

    static List<byte[]> streams(COSArray array) throws java.io.IOException {
        List<byte[]> list = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try (InputStream in = ((COSStream) array.getObject(i)).createInputStream()) {
                list.add(in.readAllBytes());
            }
        }
        return list;
    }
}
