package vn.schoolrecords.core.gradebook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.Term;

/**
 * A school's edit policy for a school year (quy chế sửa điểm): the date of each semester's
 * end-of-term assessment, how long before it the last day for direct edits falls, the time zone
 * in which days are counted, and whether end-of-term scores need a correction request.
 *
 * <p>The seeds' rules are a default that each school may change (Thanh Hóa's model "Quy định",
 * 001): {@link #seedDefault} gives them — the last day to correct a score is one week before the
 * semester's end-of-term assessment (001 Điều 8.2), end-of-term scores follow the correction
 * procedure (001 Điều 8.3), days counted in Vietnam's time zone (Asia/Ho_Chi_Minh).
 *
 * @param zone the zone in which days are counted, not null
 * @param firstTermAssessment the date of semester I's end-of-term assessment, not null
 * @param secondTermAssessment the date of semester II's end-of-term assessment, not null
 * @param deadlineBeforeAssessment how long before the assessment the last day falls, not negative, not null
 * @param endOfTermNeedsCorrection true if an entered end-of-term score changes only through a correction request
 */
public record EditPolicy(ZoneId zone, LocalDate firstTermAssessment, LocalDate secondTermAssessment,
        Period deadlineBeforeAssessment, boolean endOfTermNeedsCorrection) {

    /** Vietnam's time zone, UTC+7. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The seeds' default: one week (001 Điều 8.2). */
    public static final Period SEED_DEADLINE = Period.ofWeeks(1);

    /**
     * Checks presence and order.
     *
     * @throws InvalidValueException if the period is negative or semester II's assessment is not after semester I's
     */
    public EditPolicy {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(firstTermAssessment, "firstTermAssessment");
        Objects.requireNonNull(secondTermAssessment, "secondTermAssessment");
        Objects.requireNonNull(deadlineBeforeAssessment, "deadlineBeforeAssessment");
        if (deadlineBeforeAssessment.isNegative()) {
            throw InvalidValueException.of("deadlineBeforeAssessment", "EditPolicy.period", LocalizedText.of(
                    "hạn sửa điểm phải trước ngày đánh giá cuối kỳ", "the edit deadline falls before the assessment"),
                    deadlineBeforeAssessment);
        }
        if (!secondTermAssessment.isAfter(firstTermAssessment)) {
            throw InvalidValueException.of("secondTermAssessment", "EditPolicy.order", LocalizedText.of(
                    "đánh giá cuối học kỳ II phải sau học kỳ I", "semester II's assessment comes after semester I's"),
                    secondTermAssessment);
        }
    }

    /**
     * The seeds' default policy for the given assessment dates.
     *
     * @param firstTermAssessment semester I's end-of-term assessment date, not null
     * @param secondTermAssessment semester II's end-of-term assessment date, not null
     * @return the policy, not null
     */
    public static EditPolicy seedDefault(LocalDate firstTermAssessment, LocalDate secondTermAssessment) {
        return new EditPolicy(VIETNAM, firstTermAssessment, secondTermAssessment, SEED_DEADLINE, true);
    }

    /**
     * A copy with another period before the assessment.
     *
     * @param period not negative, not null
     * @return the copy, not null
     */
    public EditPolicy withDeadlineBeforeAssessment(Period period) {
        return new EditPolicy(zone, firstTermAssessment, secondTermAssessment, period, endOfTermNeedsCorrection);
    }

    /**
     * A copy in which end-of-term scores do, or do not, need a correction request.
     *
     * @param needed whether they need one
     * @return the copy, not null
     */
    public EditPolicy withEndOfTermNeedsCorrection(boolean needed) {
        return new EditPolicy(zone, firstTermAssessment, secondTermAssessment, deadlineBeforeAssessment, needed);
    }

    /**
     * The end-of-term assessment date of a semester.
     *
     * @param term a semester; the whole year counts as semester II, not null
     * @return the date, not null
     */
    public LocalDate assessmentDate(Term term) {
        return term == Term.FIRST ? firstTermAssessment : secondTermAssessment;
    }

    /**
     * The last day on which an entered score of the semester may be changed directly: the
     * assessment date minus {@link #deadlineBeforeAssessment()}, inclusive.
     *
     * @param term the semester, not null
     * @return the last day, not null
     */
    public LocalDate editDeadline(Term term) {
        return assessmentDate(term).minus(deadlineBeforeAssessment);
    }

    /**
     * Whether a direct edit at the given instant is on or before the semester's last day, the day
     * counted in {@link #zone()}.
     *
     * @param term the semester, not null
     * @param at the instant, not null
     * @return true if allowed by the deadline
     */
    public boolean withinEditDeadline(Term term, Instant at) {
        return !LocalDate.ofInstant(at, zone).isAfter(editDeadline(term));
    }
}
