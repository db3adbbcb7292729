package vn.schoolrecords.signing.verify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.core.transcript.PlannedSignature;

/**
 * A transcript's signing plan (kế hoạch ký số học bạ) checked against the signatures found in
 * its PDF: who had to sign, who did, in what order, and what is missing.
 *
 * @param entries one per planned signature, in the plan's order, not null
 * @param missing the required signatures not validly given, in the plan's order, not null
 * @param unexpected the signature fields signed in the PDF that the plan does not name, not null
 * @param inOrder true if the signatures found follow the plan's role order, the seal last
 * @param complete true if nothing is missing, the order holds and nothing unexpected was signed
 * @param findings the checks, in both languages, not null
 */
public record SigningPlanReport(List<Entry> entries, List<PlannedSignature> missing, List<String> unexpected,
        boolean inOrder, boolean complete, List<Finding> findings) {

    /** Copies the lists. */
    public SigningPlanReport {
        entries = List.copyOf(entries);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        findings = List.copyOf(findings);
    }

    /**
     * One planned signature and what the PDF holds for it.
     *
     * @param planned the planned signature, not null
     * @param fieldName the signature field it is expected in, not null
     * @param position its 1-based place among the document's signatures, empty if not signed, not null
     * @param indication the signature's verdict, empty if not signed, not null
     * @param signerCommonName the common name of the certificate that signed, not null
     * @param signerMatches true if that name is the planned signer's name (ignoring case and spacing)
     */
    public record Entry(PlannedSignature planned, String fieldName, Optional<Integer> position,
            Optional<Indication> indication, Optional<String> signerCommonName, boolean signerMatches) {

        /** Checks presence. */
        public Entry {
            Objects.requireNonNull(planned, "planned");
            Objects.requireNonNull(fieldName, "fieldName");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(indication, "indication");
            Objects.requireNonNull(signerCommonName, "signerCommonName");
        }

        /** @return true if signed with a TOTAL_PASSED signature */
        public boolean validlySigned() {
            return indication.filter(i -> i == Indication.TOTAL_PASSED).isPresent();
        }
    }
}
