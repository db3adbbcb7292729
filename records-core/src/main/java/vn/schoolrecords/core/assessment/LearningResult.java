package vn.schoolrecords.core.assessment;

import java.util.Objects;

/**
 * The learning result (kết quả học tập) of a semester or year under TT 22/2021 Điều 9.2 (or
 * TT 43/2021): the level the conditions give, and the level after the adjustment of Điều 9.3
 * (điều chỉnh lên mức liền kề), which is one step higher when a single subject alone pulled
 * the level down two steps or more.
 *
 * @param computed the level found by the conditions of Điều 9.2, not null
 * @param adjusted the level after Điều 9.3, equal to {@code computed} or one step higher, not null
 */
public record LearningResult(AchievementLevel computed, AchievementLevel adjusted) {

    /**
     * Checks presence and that the adjustment is at most one step.
     *
     * @throws IllegalArgumentException if {@code adjusted} is neither {@code computed} nor one step above it
     */
    public LearningResult {
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(adjusted, "adjusted");
        if (adjusted != computed && adjusted != computed.oneStepUp()) {
            throw new IllegalArgumentException("Điều 9.3 raises a level by one step only: " + computed + " → " + adjusted);
        }
    }

    /** @return true when Điều 9.3 raised the level */
    public boolean wasAdjusted() {
        return computed != adjusted;
    }
}
