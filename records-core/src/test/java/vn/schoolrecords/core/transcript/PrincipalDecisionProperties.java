package vn.schoolrecords.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.schoolrecords.core.assessment.PromotionStatus;

/** Closing after a page that leaves the promotion to the principal, against a plain model of the rule. */
class PrincipalDecisionProperties {

    private static final Transcript PENDING = LegacyPagesAndPrincipalDecisionTest.uptoPrincipalDecides();
    private static final LocalDate PAGE = PENDING.years().get(3).confirmedOn();

    /**
     * Closing succeeds exactly when the decision promotes and falls between the page and the
     * closing; a date outside is PRINCIPAL_DECISION, a refusal LEVEL_NOT_COMPLETED.
     */
    @Property(tries = 60)
    void closingFollowsTheDecision(@ForAll @IntRange(min = -20, max = 40) int decisionOffset,
            @ForAll @IntRange(min = 0, max = 30) int closingOffset, @ForAll boolean promotes) {
        LocalDate decided = PAGE.plusDays(decisionOffset);
        LocalDate closes = PAGE.plusDays(closingOffset);
        PrincipalDecision d = new PrincipalDecision(LegacyPagesAndPrincipalDecisionTest.principal(), decided,
                promotes ? PromotionStatus.PROMOTED : PromotionStatus.NOT_PROMOTED);
        boolean inRange = !decided.isBefore(PAGE) && !decided.isAfter(closes);
        if (inRange && promotes) {
            Transcript closed = PENDING.close(closes, d);
            assertThat(closed.closing().orElseThrow().principalDecision()).contains(d);
        } else {
            TranscriptException e = catchThrowableOfType(() -> PENDING.close(closes, d), TranscriptException.class);
            assertThat(e).isNotNull();
            assertThat(e.problem()).isEqualTo(inRange ? TranscriptProblem.LEVEL_NOT_COMPLETED
                    : TranscriptProblem.PRINCIPAL_DECISION);
        }
        TranscriptException without = catchThrowableOfType(() -> PENDING.close(closes), TranscriptException.class);
        assertThat(without.problem()).isEqualTo(TranscriptProblem.PRINCIPAL_DECISION);
    }
}
