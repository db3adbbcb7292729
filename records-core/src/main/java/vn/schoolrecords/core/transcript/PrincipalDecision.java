package vn.schoolrecords.core.transcript;

import java.time.LocalDate;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.PromotionStatus;

/**
 * The head of school's decision (quyết định của hiệu trưởng) on a student whose promotion the
 * rules leave to the principal ({@link PromotionStatus#PRINCIPAL_DECIDES}: a student with a
 * disability, TT 22/2021 Điều 14 khoản 4, TT 58/2011 as amended by TT 26/2020 Điều 15 khoản 3,
 * TT 27/2020 Điều 9): who decided, when, and what. A transcript whose last page leaves the
 * promotion to the principal is closed only with this decision, and only when it promotes.
 *
 * @param decidedBy the principal (or the delegated vice principal) who decided, not null
 * @param date the date of the decision, not null
 * @param outcome {@link PromotionStatus#PROMOTED} (lên lớp / hoàn thành) or
 *     {@link PromotionStatus#NOT_PROMOTED} (ở lại lớp), not null
 */
public record PrincipalDecision(Signatory decidedBy, LocalDate date, PromotionStatus outcome) {

    /**
     * Checks presence and that the decision is a promotion or not.
     *
     * @throws InvalidValueException if the outcome is another status
     */
    public PrincipalDecision {
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome != PromotionStatus.PROMOTED && outcome != PromotionStatus.NOT_PROMOTED) {
            throw InvalidValueException.of("outcome", "PrincipalDecision.outcome", LocalizedText.of(
                    "hiệu trưởng quyết định cho lên lớp hoặc ở lại lớp",
                    "the principal decides promoted or not promoted"), outcome);
        }
    }
}
