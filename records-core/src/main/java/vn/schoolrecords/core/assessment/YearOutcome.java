package vn.schoolrecords.core.assessment;

import java.util.List;
import java.util.Optional;

/**
 * What a circular's rules conclude about one student's school year, whatever the regime: the
 * learning level, conduct, promotion, summer duties and award — each with its reasons.
 */
public interface YearOutcome {

    /** @return the student's id, not null */
    String studentId();

    /** @return the regime that assessed the year, not null */
    Regime regime();

    /**
     * The year's learning level after any adjustment and summer re-assessment: an
     * {@link AchievementLevel} (TT 22, TT 43), an {@link AcademicStanding} (TT 58) or a primary
     * overall result (TT 27).
     *
     * @return the level, not null
     */
    RatedLevel learningLevel();

    /** @return the year's conduct after any summer training, or empty for primary, not null */
    Optional<RatedLevel> conductLevel();

    /** @return the current promotion status, taking summer results into account when given, not null */
    PromotionStatus promotion();

    /** @return the codes of the subjects the student must re-take in the summer, not null */
    List<String> reassessmentSubjects();

    /** @return the end-of-year title, if any, not null */
    Optional<Award> award();

    /** @return every condition checked, with its values and article, built on first call, not null */
    Reasons reasons();
}
