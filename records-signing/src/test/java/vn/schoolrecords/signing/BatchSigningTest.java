package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.RemoteSigningServer;
import vn.schoolrecords.signing.testpki.SignedPdfs;
import vn.schoolrecords.signing.testpki.TestPdfs;
import vn.schoolrecords.signing.testpki.TestPki;

/** The principal signs many transcripts with one approval; each document has its own result. */
class BatchSigningTest {

    static final Instant NOW = Instant.parse("2026-05-25T03:00:00Z");
    static final char[] PASSWORD = "mat-khau-123".toCharArray();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static TestPki pki;
    static Credential principal;

    final BatchSigning batch = BatchSigning.of(
            SignatureService.of(Clock.fixed(NOW.plusSeconds(20), ZoneOffset.UTC), CompletionLedger.inMemory()));

    @BeforeAll
    static void startPki() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        principal = pki.person("Trần Văn Minh", KeyKind.RSA_2048);
    }

    @AfterAll
    static void stopPki() {
        pki.close();
    }

    static List<BatchDocument> transcripts(int count, List<X509Certificate> chain) {
        List<BatchDocument> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] pdf = TestPdfs.withSignatureFields(1 + i % 3, "homeroom", "principal");
            documents.add(BatchDocument.of("hs-" + i, pdf, SignatureRequest.builder(chain, NOW).field("principal")
                    .signerName("Trần Văn Minh").reason("Duyệt học bạ").build()));
        }
        return documents;
    }

    @Test
    void twentyTranscriptsTakeOneRemoteApprovalAndOneBadDocumentFailsAlone() {
        try (RemoteSigningServer remote = new RemoteSigningServer().with("principal-1", principal);
                RemoteSigner signer = new ExampleRemoteSigner(remote.baseUri(), "principal-1", HTTP)) {
            List<BatchDocument> documents = transcripts(20, signer.certificateChain());
            BatchDocument good = documents.get(7);
            documents.set(7, BatchDocument.of(good.id(), "not a PDF at all".getBytes(StandardCharsets.US_ASCII),
                    good.request()));

            List<BatchResult> results = batch.sign(documents, signer);

            assertThat(results).extracting(BatchResult::id)
                    .containsExactlyElementsOf(documents.stream().map(BatchDocument::id).toList());
            assertThat(results.get(7)).isInstanceOfSatisfying(BatchResult.Failed.class,
                    f -> assertThat(f.error()).isInstanceOf(MalformedDocumentException.class));
            for (int i = 0; i < results.size(); i++) {
                if (i == 7) {
                    continue;
                }
                BatchResult r = results.get(i);
                assertThat(r).as(r.toString()).isInstanceOf(BatchResult.Signed.class);
                byte[] signed = ((BatchResult.Signed) r).pdf();
                assertThat(SignedPdfs.signatures(signed)).singleElement().satisfies(s -> {
                    assertThat(s.valid()).isTrue();
                    assertThat(s.fieldName()).isEqualTo("principal");
                    assertThat(s.revisionLength()).isEqualTo(signed.length);
                });
                // Each signed document is its own input plus an incremental update.
                byte[] input = documents.get(i).pdf();
                assertThat(java.util.Arrays.copyOf(signed, input.length)).isEqualTo(input);
            }
            assertThat(remote.signRequestCount()).as("one approval for the batch").isEqualTo(1);
            assertThat(remote.signatureCount()).isEqualTo(19);
        }
    }

    @Test
    void aRemoteSignerWithoutBatchSupportIsAskedOncePerDocument() {
        try (RemoteSigningServer remote = new RemoteSigningServer().with("principal-1", principal);
                ExampleRemoteSigner example = new ExampleRemoteSigner(remote.baseUri(), "principal-1", HTTP)) {
            // Only signDigest: RemoteSigner's default signDigests asks for each hash in turn.
            RemoteSigner oneAtATime = new RemoteSigner() {
                @Override
                public String alias() {
                    return example.alias();
                }

                @Override
                public List<X509Certificate> certificateChain() {
                    return example.certificateChain();
                }

                @Override
                public byte[] signDigest(byte[] digest, AlgorithmChoice algorithm) {
                    return example.signDigest(digest, algorithm);
                }
            };
            List<BatchResult> results = batch.sign(transcripts(4, oneAtATime.certificateChain()), oneAtATime);
            assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r).isInstanceOf(BatchResult.Signed.class));
            assertThat(remote.signRequestCount()).isEqualTo(4);
        }
    }

    @Test
    void aDocumentWhoseFieldIsAlreadySignedFailsAloneWithAFileKey() {
        try (Pkcs12KeySource key = Pkcs12KeySource.of(principal.pkcs12(PASSWORD, "minh"), PASSWORD, "minh")) {
            List<BatchDocument> documents = transcripts(5, key.certificateChain());
            SignatureService single = SignatureService.of(Clock.fixed(NOW, ZoneOffset.UTC), CompletionLedger.inMemory());
            BatchDocument second = documents.get(2);
            byte[] alreadySigned = single.sign(second.pdf(), second.request(), key);
            documents.set(2, BatchDocument.of(second.id(), alreadySigned, second.request()));

            List<BatchResult> results = batch.sign(documents, key);

            assertThat(results.get(2)).isInstanceOfSatisfying(BatchResult.Failed.class, f -> {
                assertThat(f.error()).isInstanceOf(SignatureFieldException.class);
                assertThat(f.error().code()).isEqualTo("FIELD_ALREADY_SIGNED");
            });
            assertThat(results).filteredOn(r -> r instanceof BatchResult.Signed).hasSize(4);
        }
    }

    @Test
    void aKeySourceThatCannotSignFailsEveryDocumentWithItsTypedError() {
        Pkcs12KeySource key = Pkcs12KeySource.of(principal.pkcs12(PASSWORD, "minh"), PASSWORD, "minh");
        key.close();
        List<BatchResult> results = batch.sign(transcripts(3, principal.chain()), key);
        assertThat(results).hasSize(3).allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(BatchResult.Failed.class,
                f -> assertThat(f.error().code()).isEqualTo("KEY_SOURCE_CLOSED")));
    }

    @Test
    void aKeySourceThatReturnsTooFewValuesFailsTheBatchTyped() {
        try (Pkcs12KeySource key = Pkcs12KeySource.of(principal.pkcs12(PASSWORD, "minh"), PASSWORD, "minh")) {
            KeySource shortChanging = new KeySource() {
                @Override
                public String alias() {
                    return key.alias();
                }

                @Override
                public List<X509Certificate> certificateChain() {
                    return key.certificateChain();
                }

                @Override
                public byte[] sign(byte[] dataToBeSigned, AlgorithmChoice algorithm) {
                    return key.sign(dataToBeSigned, algorithm);
                }

                @Override
                public List<byte[]> signAll(List<byte[]> dataToBeSigned, AlgorithmChoice algorithm) {
                    return KeySource.super.signAll(dataToBeSigned.subList(1, dataToBeSigned.size()), algorithm);
                }

                @Override
                public void close() {
                }
            };
            List<BatchResult> results = batch.sign(transcripts(3, key.certificateChain()), shortChanging);
            assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(BatchResult.Failed.class,
                    f -> assertThat(f.error().code()).isEqualTo("KEY_SIGNING_FAILED")));
        }
    }

    @Test
    void twoDocumentsWithOneIdAreRefused() {
        List<BatchDocument> documents = transcripts(2, principal.chain());
        documents.set(1, BatchDocument.of(documents.get(0).id(), documents.get(1).pdf(), documents.get(1).request()));
        try (Pkcs12KeySource key = Pkcs12KeySource.of(principal.pkcs12(PASSWORD, "minh"), PASSWORD, "minh")) {
            assertThatThrownBy(() -> batch.sign(documents, key)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
