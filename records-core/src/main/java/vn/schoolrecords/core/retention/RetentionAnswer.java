package vn.schoolrecords.core.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.LocalizedText;

/**
 * The answer to "may this record be disposed of (tiêu hủy), and from when?", with why.
 *
 * <p>An {@link Outcome#UNKNOWN} answer means "unknown, consult the circular": the stored sources
 * do not give the period, and the library does not guess. Disposal is never decided by the
 * library alone; a permitted date is the earliest date on which the school's appraisal council
 * (hội đồng xác định giá trị tài liệu) may propose it.
 *
 * @param kind the record kind asked about, not null
 * @param closingDate the date the record was closed (hồ sơ kết thúc), not null
 * @param asOf the date of the question, which selects the schedule in force, not null
 * @param schedule the schedule in force on {@code asOf} that gave the answer, or empty if none covers that date
 * @param rule the entry used, or empty if the schedule has none for the kind
 * @param outcome the outcome, not null
 * @param disposableFrom the first day disposal is permitted, present exactly for {@link Outcome#DISPOSABLE_FROM}
 * @param holds the legal holds in force on the record, each blocking disposal, not null
 * @param certain false when the schedule was selected with an assumed effective date (see
 *     {@link RetentionRules#DEFAULT_TT08_2025_EFFECTIVE_DATE}), or the entry is unconfirmed
 * @param explanation why, citing the circular and item, in both languages, not null
 */
public record RetentionAnswer(RecordKind kind, LocalDate closingDate, LocalDate asOf, Optional<String> schedule,
        Optional<RetentionRule> rule, Outcome outcome, Optional<LocalDate> disposableFrom, List<LegalHold> holds,
        boolean certain, LocalizedText explanation) {

    /** What may happen to the record. */
    public enum Outcome {
        /** Kept for a number of years; may be disposed of from {@code disposableFrom}. */
        DISPOSABLE_FROM,
        /** Kept permanently (vĩnh viễn); never disposed of. */
        PERMANENT,
        /** Not kept: returned to the student on graduation or transfer (TT 27/2016 item 55). */
        RETURN_TO_STUDENT,
        /** Unknown from the stored sources: consult the circular. */
        UNKNOWN
    }

    /** Checks presence and copies the holds. */
    public RetentionAnswer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(closingDate, "closingDate");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(disposableFrom, "disposableFrom");
        holds = List.copyOf(holds);
        Objects.requireNonNull(explanation, "explanation");
        if (disposableFrom.isPresent() != (outcome == Outcome.DISPOSABLE_FROM)) {
            throw new IllegalArgumentException("disposableFrom is present exactly for DISPOSABLE_FROM");
        }
    }

    /**
     * Whether the record may be disposed of on the date of the question: its period has run out,
     * no legal hold is in force, and the answer is certain.
     *
     * @return true only then
     */
    public boolean mayDisposeNow() {
        return certain && holds.isEmpty() && disposableFrom.filter(d -> !asOf.isBefore(d)).isPresent();
    }

    /**
     * Whether a legal hold is what keeps an otherwise disposable record.
     *
     * @return true if the period has run out but a hold is in force
     */
    public boolean blockedByHold() {
        return !holds.isEmpty() && disposableFrom.filter(d -> !asOf.isBefore(d)).isPresent();
    }

    /**
     * Whether the entry used was confirmed in a source.
     *
     * @return the entry's confirmation, {@link Confirmation#UNCONFIRMED} when there is no entry
     */
    public Confirmation confirmation() {
        return rule.map(RetentionRule::confirmation).orElse(Confirmation.UNCONFIRMED);
    }
}
