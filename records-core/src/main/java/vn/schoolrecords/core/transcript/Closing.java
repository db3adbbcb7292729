package vn.schoolrecords.core.transcript;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * The closing of a transcript (khóa học bạ) at the end of its education level, after the page
 * of the last grade: the school prints it, seals it across pages and gives it to the student
 * (seed 002 §II.3). Nothing may be added after it.
 *
 * @param date the date of closing, not before the last page or transfer, not null
 * @param schoolCode the code of the school that closed it, the student's school then, not null
 * @param principalDecision the principal's decision, present exactly when the last page left
 *     the promotion to the principal ({@link vn.schoolrecords.core.assessment.PromotionStatus#PRINCIPAL_DECIDES}), not null
 */
public record Closing(LocalDate date, String schoolCode, Optional<PrincipalDecision> principalDecision) {

    /** Checks presence. */
    public Closing {
        Objects.requireNonNull(date, "date");
        schoolCode = Texts.id(schoolCode, "schoolCode");
        Objects.requireNonNull(principalDecision, "principalDecision");
    }

    /**
     * A closing with no principal's decision, the usual case.
     *
     * @param date the date of closing, not null
     * @param schoolCode the code of the school that closed it, not null
     */
    public Closing(LocalDate date, String schoolCode) {
        this(date, schoolCode, Optional.empty());
    }
}
