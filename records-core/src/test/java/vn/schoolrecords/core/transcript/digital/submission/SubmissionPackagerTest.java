package vn.schoolrecords.core.transcript.digital.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.transcript.digital.DigitalTranscript;
import vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml;

/** Batches: every record once, in order, no transaction over the limit, the same split every time. */
class SubmissionPackagerTest {

    @Test
    void smallLimitSplitsInOrderAndEveryTransactionFits() {
        List<DigitalTranscript> records = SubmissionFixtures.records(12);
        List<byte[]> xml = records.stream().map(DigitalTranscriptXml::write).toList();
        int limit = SubmissionPackager.SIGNATURE_ALLOWANCE + 25_000;

        List<TransactionEnvelope> envelopes = SubmissionPackager.submit(xml, SubmissionFixtures.HEADER, "NOP-2025", limit);

        assertThat(envelopes).hasSizeGreaterThan(1);
        List<UUID> codes = new ArrayList<>();
        for (int i = 0; i < envelopes.size(); i++) {
            TransactionEnvelope e = envelopes.get(i);
            assertThat(e.messageId()).isEqualTo("NOP-2025-" + (i + 1));
            assertThat(e.kind()).isEqualTo(TransactionKind.SUBMIT);
            assertThat(TransactionEnvelopeXml.write(e).length + SubmissionPackager.SIGNATURE_ALLOWANCE)
                    .isLessThanOrEqualTo(limit);
            for (Document d : SubmissionPackager.readBatch(SubmissionContent.decode(e.content().orElseThrow(), 10_000_000))) {
                codes.add(DigitalTranscriptXml.fromDocument(d).lookupCode());
            }
        }
        assertThat(codes).containsExactlyElementsOf(records.stream().map(DigitalTranscript::lookupCode).toList());
        assertThat(SubmissionPackager.submit(xml, SubmissionFixtures.HEADER, "NOP-2025", limit)).isEqualTo(envelopes);
    }

    @Test
    void batchesSplitAtTenMegabytes() {
        List<byte[]> xml = new ArrayList<>();
        long total = 0;
        for (int i = 0; total < 11_000_000; i++) {
            byte[] r = DigitalTranscriptXml.write(SubmissionFixtures.bulky(i, 400));
            xml.add(r);
            total += SubmissionContent.encode(r).length();
        }

        List<TransactionEnvelope> envelopes = SubmissionPackager.submit(xml, SubmissionFixtures.HEADER, "NOP-LON");

        assertThat(envelopes).hasSize(2);
        int first = TransactionEnvelopeXml.write(envelopes.get(0)).length;
        assertThat(first + SubmissionPackager.SIGNATURE_ALLOWANCE).isLessThanOrEqualTo(SubmissionPackager.MAX_TRANSACTION_BYTES);
        assertThat(first).as("the first batch is filled, not cut early").isGreaterThan(9_000_000);
        int records = 0;
        for (TransactionEnvelope e : envelopes) {
            records += SubmissionPackager.readBatch(SubmissionContent.decode(e.content().orElseThrow(), 100_000_000)).size();
        }
        assertThat(records).isEqualTo(xml.size());
    }

    @Test
    void aRecordLargerThanATransactionIsRefused() {
        byte[] big = DigitalTranscriptXml.write(SubmissionFixtures.bulky(7, 60));

        assertThatThrownBy(() -> SubmissionPackager.submit(List.of(big), SubmissionFixtures.HEADER, "X",
                SubmissionPackager.SIGNATURE_ALLOWANCE + 5_000))
                .isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.problem()).isEqualTo(SubmissionException.Problem.RECORD_TOO_LARGE));
    }

    @Test
    void anInvalidRecordIsRefusedBeforePackaging() {
        byte[] bad = new String(DigitalTranscriptXml.write(SubmissionFixtures.records(1).get(0)),
                java.nio.charset.StandardCharsets.UTF_8).replace("<HO_TEN>", "<HO_TEN_KHAC>x</HO_TEN_KHAC><HO_TEN>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SubmissionPackager.submit(List.of(bad), SubmissionFixtures.HEADER, "X"))
                .isInstanceOf(MalformedDocumentException.class);
    }

    @Test
    void batchingKeepsARecordsSignatureValid() {
        JdkTestSigner signer = new JdkTestSigner();
        DigitalTranscript record = SubmissionFixtures.records(1).get(0);
        String dataId = DigitalTranscriptXml.dataId(record.lookupCode());
        byte[] signed = signer.signRecord(DigitalTranscriptXml.write(record), dataId);
        assertThat(JdkTestSigner.verify(DigitalTranscriptXml.parse(signed), signer.publicKey(), DigitalTranscriptXml.DATA,
                dataId)).isTrue();

        TransactionEnvelope e = SubmissionPackager.submit(List.of(signed), SubmissionFixtures.HEADER, "K").get(0);
        Document back = SubmissionPackager.readBatch(SubmissionContent.decode(e.content().orElseThrow(), 10_000_000)).get(0);

        assertThat(JdkTestSigner.verify(back, signer.publicKey(), DigitalTranscriptXml.DATA, dataId)).isTrue();
        assertThat(DigitalTranscriptXml.fromDocument(back)).isEqualTo(record);
    }

    @Test
    void recallListNamesEachRecord() {
        List<DigitalTranscript> records = SubmissionFixtures.records(3);

        TransactionEnvelope e = SubmissionPackager.recall(records, SubmissionFixtures.HEADER, "THU-HOI").get(0);
        String list = new String(SubmissionContent.decode(e.content().orElseThrow(), 1_000_000),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(e.kind()).isEqualTo(TransactionKind.RECALL);
        assertThat(list).contains("<DANH_SACH_HOC_BA id=\"dataDanhSach\">");
        for (DigitalTranscript r : records) {
            assertThat(list).contains("<MA_TRA_CUU_UUID>" + r.lookupCode() + "</MA_TRA_CUU_UUID>")
                    .contains("<SO_CCCD>" + r.transcript().student().personalId().value() + "</SO_CCCD>");
        }
    }
}
