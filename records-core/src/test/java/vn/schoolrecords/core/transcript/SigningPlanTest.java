package vn.schoolrecords.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.at;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.pageA;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.json.RecordsJson;

/** The signing plan of a page: subject teachers, homeroom teacher, principal, seal — in that order. */
class SigningPlanTest {

    private static final TranscriptYear PAGE = pageA(3);
    private static final SigningPlan PLAN = SigningPlan.of(PAGE, SigningPolicy.DEFAULT);

    private static Signature sig(PlannedSignature p, Instant when) {
        return Signature.of(p.signerId(), p.part(), when, "sig-" + p.part());
    }

    private static PlannedSignature planned(SigningRole role) {
        return PLAN.planned().stream().filter(p -> p.part().role() == role).findFirst().orElseThrow();
    }

    /** Every subject teacher signs, in the plan's order. */
    private static SigningPlan teachersSigned() {
        SigningPlan plan = PLAN;
        int hour = 0;
        for (PlannedSignature p : PLAN.planned()) {
            if (p.part().role() == SigningRole.SUBJECT_TEACHER) {
                plan = plan.sign(sig(p, at(26, hour++ % 24)));
            }
        }
        return plan;
    }

    private static void assertRefused(SigningPlan plan, Signature s, SigningProblem problem) {
        assertThatThrownBy(() -> plan.sign(s)).isInstanceOfSatisfying(SigningException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.code()).isEqualTo(problem.code());
            assertThat(e.signerId()).isEqualTo(s.signerId());
            assertThat(e.part()).isEqualTo(s.part());
        });
    }

    @Test
    void defaultPlanListsEachSubjectRowsTeacherThenHomeroomPrincipalAndSeal() {
        SecondaryResults results = (SecondaryResults) PAGE.results();
        List<PlannedSignature> planned = PLAN.planned();

        assertThat(planned).hasSize(results.subjects().size() + 3);
        for (int i = 0; i < results.subjects().size(); i++) {
            SubjectRow row = results.subjects().get(i);
            assertThat(planned.get(i).part()).isEqualTo(SigningPart.subjectRow(row.subjectCode()));
            assertThat(planned.get(i).signerId()).isEqualTo(row.teacher().staffId());
        }
        assertThat(planned.subList(planned.size() - 3, planned.size())).extracting(p -> p.part().role())
                .containsExactly(SigningRole.HOMEROOM_TEACHER, SigningRole.PRINCIPAL, SigningRole.SCHOOL_SEAL);
        assertThat(planned.get(planned.size() - 3).signerId()).isEqualTo(PAGE.homeroomTeacher().staffId());
        assertThat(planned.get(planned.size() - 2).signerId()).isEqualTo(PAGE.confirmedBy().staffId());
        assertThat(planned.get(planned.size() - 1).signerId()).isEqualTo(PAGE.school().code());
        assertThat(planned).allMatch(PlannedSignature::required);
        assertThat(PLAN.missing()).isEqualTo(planned);
        assertThat(PLAN.signableNow()).extracting(p -> p.part().role()).containsOnly(SigningRole.SUBJECT_TEACHER);
    }

    @Test
    void signingInOrderCompletesAndSealsThePlan() {
        SigningPlan plan = teachersSigned();
        assertThat(plan.missing()).extracting(p -> p.part().role())
                .containsExactly(SigningRole.HOMEROOM_TEACHER, SigningRole.PRINCIPAL, SigningRole.SCHOOL_SEAL);

        plan = plan.sign(sig(planned(SigningRole.HOMEROOM_TEACHER), at(27, 8)))
                .sign(sig(planned(SigningRole.PRINCIPAL), at(28, 9)));
        assertThat(plan.sealed()).isFalse();
        assertThat(plan.complete()).isFalse();
        plan = plan.sign(sig(planned(SigningRole.SCHOOL_SEAL), at(28, 10)));

        assertThat(plan.sealed()).isTrue();
        assertThat(plan.complete()).isTrue();
        assertThat(plan.missing()).isEmpty();
        assertThat(plan.signableNow()).isEmpty();
        assertThat(plan.signatureOf(SigningPart.page(SigningRole.PRINCIPAL)).orElseThrow().signedAt())
                .isEqualTo(at(28, 9));
        assertThat(PLAN.signatures()).as("the original is unchanged").isEmpty();
    }

    @Test
    void subjectTeachersSignTheirRowsInAnyOrder() {
        List<PlannedSignature> rows = PLAN.planned().stream()
                .filter(p -> p.part().role() == SigningRole.SUBJECT_TEACHER).toList();
        SigningPlan plan = PLAN;
        for (int i = rows.size() - 1; i >= 0; i--) {
            plan = plan.sign(sig(rows.get(i), at(26, 10)));
        }

        assertThat(plan.missing()).hasSize(3);
    }

    @Test
    void homeroomBeforeTheSubjectTeachersIsOutOfOrder() {
        assertRefused(PLAN, sig(planned(SigningRole.HOMEROOM_TEACHER), at(26, 8)), SigningProblem.OUT_OF_ORDER);
    }

    @Test
    void principalBeforeTheHomeroomTeacherIsOutOfOrder() {
        assertRefused(teachersSigned(), sig(planned(SigningRole.PRINCIPAL), at(27, 8)), SigningProblem.OUT_OF_ORDER);
    }

    @Test
    void sealBeforeThePrincipalIsOutOfOrder() {
        SigningPlan plan = teachersSigned().sign(sig(planned(SigningRole.HOMEROOM_TEACHER), at(27, 8)));

        assertRefused(plan, sig(planned(SigningRole.SCHOOL_SEAL), at(27, 9)), SigningProblem.OUT_OF_ORDER);
    }

    @Test
    void signatureDatedBeforeThePreviousOneIsOutOfOrder() {
        SigningPlan plan = teachersSigned();

        assertRefused(plan, sig(planned(SigningRole.HOMEROOM_TEACHER), at(25, 8)), SigningProblem.OUT_OF_ORDER);
    }

    @Test
    void optionalHomeroomMayBeSkippedButNotSignAfterThePrincipal() {
        SigningPlan plan = SigningPlan.of(PAGE, SigningPolicy.MOET_PILOT_V1);
        assertThat(plan.planned()).extracting(p -> p.part().role())
                .containsExactly(SigningRole.HOMEROOM_TEACHER, SigningRole.PRINCIPAL, SigningRole.SCHOOL_SEAL);
        assertThat(plan.missing()).extracting(p -> p.part().role())
                .containsExactly(SigningRole.PRINCIPAL, SigningRole.SCHOOL_SEAL);
        PlannedSignature homeroom = plan.planned().get(0);
        PlannedSignature principal = plan.planned().get(1);

        SigningPlan signed = plan.sign(sig(principal, at(26, 8)));

        assertRefused(signed, sig(homeroom, at(26, 9)), SigningProblem.OUT_OF_ORDER);
        assertThat(signed.sign(sig(plan.planned().get(2), at(26, 10))).complete()).isTrue();
    }

    @Test
    void subjectTeachersWhoAreNotInThePlanCannotSign() {
        SigningPlan plan = SigningPlan.of(PAGE, SigningPolicy.MOET_PILOT_V1);
        SubjectRow row = ((SecondaryResults) PAGE.results()).subjects().get(0);

        assertRefused(plan, Signature.of(row.teacher().staffId(), SigningPart.subjectRow(row.subjectCode()),
                at(26, 8), "x"), SigningProblem.NOT_IN_PLAN);
    }

    @Test
    void anotherTeacherSigningARowIsNotInPlan() {
        PlannedSignature maths = PLAN.planned().stream()
                .filter(p -> p.part().equals(SigningPart.subjectRow("TOAN"))).findFirst().orElseThrow();
        String someoneElse = PAGE.homeroomTeacher().staffId().equals(maths.signerId()) ? "GV999"
                : PAGE.homeroomTeacher().staffId();

        assertRefused(PLAN, Signature.of(someoneElse, maths.part(), at(26, 8), "x"), SigningProblem.NOT_IN_PLAN);
    }

    @Test
    void aPersonApplyingTheSealIsNotInPlan() {
        SigningPlan plan = teachersSigned().sign(sig(planned(SigningRole.HOMEROOM_TEACHER), at(27, 8)))
                .sign(sig(planned(SigningRole.PRINCIPAL), at(28, 9)));

        assertRefused(plan, Signature.of(PAGE.confirmedBy().staffId(), SigningPart.page(SigningRole.SCHOOL_SEAL),
                at(28, 10), "x"), SigningProblem.NOT_IN_PLAN);
    }

    @Test
    void aSignatureWhoseRoleIsNotItsPartsIsNotInPlan() {
        PlannedSignature homeroom = planned(SigningRole.HOMEROOM_TEACHER);

        assertRefused(teachersSigned(), new Signature(homeroom.signerId(), SigningRole.PRINCIPAL, at(27, 8),
                homeroom.part(), "x"), SigningProblem.NOT_IN_PLAN);
    }

    @Test
    void theSameSignerSigningTheSamePartTwiceIsRepeated() {
        PlannedSignature first = PLAN.planned().get(0);
        SigningPlan plan = PLAN.sign(sig(first, at(26, 8)));

        assertRefused(plan, sig(first, at(26, 9)), SigningProblem.REPEATED);
    }

    @Test
    void nothingIsAcceptedAfterTheSeal() {
        SigningPlan sealed = teachersSigned().sign(sig(planned(SigningRole.HOMEROOM_TEACHER), at(27, 8)))
                .sign(sig(planned(SigningRole.PRINCIPAL), at(28, 9)))
                .sign(sig(planned(SigningRole.SCHOOL_SEAL), at(28, 10)));

        assertRefused(sealed, sig(planned(SigningRole.SCHOOL_SEAL), at(28, 11)), SigningProblem.AFTER_SEAL);
        assertRefused(sealed, sig(planned(SigningRole.PRINCIPAL), at(28, 11)), SigningProblem.AFTER_SEAL);
        assertRefused(sealed, Signature.of("GV999", SigningPart.subjectRow("TOAN"), at(28, 11), "x"),
                SigningProblem.AFTER_SEAL);
    }

    @Test
    void aPlanWithoutPrincipalOrSealIsInvalid() {
        List<PlannedSignature> noSeal = PLAN.planned().subList(0, PLAN.planned().size() - 1);

        assertThatThrownBy(() -> new SigningPlan(PLAN.studentId(), PLAN.year(), PLAN.schoolCode(), PLAN.policy(),
                noSeal, List.of())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void partsNameASubjectExactlyForSubjectTeachers() {
        assertThatThrownBy(() -> new SigningPart(SigningRole.PRINCIPAL, java.util.Optional.of("TOAN")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new SigningPart(SigningRole.SUBJECT_TEACHER, java.util.Optional.empty()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void planRoundTripsThroughJsonAndADocumentOutOfOrderIsRefused() {
        SigningPlan plan = teachersSigned().sign(sig(planned(SigningRole.HOMEROOM_TEACHER), at(27, 8)));
        String json = RecordsJson.write(plan);

        assertThat(RecordsJson.read(json, SigningPlan.class)).isEqualTo(plan);
        assertThat(RecordsJson.write(RecordsJson.read(json, SigningPlan.class))).isEqualTo(json);

        String tampered = json.replace("\"signedAt\" : \"2026-05-27T08:00:00Z\"", "\"signedAt\" : \"2026-05-01T08:00:00Z\"");
        assertThat(tampered).isNotEqualTo(json);
        assertThatThrownBy(() -> RecordsJson.read(tampered, SigningPlan.class))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.problem()).isEqualTo(SigningProblem.OUT_OF_ORDER));
    }
}
