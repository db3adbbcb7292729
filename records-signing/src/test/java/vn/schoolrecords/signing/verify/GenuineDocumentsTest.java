package vn.schoolrecords.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.signing.verify.RevocationReport.Status;

/** Every genuine transcript, one to four signers, B-B and B-T, is TOTAL_PASSED with the facts right. */
class GenuineDocumentsTest {

    static Fixtures f;

    @BeforeAll
    static void start() {
        f = new Fixtures();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @ParameterizedTest(name = "{0} signers, timestamped {1}")
    @CsvSource({"1,false", "2,false", "3,false", "4,false", "1,true", "2,true", "3,true", "4,true"})
    void genuineTranscriptsPass(int signers, boolean timestamp) {
        byte[] pdf = f.signed(signers, timestamp);
        VerificationReport report = f.verify(pdf);
        assertThat(report.signatures()).hasSize(signers);
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.indication())
                .as(s.fieldName() + " " + s.findings() + " " + s.modifications()).isEqualTo(Indication.TOTAL_PASSED));
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.subIndication()).isEmpty();
        for (int i = 0; i < signers; i++) {
            SignatureReport s = report.signatures().get(i);
            assertThat(s.fieldName()).isEqualTo(Fixtures.FIELDS.get(i));
            assertThat(s.revision()).isEqualTo(i + 2);
            assertThat(s.coversWholeDocument()).isEqualTo(i == signers - 1);
            assertThat(s.signer().orElseThrow().sha256()).isEqualTo(CertificateInfo.from(f.signers.get(i).certificate()).sha256());
            assertThat(s.chain()).hasSize(3);
            assertThat(s.revocation()).hasSize(2).allSatisfy(r -> assertThat(r.status()).isEqualTo(Status.GOOD));
            assertThat(s.claimedSigningTime()).contains(Fixtures.NOW);
            assertThat(s.timestamp().isPresent()).isEqualTo(timestamp);
            s.timestamp().ifPresent(t -> assertThat(t.usable()).isTrue());
            assertThat(s.algorithm().orElseThrow().acceptable()).isTrue();
            // Every later signature is an allowed change after this one, and nothing else is.
            assertThat(s.modifications()).allSatisfy(m -> assertThat(m.allowed()).as(m.text().en()).isTrue());
            assertThat(s.modifications()).filteredOn(m -> m.kind() == Modification.Kind.SIGNATURE_ADDED)
                    .hasSize(signers - 1 - i);
        }
    }

    @Test
    void theTextSaysSignerRoleTimeAndIntegrityInVietnamese() {
        VerificationReport report = f.verify(f.signed(2, false));
        String vi = report.text(Locale.forLanguageTag("vi"));
        assertThat(vi).contains("Chữ ký của Nguyễn Văn A (Giáo viên chủ nhiệm) hợp lệ; ký lúc 09:00:00 ngày 15/03/2026")
                .contains("tài liệu không bị sửa đổi sau khi ký").contains("Kết luận: tài liệu hợp lệ");
        String en = report.text(Locale.ENGLISH);
        assertThat(en).contains("Signature of Nguyễn Văn A (homeroom teacher) is valid; signed at 15/03/2026 09:00:00")
                .contains("the document was not modified after signing");
    }

    @Test
    void anUnsignedDocumentIsIndeterminate() {
        VerificationReport report = f.verify(f.blank);
        assertThat(report.signatures()).isEmpty();
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).contains(SubIndication.SIGNED_DATA_NOT_FOUND);
    }
}
