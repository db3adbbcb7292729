package vn.schoolrecords.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.PlannedSignature;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningRole;

/** The signing plan of a page checked against the signatures of its PDF. */
class SigningPlanCheckTest {

    static Fixtures f;
    static SigningPlan plan;

    @BeforeAll
    static void start() {
        f = new Fixtures();
        plan = new SigningPlan("HS-0001", SchoolYear.of(2025), "THPT-TN", SigningPolicy.DEFAULT, List.of(
                new PlannedSignature(SigningPart.subjectRow("TOAN"), "GV-HOA", "Lê Thị Hoa", true),
                new PlannedSignature(SigningPart.page(SigningRole.HOMEROOM_TEACHER), "GV-A", "Nguyễn Văn A", true),
                new PlannedSignature(SigningPart.page(SigningRole.PRINCIPAL), "HT-MINH", "Trần Văn Minh", true),
                new PlannedSignature(SigningPart.page(SigningRole.SCHOOL_SEAL), "THPT-TN", "Trường THPT Thử nghiệm", true)),
                List.of());
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void aFullySignedPageIsCompleteInOrder() {
        SigningPlanReport check = SigningPlanCheck.check(plan, f.verify(f.signed(4, false)));
        assertThat(check.complete()).isTrue();
        assertThat(check.inOrder()).isTrue();
        assertThat(check.missing()).isEmpty();
        assertThat(check.entries()).extracting(e -> e.position().orElseThrow()).containsExactly(1, 2, 3, 4);
        assertThat(check.entries()).allSatisfy(e -> assertThat(e.signerMatches()).isTrue());
    }

    @Test
    void aHalfSignedPageMissesThePrincipalAndTheSeal() {
        SigningPlanReport check = SigningPlanCheck.check(plan, f.verify(f.signed(2, false)));
        assertThat(check.complete()).isFalse();
        assertThat(check.missing()).extracting(p -> p.part().role())
                .containsExactly(SigningRole.PRINCIPAL, SigningRole.SCHOOL_SEAL);
        assertThat(check.findings()).anySatisfy(x -> assertThat(x.text().vi()).contains("thiếu chữ ký của Trần Văn Minh (Hiệu trưởng)"));
    }

    @Test
    void theHomeroomTeacherBeforeTheSubjectTeacherIsOutOfOrder() {
        byte[] pdf = f.sign(f.blank, f.homeroom, "homeroom", false);
        pdf = f.sign(pdf, f.mathTeacher, "subject-TOAN", false);
        VerificationReport report = f.verify(pdf);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        SigningPlanReport check = SigningPlanCheck.check(plan, report);
        assertThat(check.inOrder()).isFalse();
        assertThat(check.complete()).isFalse();
    }

    @Test
    void theWrongPersonInTheFieldIsReported() {
        byte[] pdf = f.sign(f.signed(2, false), f.homeroom, "principal", false);
        SigningPlanReport check = SigningPlanCheck.check(plan, f.verify(pdf));
        SigningPlanReport.Entry principal = check.entries().get(2);
        assertThat(principal.validlySigned()).isTrue();
        assertThat(principal.signerMatches()).isFalse();
        assertThat(principal.signerCommonName()).contains("Nguyễn Văn A");
        assertThat(check.complete()).isFalse();
    }

    @Test
    void anInvalidSignatureCountsAsMissing() {
        byte[] attack = Attacks.incremental(f.signed(4, false), doc -> Attacks.overwritePageContent(doc, 0, "10"));
        SigningPlanReport check = SigningPlanCheck.check(plan, f.verify(attack));
        assertThat(check.missing()).hasSize(4);
        assertThat(check.complete()).isFalse();
    }
}
