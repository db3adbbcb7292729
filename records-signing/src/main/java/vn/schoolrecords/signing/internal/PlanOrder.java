package vn.schoolrecords.signing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.schoolrecords.core.transcript.PlannedSignature;
import vn.schoolrecords.core.transcript.Signature;
import vn.schoolrecords.core.transcript.SignatureFields;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.signing.SignatureFieldException;

/**
 * A transcript page's signing plan applied to a PDF before it is signed. The document, not the
 * caller, is the record of who signed: its filled fields of the plan's school year are replayed
 * against the plan in the order they were written, then the new signature is added, so the
 * plan's rules (subject teachers, homeroom teacher, head of school, seal last; nothing after the
 * seal; times never going back) refuse it before anything is written.
 */
public final class PlanOrder {

    private PlanOrder() {
    }

    /**
     * A gate for {@link PdfPreparation}.
     *
     * @param plan the page's plan; its own signatures are ignored
     * @param fieldName the field to be signed
     * @param signingTime the new signature's time
     * @return the gate, throwing {@link vn.schoolrecords.core.transcript.SigningException} when the
     *     plan refuses, or {@link SignatureFieldException} when the field is not one of the plan's
     */
    public static PdfPreparation.OrderGate gate(SigningPlan plan, String fieldName, Instant signingTime) {
        return signedSoFar -> {
            List<Signature> replayed = new ArrayList<>();
            Instant last = Instant.EPOCH;
            for (PdfPreparation.SignedField field : signedSoFar) {
                Optional<SigningPart> part = partOfPlanYear(plan, field.name());
                if (part.isPresent()) {
                    // a signature without /M keeps the time of the one before, so only its place counts
                    Instant at = field.signedAt().orElse(last);
                    replayed.add(Signature.of(signerOf(plan, part.get()), part.get(), at, field.name()));
                    last = at;
                }
            }
            SigningPart part = partOfPlanYear(plan, fieldName)
                    .orElseThrow(() -> new SignatureFieldException(SignatureFieldException.Reason.FIELD_NOT_IN_PLAN,
                            fieldName));
            plan.withSignatures(replayed).sign(Signature.of(signerOf(plan, part), part, signingTime, fieldName));
        };
    }

    /** The part a field names, if it belongs to the plan's year (or names no year: a one-page printout). */
    private static Optional<SigningPart> partOfPlanYear(SigningPlan plan, String fieldName) {
        Optional<Integer> year = SignatureFields.startYearOf(fieldName);
        if (year.isPresent() && year.get() != plan.year().startYear()) {
            return Optional.empty();
        }
        return SignatureFields.partOf(fieldName);
    }

    /** Who the plan names for a part; a part it does not plan gets no one, which the plan refuses. */
    private static String signerOf(SigningPlan plan, SigningPart part) {
        return plan.planned().stream().filter(p -> p.part().equals(part)).map(PlannedSignature::signerId)
                .findFirst().orElse("UNPLANNED");
    }
}
