package vn.schoolrecords.core.transcript.digital.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.transcript.digital.DigitalTranscript;
import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;

/** The whole exchange over HTTP with a loopback portal: submit, query, recall, certificate registration. */
class LoopbackPortalTest {

    @Test
    void submitThenQueryGivesEachRecordsStatus() throws Exception {
        JdkTestSigner signer = new JdkTestSigner();
        List<DigitalTranscript> records = SubmissionFixtures.records(3);
        List<byte[]> xml = List.of(SubmissionFixtures.signedLooking(records.get(0)),
                DigitalTranscriptXml.write(records.get(1)), SubmissionFixtures.signedLooking(records.get(2)));
        try (LoopbackPortal portal = new LoopbackPortal(signer.publicKey(), SubmissionFixtures.HEADER.userName(),
                SubmissionFixtures.HEADER.passwordHash())) {
            SubmissionTransport transport = LoopbackPortal.transport(portal.uri());

            List<TransactionResponse> sent = SubmissionPackager.sendAll(
                    SubmissionPackager.submit(xml, SubmissionFixtures.HEADER, "NOP-1"), signer, transport);
            assertThat(sent).hasSize(1);
            assertThat(sent.get(0).error()).isEqualTo("0");
            assertThat(sent.get(0).messageId()).isEqualTo("NOP-1-1");

            TransactionResponse result = SubmissionPackager.sendAll(List.of(SubmissionPackager.query(
                    TransactionKind.QUERY_SUBMIT_RESULT, SubmissionFixtures.HEADER, "NOP-1-1")), signer, transport).get(0);

            assertThat(result.records()).extracting(TransactionResponse.RecordResult::lookupCode)
                    .containsExactly(records.stream().map(r -> r.lookupCode().toString()).toArray(String[]::new));
            assertThat(result.records()).extracting(TransactionResponse.RecordResult::approval)
                    .containsExactly(ApprovalStatus.APPROVED, ApprovalStatus.REJECTED, ApprovalStatus.APPROVED);
            assertThat(result.records().get(1).error()).isEqualTo("CHUA_KY_PHAT_HANH");
            assertThat(result.records().get(0).personalId())
                    .isEqualTo(records.get(0).transcript().student().personalId().value());

            // recall: a known lookup code is agreed, an unknown one refused
            List<DigitalTranscript> toRecall = List.of(records.get(0), records.get(1));
            SubmissionPackager.sendAll(SubmissionPackager.recall(toRecall, SubmissionFixtures.HEADER, "THU-1"), signer,
                    transport);
            TransactionResponse recall = SubmissionPackager.sendAll(List.of(SubmissionPackager.query(
                    TransactionKind.QUERY_RECALL, SubmissionFixtures.HEADER, "THU-1-1")), signer, transport).get(0);
            assertThat(recall.records()).extracting(TransactionResponse.RecordResult::recall)
                    .containsExactly(RecallStatus.ACCEPTED, RecallStatus.REFUSED);

            // certificate registration and its query
            SubmissionPackager.sendAll(List.of(SubmissionPackager.registerCertificate(SubmissionFixtures.HEADER, "CTS-1",
                    TransactionEnvelopeXmlTest.CERT, "<CHUNG_THU/>".getBytes(StandardCharsets.UTF_8))), signer, transport);
            TransactionResponse registration = SubmissionPackager.sendAll(List.of(SubmissionPackager.query(
                    TransactionKind.QUERY_REGISTRATION, SubmissionFixtures.HEADER, "CTS-1")), signer, transport).get(0);
            assertThat(registration.certificateStatus()).contains(ApprovalStatus.APPROVED);
            assertThat(portal.received).extracting(TransactionEnvelope::kind).containsExactly(TransactionKind.SUBMIT,
                    TransactionKind.QUERY_SUBMIT_RESULT, TransactionKind.RECALL, TransactionKind.QUERY_RECALL,
                    TransactionKind.REGISTER_CERTIFICATE, TransactionKind.QUERY_REGISTRATION);
        }
    }

    @Test
    void unsignedOrForeignSignedTransactionsAreRejected() throws Exception {
        JdkTestSigner school = new JdkTestSigner();
        JdkTestSigner stranger = new JdkTestSigner();
        try (LoopbackPortal portal = new LoopbackPortal(school.publicKey(), SubmissionFixtures.HEADER.userName(),
                SubmissionFixtures.HEADER.passwordHash())) {
            SubmissionTransport transport = LoopbackPortal.transport(portal.uri());
            TransactionEnvelope query = SubmissionPackager.query(TransactionKind.QUERY_SUBMIT_RESULT,
                    SubmissionFixtures.HEADER, "NOP-9");

            assertThat(SubmissionPackager.sendAll(List.of(query), (xml, id) -> xml, transport).get(0).error())
                    .isEqualTo("SIGNATURE");
            assertThat(SubmissionPackager.sendAll(List.of(query), stranger, transport).get(0).error())
                    .isEqualTo("SIGNATURE");
            // a signed envelope whose data is changed afterwards
            byte[] signed = school.sign(TransactionEnvelopeXml.write(query), query.dataId());
            byte[] changed = new String(signed, StandardCharsets.UTF_8).replace("token-123", "token-999")
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(transport.send(TransactionKind.QUERY_SUBMIT_RESULT, changed).error()).isEqualTo("SIGNATURE");
            // a wrong password hash with a valid signature
            TransactionHeader wrong = TransactionHeader.of("token-123", SubmissionFixtures.HEADER.userName(),
                    "sai".toCharArray(), "79000701", SubmissionFixtures.HEADER.schoolYear());
            assertThat(SubmissionPackager.sendAll(List.of(SubmissionPackager.query(TransactionKind.QUERY_SUBMIT_RESULT,
                    wrong, "NOP-9")), school, transport).get(0).error()).isEqualTo("AUTH");
            // not XML of the model at all
            assertThat(transport.send(TransactionKind.SUBMIT, "<GIAO_DICH/>".getBytes(StandardCharsets.UTF_8)).error())
                    .isEqualTo("MALFORMED_DOCUMENT");
        }
    }
}
