package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.SignedPdfs;
import vn.schoolrecords.signing.testpki.SignedPdfs.Found;
import vn.schoolrecords.signing.testpki.TestPdfs;
import vn.schoolrecords.signing.testpki.TestPki;

class PadesSigningTest {

    static final Instant NOW = Instant.parse("2026-03-15T02:00:00Z");
    static final char[] PASSWORD = "mat-khau-123".toCharArray();

    static TestPki pki;
    static Credential teacherRsa;
    static Credential principalEc;
    static Credential seal;
    static byte[] transcript;

    final SignatureService service = SignatureService.of(Clock.fixed(NOW.plusSeconds(30), ZoneOffset.UTC),
            CompletionLedger.inMemory());

    @BeforeAll
    static void startPki() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        teacherRsa = pki.person("Nguyễn Thị Lan", KeyKind.RSA_2048);
        principalEc = pki.person("Trần Văn Minh", KeyKind.EC_P256);
        seal = pki.organisation("Trường THPT Thử nghiệm", KeyKind.RSA_2048);
        transcript = TestPdfs.withSignatureFields(4, "homeroom", "principal", "school-seal", "subject-TOAN");
    }

    @AfterAll
    static void stopPki() {
        pki.close();
    }

    static SignatureRequest.Builder request(Credential credential, String field) {
        return SignatureRequest.builder(credential.chain(), NOW).field(field).signerName("Người ký")
                .reason("Xác nhận học bạ").location("Hà Nội");
    }

    @Test
    void pkcs12RsaSignatureIsPadesBaselineBWithPssAndVerifiesOverTheWholeFile() {
        byte[] input = transcript.clone();
        byte[] signed;
        try (Pkcs12KeySource key = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan")) {
            signed = service.sign(input, request(teacherRsa, "homeroom").build(), key);
        }
        assertThat(input).isEqualTo(transcript);
        List<Found> signatures = SignedPdfs.signatures(signed);
        assertThat(signatures).singleElement().satisfies(s -> {
            assertThat(s.fieldName()).isEqualTo("homeroom");
            assertThat(s.subFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(s.valid()).isTrue();
            assertThat(s.rangeExcludesOnlyContents()).isTrue();
            assertThat(s.revisionLength()).isEqualTo(signed.length);
            assertThat(s.signer()).isEqualTo(teacherRsa.certificate());
            assertThat(s.timestamp()).isNull();
            SignerInformation info = s.cms().getSignerInfos().getSigners().iterator().next();
            assertThat(info.getEncryptionAlgOID()).isEqualTo(PKCSObjectIdentifiers.id_RSASSA_PSS.getId());
            org.bouncycastle.asn1.pkcs.RSASSAPSSparams pss = org.bouncycastle.asn1.pkcs.RSASSAPSSparams.getInstance(
                    org.bouncycastle.asn1.ASN1Primitive.fromByteArray(info.getEncryptionAlgParams()));
            assertThat(pss.getHashAlgorithm().getAlgorithm().getId()).isEqualTo("2.16.840.1.101.3.4.2.1");
            assertThat(pss.getSaltLength().intValueExact()).isEqualTo(32);
            assertThat(org.bouncycastle.asn1.x509.AlgorithmIdentifier.getInstance(
                    pss.getMaskGenAlgorithm().getParameters()).getAlgorithm().getId()).isEqualTo("2.16.840.1.101.3.4.2.1");
            AttributeTable attributes = info.getSignedAttributes();
            assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
            assertThat(attributes.get(CMSAttributes.signingTime)).as("PAdES forbids signing-time").isNull();
            assertThat(s.cms().getCertificates().getMatches(null)).hasSize(3);
        });
        // The incremental update appends: the original bytes are a prefix of the signed file.
        assertThat(java.util.Arrays.copyOf(signed, transcript.length)).isEqualTo(transcript);
    }

    @Test
    void pkcs12EcSignatureUsesEcdsaWithSha256() {
        byte[] signed;
        try (Pkcs12KeySource key = Pkcs12KeySource.of(principalEc.pkcs12(PASSWORD, "minh"), PASSWORD, "minh")) {
            signed = service.sign(transcript, request(principalEc, "principal").build(), key);
        }
        Found s = SignedPdfs.signatures(signed).get(0);
        assertThat(s.valid()).isTrue();
        assertThat(s.cms().getSignerInfos().getSigners().iterator().next().getEncryptionAlgOID())
                .isEqualTo("1.2.840.10045.4.3.2");
    }

    @Test
    void pkcs12FromAFileIsOpenedByAlias(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seal.p12");
        Files.write(file, seal.pkcs12(PASSWORD, "con-dau"));
        try (Pkcs12KeySource key = Pkcs12KeySource.open(file, PASSWORD, "con-dau")) {
            assertThat(key.alias()).isEqualTo("con-dau");
            assertThat(key.certificateChain()).isEqualTo(seal.chain());
        }
        assertThatThrownBy(() -> Pkcs12KeySource.open(file, PASSWORD, "khac"))
                .isInstanceOfSatisfying(KeySourceException.class,
                        e -> assertThat(e.code()).isEqualTo("KEY_ALIAS_NOT_FOUND"));
        assertThatThrownBy(() -> Pkcs12KeySource.open(file, "sai".toCharArray(), "con-dau"))
                .isInstanceOfSatisfying(KeySourceException.class,
                        e -> assertThat(e.code()).isEqualTo("KEY_SOURCE_UNAVAILABLE"));
    }

    @Test
    void aClosedKeySourceRefusesToSign() {
        Pkcs12KeySource key = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan");
        key.close();
        key.close();
        assertThatThrownBy(() -> service.sign(transcript, request(teacherRsa, "homeroom").build(), key))
                .isInstanceOfSatisfying(KeySourceException.class, e -> assertThat(e.code()).isEqualTo("KEY_SOURCE_CLOSED"));
    }

    @Test
    void twoSignersInTurnLeaveTheFirstSignatureValidAndLockTheirFields() {
        byte[] once;
        byte[] twice;
        try (Pkcs12KeySource lan = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan");
                Pkcs12KeySource minh = Pkcs12KeySource.of(principalEc.pkcs12(PASSWORD, "minh"), PASSWORD, "minh")) {
            once = service.sign(transcript, request(teacherRsa, "homeroom").build(), lan);
            twice = service.sign(once, request(principalEc, "principal").build(), minh);
        }
        List<Found> signatures = SignedPdfs.signatures(twice);
        assertThat(signatures).extracting(Found::fieldName).containsExactly("homeroom", "principal");
        assertThat(signatures).allSatisfy(s -> {
            assertThat(s.valid()).isTrue();
            assertThat(s.rangeExcludesOnlyContents()).isTrue();
            COSDictionary lock = s.lock();
            assertThat(lock.getNameAsString(COSName.TYPE)).isEqualTo("SigFieldLock");
            assertThat(lock.getNameAsString(COSName.getPDFName("Action"))).isEqualTo("Include");
            assertThat(((COSArray) lock.getDictionaryObject(COSName.FIELDS)).toCOSStringStringList())
                    .containsExactly(s.fieldName());
            assertThat(s.referenceTransformMethod()).isEqualTo("FieldMDP");
        });
        assertThat(signatures.get(0).revisionLength()).isEqualTo(once.length);
        assertThat(signatures.get(1).revisionLength()).isEqualTo(twice.length);
        assertThat(java.util.Arrays.copyOf(twice, once.length)).isEqualTo(once);
    }

    @Test
    void aSignedFieldIsNotSignedAgain() {
        byte[] once;
        try (Pkcs12KeySource lan = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan")) {
            once = service.sign(transcript, request(teacherRsa, "homeroom").build(), lan);
        }
        byte[] copy = once.clone();
        assertThatThrownBy(() -> service.prepare(copy, request(principalEc, "homeroom").build()))
                .isInstanceOfSatisfying(SignatureFieldException.class, e -> {
                    assertThat(e.code()).isEqualTo("FIELD_ALREADY_SIGNED");
                    assertThat(e.fieldName()).isEqualTo("homeroom");
                    assertThat(e.text().vi()).contains("đã được ký");
                });
        assertThat(copy).isEqualTo(once);
    }

    @Test
    void aFieldLockedByAnEarlierSignatureIsRefusedAndAnAuthorsLockIsKept() throws Exception {
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(transcript);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            COSDictionary lock = new COSDictionary();
            lock.setName(COSName.TYPE, "SigFieldLock");
            lock.setName(COSName.getPDFName("Action"), "All");
            document.getDocumentCatalog().getAcroForm().getField("principal").getCOSObject()
                    .setItem(COSName.getPDFName("Lock"), lock);
            document.save(out);
            pdf = out.toByteArray();
        }
        byte[] signed;
        try (Pkcs12KeySource minh = Pkcs12KeySource.of(principalEc.pkcs12(PASSWORD, "minh"), PASSWORD, "minh")) {
            signed = service.sign(pdf, request(principalEc, "principal").build(), minh);
        }
        assertThat(SignedPdfs.signatures(signed)).singleElement().satisfies(s ->
                assertThat(s.lock().getNameAsString(COSName.getPDFName("Action"))).isEqualTo("All"));
        byte[] copy = signed.clone();
        assertThatThrownBy(() -> service.prepare(copy, request(teacherRsa, "homeroom").build()))
                .isInstanceOfSatisfying(SignatureFieldException.class, e -> assertThat(e.code()).isEqualTo("FIELD_LOCKED"));
        assertThat(copy).isEqualTo(signed);
    }

    @Test
    void aMissingFieldIsATypedErrorAndAnInvisibleFieldCanBeCreated() {
        assertThatThrownBy(() -> service.prepare(transcript, request(teacherRsa, "vice-principal").build()))
                .isInstanceOfSatisfying(SignatureFieldException.class,
                        e -> assertThat(e.code()).isEqualTo("FIELD_NOT_FOUND"));
        assertThatThrownBy(() -> service.prepare(transcript, SignatureRequest.builder(teacherRsa.chain(), NOW)
                .newInvisibleField("homeroom").build()))
                .isInstanceOfSatisfying(SignatureFieldException.class,
                        e -> assertThat(e.code()).isEqualTo("FIELD_ALREADY_EXISTS"));
        byte[] signed;
        try (Pkcs12KeySource lan = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan")) {
            signed = service.sign(transcript, SignatureRequest.builder(teacherRsa.chain(), NOW)
                    .newInvisibleField("ban-sao").build(), lan);
        }
        assertThat(SignedPdfs.signatures(signed)).singleElement().satisfies(s -> {
            assertThat(s.fieldName()).isEqualTo("ban-sao");
            assertThat(s.valid()).isTrue();
        });
    }

    @Test
    void baselineTAddsAVerifiedSignatureTimestampFromTheTsa() {
        SignatureRequest request = request(teacherRsa, "subject-TOAN")
                .levelBaselineT(HttpTimestampClient.of(pki.tsaUri())).build();
        byte[] signed;
        try (Pkcs12KeySource lan = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan")) {
            signed = service.sign(transcript, request, lan);
        }
        Found s = SignedPdfs.signatures(signed).get(0);
        assertThat(s.valid()).isTrue();
        assertThat(s.timestamp()).isNotNull();
        assertThat(s.timestamp().getTimeStampInfo().getGenTime().toInstant()).isEqualTo(NOW);
        byte[] value = s.cms().getSignerInfos().getSigners().iterator().next().getSignature();
        assertThat(s.timestamp().getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(vn.schoolrecords.signing.internal.Cms.digest("SHA-256", value));
    }

    @Test
    void aTimestampOverAnotherImprintIsRefusedAndNothingIsWritten() {
        TimestampClient liar = new TimestampClient() {
            @Override
            public byte[] timestamp(byte[] digest, String digestAlgorithm) {
                return pki.timestampToken(new byte[32]);
            }

            @Override
            public String description() {
                return "liar";
            }
        };
        try (Pkcs12KeySource lan = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan")) {
            assertThatThrownBy(() -> service.sign(transcript, request(teacherRsa, "homeroom").levelBaselineT(liar)
                    .build(), lan))
                    .isInstanceOfSatisfying(TimestampException.class, e -> {
                        assertThat(e.code()).isEqualTo("TIMESTAMP_FAILED");
                        assertThat(e.reason()).isEqualTo(TimestampException.Reason.MISMATCH);
                    });
        }
    }

    @Test
    void anUnreachableTsaIsATypedError() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        TimestampClient closed = HttpTimestampClient.of(java.net.URI.create("http://127.0.0.1:" + port + "/tsa"),
                java.net.http.HttpClient.newHttpClient(), Duration.ofSeconds(2));
        try (Pkcs12KeySource lan = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan")) {
            assertThatThrownBy(() -> service.sign(transcript, request(teacherRsa, "homeroom").levelBaselineT(closed)
                    .build(), lan))
                    .isInstanceOfSatisfying(TimestampException.class,
                            e -> assertThat(e.reason()).isEqualTo(TimestampException.Reason.UNREACHABLE));
        }
    }

    @Test
    void preparedSignatureSurvivesARestartAsJsonAndIsCompletedOnceOnly() {
        SignatureRequest request = request(teacherRsa, "homeroom")
                .levelBaselineT(HttpTimestampClient.of(pki.tsaUri())).expiresAt(NOW.plus(Duration.ofMinutes(5))).build();
        PreparedSignature prepared = service.prepare(transcript, request);
        String json = prepared.toJson();

        // ... the user approves on a phone; the server restarts ...
        PreparedSignature restored = PreparedSignature.fromJson(json).withTimestampClient(HttpTimestampClient.of(pki.tsaUri()));
        assertThat(restored).isEqualTo(prepared);
        assertThat(restored.dataToBeSigned()).isEqualTo(prepared.dataToBeSigned());
        assertThat(restored.signingTime()).isEqualTo(NOW);
        assertThat(PreparedSignature.fromBytes(prepared.toBytes())).isEqualTo(prepared);
        byte[] value;
        try (Pkcs12KeySource lan = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan")) {
            value = lan.sign(restored.dataToBeSigned(), restored.algorithm());
        }
        byte[] signed = service.complete(restored, value);
        assertThat(SignedPdfs.signatures(signed)).singleElement().satisfies(s -> assertThat(s.valid()).isTrue());

        assertThatThrownBy(() -> service.complete(prepared, value))
                .isInstanceOfSatisfying(PreparedSignatureException.class, e -> {
                    assertThat(e.code()).isEqualTo("PREPARED_SIGNATURE_ALREADY_COMPLETED");
                    assertThat(e.preparedId()).isEqualTo(prepared.id());
                });
    }

    @Test
    void aRestoredBtSignatureWithoutATimestampClientIsATypedError() {
        PreparedSignature prepared = service.prepare(transcript, request(teacherRsa, "homeroom")
                .levelBaselineT(HttpTimestampClient.of(pki.tsaUri())).build());
        PreparedSignature restored = PreparedSignature.fromJson(prepared.toJson());
        byte[] value;
        try (Pkcs12KeySource lan = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan")) {
            value = lan.sign(restored.dataToBeSigned(), restored.algorithm());
        }
        assertThatThrownBy(() -> service.complete(restored, value))
                .isInstanceOfSatisfying(PreparedSignatureException.class,
                        e -> assertThat(e.code()).isEqualTo("TIMESTAMP_CLIENT_MISSING"));
    }

    @Test
    void tamperedOrForeignJsonIsMalformed() {
        PreparedSignature prepared = service.prepare(transcript, request(teacherRsa, "homeroom").build());
        String json = prepared.toJson();
        String otherId = json.replace(prepared.id(), "00" + prepared.id().substring(2));
        for (String bad : List.of("{}", "not json", otherId, json.replace(PreparedSignature.FORMAT, "other/1"))) {
            assertThatThrownBy(() -> PreparedSignature.fromJson(bad))
                    .isInstanceOfSatisfying(PreparedSignatureException.class,
                            e -> assertThat(e.code()).isEqualTo("PREPARED_SIGNATURE_MALFORMED"));
        }
    }

    @Test
    void aRestoredDocumentChangedOutsideTheSignatureIsRefusedOnCompletion() throws Exception {
        PreparedSignature prepared = service.prepare(transcript, request(teacherRsa, "homeroom").build());
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(prepared.toJson());
        byte[] document = java.util.Base64.getDecoder().decode(json.get("document").asText());
        // One byte of the first range changed: same length, /Contents still empty, so it reads back.
        document[20] ^= 1;
        json.put("document", java.util.Base64.getEncoder().encodeToString(document));
        PreparedSignature restored = PreparedSignature.fromJson(json.toString());
        byte[] value;
        try (Pkcs12KeySource lan = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan")) {
            value = lan.sign(restored.dataToBeSigned(), restored.algorithm());
        }
        assertThatThrownBy(() -> service.complete(restored, value)).isInstanceOf(SignatureValueMismatchException.class);
    }

    @Test
    void anExpiredPreparedSignatureIsRefused() {
        PreparedSignature prepared = service.prepare(transcript, request(teacherRsa, "homeroom")
                .expiresAt(NOW.plus(Duration.ofMinutes(2))).build());
        SignatureService later = SignatureService.of(Clock.fixed(NOW.plus(Duration.ofMinutes(2)), ZoneOffset.UTC),
                CompletionLedger.inMemory());
        byte[] value;
        try (Pkcs12KeySource lan = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan")) {
            value = lan.sign(prepared.dataToBeSigned(), prepared.algorithm());
        }
        assertThatThrownBy(() -> later.complete(prepared, value))
                .isInstanceOfSatisfying(PreparedSignatureException.class,
                        e -> assertThat(e.code()).isEqualTo("PREPARED_SIGNATURE_EXPIRED"));
    }

    @Test
    void aSignatureValueFromAnotherKeyIsRefusedAndThePreparedSignatureStaysUsable() {
        PreparedSignature prepared = service.prepare(transcript, request(teacherRsa, "homeroom").build());
        byte[] wrong;
        byte[] right;
        try (Pkcs12KeySource other = Pkcs12KeySource.of(seal.pkcs12(PASSWORD, "x"), PASSWORD, "x");
                Pkcs12KeySource lan = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan")) {
            wrong = other.sign(prepared.dataToBeSigned(), prepared.algorithm());
            right = lan.sign(prepared.dataToBeSigned(), prepared.algorithm());
        }
        byte[] wrongCopy = wrong.clone();
        assertThatThrownBy(() -> service.complete(prepared, wrong))
                .isInstanceOfSatisfying(SignatureValueMismatchException.class, e -> {
                    assertThat(e.code()).isEqualTo("SIGNATURE_VALUE_MISMATCH");
                    assertThat(e.preparedId()).isEqualTo(prepared.id());
                });
        assertThat(wrong).isEqualTo(wrongCopy);
        assertThat(SignedPdfs.signatures(service.complete(prepared, right))).singleElement()
                .satisfies(s -> assertThat(s.valid()).isTrue());
    }

    @Test
    void anExpiredCertificateIsRefusedBeforeSigning() {
        Credential expired = pki.person("Lê Văn Cũ", KeyKind.RSA_2048, NOW.minus(Duration.ofDays(400)),
                NOW.minus(Duration.ofDays(35)));
        byte[] input = transcript.clone();
        assertThatThrownBy(() -> service.prepare(input, request(expired, "homeroom").build()))
                .isInstanceOfSatisfying(CertificateNotUsableException.class, e -> {
                    assertThat(e.code()).isEqualTo("CERTIFICATE_EXPIRED");
                    assertThat(e.signingTime()).isEqualTo(NOW);
                    assertThat(e.text().vi()).contains("hết hạn");
                });
        assertThat(input).isEqualTo(transcript);
    }

    @Test
    void aNotYetValidCertificateIsRefusedBeforeSigning() {
        Credential future = pki.person("Phạm Thị Mới", KeyKind.EC_P256, NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(400)));
        assertThatThrownBy(() -> service.prepare(transcript, request(future, "homeroom").build()))
                .isInstanceOfSatisfying(CertificateNotUsableException.class,
                        e -> assertThat(e.code()).isEqualTo("CERTIFICATE_NOT_YET_VALID"));
    }

    @Test
    void aCertificateWithoutSigningKeyUsageIsRefused() {
        Credential encryption = pki.encryptionOnly("Máy chủ mã hóa");
        assertThatThrownBy(() -> service.prepare(transcript, request(encryption, "homeroom").build()))
                .isInstanceOfSatisfying(CertificateNotUsableException.class,
                        e -> assertThat(e.code()).isEqualTo("KEY_USAGE_NOT_ALLOWED"));
    }

    @Test
    void a1024BitKeyIsRefusedBeforeAnythingIsSigned() {
        Credential weak = pki.person("Khóa Yếu", KeyKind.RSA_1024);
        byte[] input = transcript.clone();
        assertThatThrownBy(() -> service.prepare(input, request(weak, "homeroom").build()))
                .isInstanceOfSatisfying(WeakAlgorithmException.class, e -> {
                    assertThat(e.code()).isEqualTo("WEAK_ALGORITHM");
                    assertThat(e.keyBits()).isEqualTo(1024);
                });
        assertThat(input).isEqualTo(transcript);
    }

    @Test
    void sha1IsRefusedBeforeAnythingIsSigned() {
        assertThatThrownBy(() -> service.prepare(transcript, request(teacherRsa, "homeroom").digest("SHA-1").build()))
                .isInstanceOfSatisfying(WeakAlgorithmException.class,
                        e -> assertThat(e.reason()).isEqualTo(WeakAlgorithmException.Reason.DIGEST_NOT_ALLOWED));
    }

    @Test
    void pkcs1v15IsUsedOnlyWhenThePolicyAllowsIt() {
        assertThatThrownBy(() -> service.prepare(transcript, request(teacherRsa, "homeroom")
                .scheme(SignatureScheme.RSASSA_PKCS1_V1_5).build()))
                .isInstanceOfSatisfying(WeakAlgorithmException.class,
                        e -> assertThat(e.reason()).isEqualTo(WeakAlgorithmException.Reason.SCHEME_NOT_ALLOWED));
        byte[] signed;
        try (Pkcs12KeySource lan = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan")) {
            signed = service.sign(transcript, request(teacherRsa, "homeroom").scheme(SignatureScheme.RSASSA_PKCS1_V1_5)
                    .policy(AlgorithmPolicy.TT15_2025.withPkcs1v15Allowed(true)).build(), lan);
        }
        Found s = SignedPdfs.signatures(signed).get(0);
        assertThat(s.valid()).isTrue();
        assertThat(s.cms().getSignerInfos().getSigners().iterator().next().getEncryptionAlgOID())
                .isEqualTo(PKCSObjectIdentifiers.sha256WithRSAEncryption.getId());
    }

    @Test
    void sha384IsAcceptedWithPss() {
        byte[] signed;
        try (Pkcs12KeySource lan = Pkcs12KeySource.of(teacherRsa.pkcs12(PASSWORD, "lan"), PASSWORD, "lan")) {
            signed = service.sign(transcript, request(teacherRsa, "homeroom").digest("SHA-384").build(), lan);
        }
        assertThat(SignedPdfs.signatures(signed).get(0).valid()).isTrue();
    }

    @Test
    void theRequestNeedsAFieldAndAnExpiryAfterTheSigningTime() {
        assertThatThrownBy(() -> SignatureRequest.builder(teacherRsa.chain(), NOW).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignatureRequest.builder(teacherRsa.chain(), NOW).field("homeroom").expiresAt(NOW).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SignatureRequest.builder(teacherRsa.chain(), NOW).field("homeroom").build().expiresAt())
                .isEqualTo(NOW.plus(SignatureRequest.DEFAULT_VALIDITY));
    }

    @Test
    void notAPdfIsMalformed() {
        assertThatThrownBy(() -> service.prepare("hello".getBytes(), request(teacherRsa, "homeroom").build()))
                .isInstanceOfSatisfying(vn.schoolrecords.core.RecordsException.class,
                        e -> assertThat(e.code()).isEqualTo("MALFORMED_DOCUMENT"));
    }
}
