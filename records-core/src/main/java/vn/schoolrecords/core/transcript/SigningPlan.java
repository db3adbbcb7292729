package vn.schoolrecords.core.transcript;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * The signing plan of one transcript page, as data (kế hoạch ký số học bạ): which subject
 * teachers confirm which subject rows, then the homeroom teacher, then the head of school (or
 * the person delegated), then the school's seal — in that order (QĐ 1789/QĐ-SGDĐT TP.HCM
 * Điều 20.5; TT 70/2026 Điều 9 khoản 3: personal signatures before the organisation's) — what
 * has been signed so far and what is missing.
 *
 * <p>Immutable: {@link #sign} returns a new plan or throws a {@link SigningException}. A role
 * may sign once every required signature of the roles before it is there and no later role has
 * signed; subject teachers sign their rows in any order among themselves. Signing times never
 * go back. After the seal the page is issued: nothing more is accepted. The constructor replays
 * the signatures, so a plan read from JSON obeys the same rules.
 *
 * @param studentId the student of the page, not null
 * @param year the school year of the page, not null
 * @param schoolCode the school whose seal issues the page, not null
 * @param policy the policy the plan was made with, not null
 * @param planned every expected signature, in signing order, not null
 * @param signatures the signatures so far, in the order given, not null
 */
public record SigningPlan(String studentId, SchoolYear year, String schoolCode, SigningPolicy policy,
        List<PlannedSignature> planned, List<Signature> signatures) {

    /**
     * Checks the plan and replays the signatures.
     *
     * @throws InvalidValueException if the plan is malformed (no principal or seal, a part twice)
     * @throws SigningException if a signature breaks the order
     */
    public SigningPlan {
        studentId = Texts.id(studentId, "studentId");
        Objects.requireNonNull(year, "year");
        schoolCode = Texts.id(schoolCode, "schoolCode");
        Objects.requireNonNull(policy, "policy");
        planned = List.copyOf(planned);
        signatures = List.copyOf(signatures);
        checkPlan(planned, schoolCode);
        for (int i = 0; i < signatures.size(); i++) {
            check(planned, signatures.subList(0, i), signatures.get(i));
        }
    }

    /**
     * The plan of a page under a policy.
     *
     * @param page the transcript page, not null
     * @param policy who signs besides the head of school and the seal, not null
     * @return the plan with nothing signed, not null
     */
    public static SigningPlan of(TranscriptYear page, SigningPolicy policy) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(policy, "policy");
        List<PlannedSignature> list = new ArrayList<>();
        if (policy.subjectTeachers() != SigningRequirement.NONE) {
            boolean required = policy.subjectTeachers() == SigningRequirement.REQUIRED;
            for (Map.Entry<String, Signatory> e : page.results().subjectTeachers().entrySet()) {
                list.add(new PlannedSignature(SigningPart.subjectRow(e.getKey()), e.getValue().staffId(),
                        e.getValue().fullName(), required));
            }
        }
        if (policy.homeroomTeacher() != SigningRequirement.NONE) {
            list.add(new PlannedSignature(SigningPart.page(SigningRole.HOMEROOM_TEACHER),
                    page.homeroomTeacher().staffId(), page.homeroomTeacher().fullName(),
                    policy.homeroomTeacher() == SigningRequirement.REQUIRED));
        }
        list.add(new PlannedSignature(SigningPart.page(SigningRole.PRINCIPAL), page.confirmedBy().staffId(),
                page.confirmedBy().fullName(), true));
        list.add(new PlannedSignature(SigningPart.page(SigningRole.SCHOOL_SEAL), page.school().code(),
                page.school().name(), true));
        return new SigningPlan(page.studentId(), page.year(), page.school().code(), policy, list, List.of());
    }

    /**
     * Records a signature.
     *
     * @param signature the signature, not null
     * @return the plan with the signature, not null
     * @throws SigningException {@link SigningProblem#AFTER_SEAL} once sealed,
     *     {@link SigningProblem#NOT_IN_PLAN} if the plan does not name the signer for that part and
     *     role, {@link SigningProblem#REPEATED} if signed already,
     *     {@link SigningProblem#OUT_OF_ORDER} before its turn or dated before the last signature
     */
    public SigningPlan sign(Signature signature) {
        Objects.requireNonNull(signature, "signature");
        check(planned, signatures, signature);
        List<Signature> list = new ArrayList<>(signatures);
        list.add(signature);
        return new SigningPlan(studentId, year, schoolCode, policy, planned, list);
    }

    /**
     * The same plan with other signatures, replayed from the start: used when a signed document,
     * not the caller, is the record of who signed so far.
     *
     * @param signatures the signatures, in signing order, not null
     * @return the plan with exactly these signatures, not null
     * @throws SigningException if the signatures break the plan's order
     */
    public SigningPlan withSignatures(List<Signature> signatures) {
        return new SigningPlan(studentId, year, schoolCode, policy, planned, signatures);
    }

    /** @return the required signatures not yet given, in signing order, not null */
    public List<PlannedSignature> missing() {
        return planned.stream().filter(p -> p.required() && signatureOf(p.part()).isEmpty()).toList();
    }

    /** @return the signatures that may be given now (required or optional), in signing order, not null */
    public List<PlannedSignature> signableNow() {
        if (sealed()) {
            return List.of();
        }
        return planned.stream().filter(p -> signatureOf(p.part()).isEmpty()
                && orderProblem(planned, signatures, p.part().role()) == null).toList();
    }

    /**
     * The signature of a part.
     *
     * @param part the part, not null
     * @return its signature, or empty, not null
     */
    public Optional<Signature> signatureOf(SigningPart part) {
        Objects.requireNonNull(part, "part");
        return signatures.stream().filter(s -> s.part().equals(part)).findFirst();
    }

    /** @return true once the school's seal is applied: the page is issued and frozen */
    public boolean sealed() {
        return sealed(signatures);
    }

    /** @return true when every required signature is given, the seal last */
    public boolean complete() {
        return missing().isEmpty();
    }

    private static boolean sealed(List<Signature> signatures) {
        return signatures.stream().anyMatch(s -> s.role() == SigningRole.SCHOOL_SEAL);
    }

    private static void check(List<PlannedSignature> planned, List<Signature> before, Signature s) {
        if (sealed(before)) {
            throw refused(SigningProblem.AFTER_SEAL, s, "trang học bạ đã đóng dấu, không ký thêm được",
                    "the page is sealed; nothing can be signed after the seal");
        }
        boolean inPlan = s.role() == s.part().role() && planned.stream()
                .anyMatch(p -> p.part().equals(s.part()) && p.signerId().equals(s.signerId()));
        if (!inPlan) {
            throw refused(SigningProblem.NOT_IN_PLAN, s,
                    s.signerId() + " không có trong kế hoạch ký phần " + s.part() + " với vai trò " + s.role(),
                    s.signerId() + " is not planned to sign " + s.part() + " as " + s.role());
        }
        if (before.stream().anyMatch(b -> b.part().equals(s.part()) && b.signerId().equals(s.signerId()))) {
            throw refused(SigningProblem.REPEATED, s, s.signerId() + " đã ký phần " + s.part(),
                    s.signerId() + " signed " + s.part() + " already");
        }
        String order = orderProblem(planned, before, s.role());
        if (order != null) {
            throw refused(SigningProblem.OUT_OF_ORDER, s, "chưa đến lượt " + s.role().vietnameseName() + ": " + order,
                    "not yet the turn of " + s.role() + ": " + order);
        }
        Instant last = before.isEmpty() ? Instant.MIN : before.get(before.size() - 1).signedAt();
        if (s.signedAt().isBefore(last)) {
            throw refused(SigningProblem.OUT_OF_ORDER, s, "thời điểm ký " + s.signedAt() + " trước chữ ký trước, " + last,
                    "signed at " + s.signedAt() + ", before the previous signature at " + last);
        }
    }

    /** Why a role cannot sign now, or null: a required earlier signature missing, or a later role begun. */
    private static String orderProblem(List<PlannedSignature> planned, List<Signature> before, SigningRole role) {
        Set<SigningPart> signed = new HashSet<>();
        before.forEach(b -> signed.add(b.part()));
        for (PlannedSignature p : planned) {
            if (p.part().role().ordinal() < role.ordinal() && p.required() && !signed.contains(p.part())) {
                return "missing " + p.part() + " (" + p.signerId() + ")";
            }
        }
        for (Signature b : before) {
            if (b.role().ordinal() > role.ordinal()) {
                return b.role() + " signed already";
            }
        }
        return null;
    }

    private static SigningException refused(SigningProblem problem, Signature s, String vi, String en) {
        return new SigningException(problem, s.signerId(), s.part(), LocalizedText.of(vi, en));
    }

    private static void checkPlan(List<PlannedSignature> planned, String schoolCode) {
        Set<SigningPart> parts = new HashSet<>();
        int lastRole = -1;
        for (PlannedSignature p : planned) {
            if (!parts.add(p.part())) {
                throw InvalidValueException.of("planned", "SigningPlan.uniquePart", LocalizedText.of(
                        "một phần chỉ có một người ký", "each part has one signer"), p.part());
            }
            if (p.part().role().ordinal() < lastRole) {
                throw InvalidValueException.of("planned", "SigningPlan.order", LocalizedText.of(
                        "kế hoạch ký theo thứ tự giáo viên môn học, chủ nhiệm, hiệu trưởng, con dấu",
                        "a plan lists subject teachers, homeroom, principal, seal in that order"), p.part());
            }
            lastRole = p.part().role().ordinal();
        }
        PlannedSignature principal = planned.stream().filter(p -> p.part().role() == SigningRole.PRINCIPAL)
                .findFirst().orElse(null);
        PlannedSignature seal = planned.isEmpty() ? null : planned.get(planned.size() - 1);
        if (principal == null || !principal.required() || seal == null
                || seal.part().role() != SigningRole.SCHOOL_SEAL || !seal.required()
                || !seal.signerId().equals(schoolCode)) {
            throw InvalidValueException.of("planned", "SigningPlan.principalAndSeal", LocalizedText.of(
                    "học bạ số phải có chữ ký của hiệu trưởng và của cơ sở giáo dục (CV 2088/BGDĐT-GDTH, mục 4.2)",
                    "a page needs the head of school's and the school's signatures (CV 2088/BGDĐT-GDTH, 4.2)"),
                    planned.size());
        }
    }
}
