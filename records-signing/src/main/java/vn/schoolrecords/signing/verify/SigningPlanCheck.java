package vn.schoolrecords.signing.verify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.schoolrecords.core.transcript.PlannedSignature;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SignatureFields;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.core.transcript.SigningRole;

/**
 * Checks a transcript page's {@link SigningPlan} against a {@link VerificationReport}: each
 * planned signature is looked up in its signature field; the signatures found must follow the
 * plan's role order (subject teachers, homeroom teacher, head of school, seal last — QĐ
 * 1789/QĐ-SGDĐT TP.HCM Điều 20.5; TT 70/2026 Điều 9 khoản 3). Stateless.
 */
public final class SigningPlanCheck {

    private SigningPlanCheck() {
    }

    /**
     * Checks a plan with the field names of records-pdf.
     *
     * @param plan the page's signing plan, not null
     * @param report the verification report of the page's PDF, not null
     * @return the check, not null
     */
    public static SigningPlanReport check(SigningPlan plan, VerificationReport report) {
        Objects.requireNonNull(plan, "plan");
        Set<String> present = new HashSet<>();
        Objects.requireNonNull(report, "report").signaturesOnly().forEach(s -> present.add(s.fieldName()));
        // A transcript page's fields carry its year; a single-page printout's do not.
        return check(plan, report, part -> {
            String ofTheYear = SignatureFields.name(plan.year(), part);
            String plain = SignatureFields.name(part);
            return !present.contains(ofTheYear) && present.contains(plain) ? plain : ofTheYear;
        });
    }

    /**
     * Checks a plan.
     *
     * @param plan the page's signing plan, not null
     * @param report the verification report of the page's PDF, not null
     * @param fieldNames the signature field of each part, not null
     * @return the check, not null
     */
    public static SigningPlanReport check(SigningPlan plan, VerificationReport report,
            Function<SigningPart, String> fieldNames) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(fieldNames, "fieldNames");
        List<SignatureReport> signatures = report.signaturesOnly();
        List<SigningPlanReport.Entry> entries = new ArrayList<>();
        List<PlannedSignature> missing = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<String> planned = new HashSet<>();
        for (PlannedSignature p : plan.planned()) {
            String field = fieldNames.apply(p.part());
            planned.add(field);
            Optional<SignatureReport> found = signatures.stream().filter(s -> s.fieldName().equals(field)).findFirst();
            Optional<String> cn = found.flatMap(SignatureReport::signer).map(CertificateInfo::commonName);
            boolean matches = cn.map(n -> same(n, p.signerName())).orElse(false);
            SigningPlanReport.Entry entry = new SigningPlanReport.Entry(p, field,
                    found.map(s -> signatures.indexOf(s) + 1), found.map(SignatureReport::indication), cn, matches);
            entries.add(entry);
            String who = p.signerName() + " (" + p.part().role().vietnameseName()
                    + p.part().subjectCode().map(c -> " " + c).orElse("") + ")";
            String whoEn = p.signerName() + " (" + p.part() + ")";
            if (!entry.validlySigned()) {
                if (p.required()) {
                    missing.add(p);
                }
                findings.add(Finding.of("PLAN_SIGNATURE", !p.required(), found.isPresent()
                        ? "chữ ký của " + who + " có nhưng không hợp lệ" : "thiếu chữ ký của " + who
                                + (p.required() ? "" : " (không bắt buộc)"),
                        found.isPresent() ? "the signature of " + whoEn + " is present but not valid"
                                : "the signature of " + whoEn + " is missing" + (p.required() ? "" : " (optional)")));
            } else if (!matches) {
                findings.add(Finding.of("PLAN_SIGNER", false, "trường '" + field + "' do " + cn.orElse("?")
                        + " ký, không phải " + p.signerName(), "field '" + field + "' was signed by " + cn.orElse("?")
                        + ", not " + p.signerName()));
            } else {
                findings.add(Finding.of("PLAN_SIGNATURE", true, who + " đã ký (thứ " + entry.position().orElseThrow() + ")",
                        whoEn + " signed (" + ordinal(entry.position().orElseThrow()) + ")"));
            }
        }
        List<String> unexpected = signatures.stream().map(SignatureReport::fieldName).filter(n -> !planned.contains(n)).toList();
        unexpected.forEach(n -> findings.add(Finding.of("PLAN_UNEXPECTED", false, "chữ ký trong trường '" + n
                + "' không có trong kế hoạch ký", "the signature in field '" + n + "' is not in the signing plan")));
        boolean inOrder = inOrder(entries, findings);
        boolean complete = missing.isEmpty() && inOrder && unexpected.isEmpty()
                && entries.stream().allMatch(e -> !e.validlySigned() || e.signerMatches());
        return new SigningPlanReport(entries, missing, unexpected, inOrder, complete, findings);
    }

    /** Signatures in the document's order must not go back in role; nothing after the seal. */
    private static boolean inOrder(List<SigningPlanReport.Entry> entries, List<Finding> findings) {
        List<SigningPlanReport.Entry> signed = entries.stream().filter(e -> e.position().isPresent())
                .sorted((a, b) -> a.position().get() - b.position().get()).toList();
        boolean ok = true;
        for (int i = 1; i < signed.size(); i++) {
            SigningRole before = signed.get(i - 1).planned().part().role();
            SigningRole after = signed.get(i).planned().part().role();
            if (after.ordinal() < before.ordinal() || before == SigningRole.SCHOOL_SEAL) {
                ok = false;
                findings.add(Finding.of("PLAN_ORDER", false, after.vietnameseName() + " ký sau " + before.vietnameseName()
                        + ", sai thứ tự", after + " signed after " + before + ", out of order"));
            }
        }
        if (ok) {
            findings.add(Finding.of("PLAN_ORDER", true, "các chữ ký theo đúng thứ tự của kế hoạch",
                    "the signatures follow the plan's order"));
        }
        return ok;
    }

    private static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String ordinal(int n) {
        return n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th");
    }
}
