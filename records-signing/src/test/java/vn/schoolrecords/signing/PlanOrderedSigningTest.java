package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.PlannedSignature;
import vn.schoolrecords.core.transcript.Signature;
import vn.schoolrecords.core.transcript.SigningException;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningProblem;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.signing.testpki.Credential;
import vn.schoolrecords.signing.testpki.KeyKind;
import vn.schoolrecords.signing.testpki.TestPdfs;
import vn.schoolrecords.signing.testpki.TestPki;

/** A signature request carrying the page's signing plan: the document's signatures decide whose turn it is. */
class PlanOrderedSigningTest {

    static final Instant NOW = Instant.parse("2026-05-25T02:00:00Z");
    static final String MATHS = "subject-2025-TOAN";
    static final String LITERATURE = "subject-2025-NGU_VAN";
    static final String HOMEROOM = "homeroom-2025";
    static final String PRINCIPAL = "principal-2025";
    static final String SEAL = "school-seal-2025";
    static final String LAST_YEARS_HOMEROOM = "homeroom-2024";
    static final List<String> IN_ORDER = List.of(MATHS, HOMEROOM, PRINCIPAL, SEAL);

    static TestPki pki;
    static Map<String, Credential> signers;
    static byte[] blank;
    static SignatureService service;
    /** Literature's teacher is optional; maths is required. */
    static SigningPlan plan = new SigningPlan("HS-0001", SchoolYear.of(2025), "THCS-TN", SigningPolicy.DEFAULT, List.of(
            new PlannedSignature(SigningPart.subjectRow("TOAN"), "GV-HOA", "Lê Thị Hoa", true),
            new PlannedSignature(SigningPart.subjectRow("NGU_VAN"), "GV-LAN", "Phạm Thị Lan", false),
            new PlannedSignature(SigningPart.page(SigningRole.HOMEROOM_TEACHER), "GV-A", "Nguyễn Văn A", true),
            new PlannedSignature(SigningPart.page(SigningRole.PRINCIPAL), "HT-MINH", "Trần Văn Minh", true),
            new PlannedSignature(SigningPart.page(SigningRole.SCHOOL_SEAL), "THCS-TN", "Trường THCS Thử nghiệm", true)),
            List.of());

    @BeforeContainer
    static void start() {
        pki = TestPki.start(Clock.fixed(NOW, ZoneOffset.UTC));
        Credential teacher = pki.person("Lê Thị Hoa", KeyKind.RSA_2048);
        signers = Map.of(MATHS, teacher, LITERATURE, pki.person("Phạm Thị Lan", KeyKind.EC_P256),
                HOMEROOM, pki.person("Nguyễn Văn A", KeyKind.RSA_2048), PRINCIPAL, pki.person("Trần Văn Minh", KeyKind.EC_P256),
                SEAL, pki.organisation("Trường THCS Thử nghiệm", KeyKind.RSA_2048), LAST_YEARS_HOMEROOM, teacher);
        blank = TestPdfs.withSignatureFields(2, MATHS, LITERATURE, HOMEROOM, PRINCIPAL, SEAL, LAST_YEARS_HOMEROOM);
        service = SignatureService.of(Clock.fixed(NOW.plusSeconds(30), ZoneOffset.UTC), CompletionLedger.inMemory());
    }

    @AfterContainer
    static void stop() {
        pki.close();
    }

    /** Signs {@code field} at {@code NOW + minute} minutes, following the plan or not. */
    static byte[] sign(byte[] pdf, String field, int minute, boolean withPlan) {
        Credential who = signers.get(field);
        SignatureRequest.Builder request = SignatureRequest.builder(who.chain(), NOW.plusSeconds(60L * minute)).field(field);
        if (withPlan) {
            request.plan(plan);
        }
        char[] password = "mat-khau".toCharArray();
        try (Pkcs12KeySource key = Pkcs12KeySource.of(who.pkcs12(password, "k"), password, "k")) {
            return service.sign(pdf, request.build(), key);
        }
    }

    @Provide
    Arbitrary<List<String>> orders() {
        return Arbitraries.shuffle(List.of(MATHS, LITERATURE, HOMEROOM, PRINCIPAL, SEAL));
    }

    /**
     * Whatever order the signers come in, the PDF takes a signature exactly when core's plan, fed
     * the same sequence, takes it: the first refusal has the plan's reason and leaves the document
     * as it was; before it, every signature was accepted.
     */
    @Property(tries = 30)
    void thePdfFollowsThePlanWhateverTheOrderOfTheSigners(@ForAll("orders") List<String> order) {
        SigningPlan oracle = plan;
        byte[] pdf = blank;
        for (int i = 0; i < order.size(); i++) {
            String field = order.get(i);
            Optional<SigningProblem> expected = refusal(oracle, field, NOW.plusSeconds(60L * i));
            byte[] before = pdf.clone();
            if (expected.isPresent()) {
                byte[] current = pdf;
                int minute = i;
                assertThatThrownBy(() -> sign(current, field, minute, true)).isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.problem()).isEqualTo(expected.get()));
                assertThat(pdf).isEqualTo(before);
                return;
            }
            pdf = sign(pdf, field, i, true);
            oracle = oracle.sign(signature(field, NOW.plusSeconds(60L * i)));
            assertThat(pdf.length).isGreaterThan(before.length);
        }
        assertThat(oracle.sealed()).isTrue();
    }

    @Property(tries = 1)
    void theFourSignersInTurnAreAccepted() {
        byte[] pdf = blank;
        for (int i = 0; i < IN_ORDER.size(); i++) {
            pdf = sign(pdf, IN_ORDER.get(i), i, true);
        }
        byte[] sealed = pdf;
        assertThatThrownBy(() -> sign(sealed, LITERATURE, 9, true)).isInstanceOfSatisfying(SigningException.class,
                e -> assertThat(e.problem()).isEqualTo(SigningProblem.AFTER_SEAL));
    }

    @Property(tries = 1)
    void aFieldOfAnotherYearIsNotInThePlan() {
        assertThatThrownBy(() -> sign(blank, LAST_YEARS_HOMEROOM, 0, true))
                .isInstanceOfSatisfying(SignatureFieldException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignatureFieldException.Reason.FIELD_NOT_IN_PLAN));
        // without the plan the same request signs: the check is the plan's, not the field's
        assertThat(sign(blank, LAST_YEARS_HOMEROOM, 0, false).length).isGreaterThan(blank.length);
    }

    @Property(tries = 1)
    void signaturesMadeWithoutThePlanStillCountWhenItIsGiven() {
        byte[] principalFirst = sign(blank, PRINCIPAL, 0, false);
        // the homeroom teacher's turn has passed: the document already holds the head's signature
        assertThatThrownBy(() -> sign(principalFirst, HOMEROOM, 1, true)).isInstanceOfSatisfying(SigningException.class,
                e -> assertThat(e.problem()).isEqualTo(SigningProblem.OUT_OF_ORDER));
        // last year's page does not count for this year's plan
        byte[] lastYear = sign(blank, LAST_YEARS_HOMEROOM, 0, false);
        assertThat(sign(lastYear, MATHS, 1, true).length).isGreaterThan(lastYear.length);
    }

    private static Optional<SigningProblem> refusal(SigningPlan oracle, String field, Instant at) {
        try {
            oracle.sign(signature(field, at));
            return Optional.empty();
        } catch (SigningException e) {
            return Optional.of(e.problem());
        }
    }

    private static Signature signature(String field, Instant at) {
        SigningPart part = vn.schoolrecords.core.transcript.SignatureFields.partOf(field).orElseThrow();
        String signer = plan.planned().stream().filter(p -> p.part().equals(part)).findFirst().orElseThrow().signerId();
        return Signature.of(signer, part, at, field);
    }

}
