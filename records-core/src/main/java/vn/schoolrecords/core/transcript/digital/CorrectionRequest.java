package vn.schoolrecords.core.transcript.digital;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.WorkingCalendar;

/**
 * A request to correct an issued digital transcript (yêu cầu chỉnh lý học bạ số), which must be
 * processed within {@value #WORKING_DAYS} working days (TT 70/2026/TT-BGDĐT, Điều 22 khoản 8).
 * The due date is fixed when the request is received, by the caller's {@link WorkingCalendar},
 * and kept in the log; a late answer is still made and recorded as late.
 *
 * @param number the request's number in the record, 1, 2, 3 … in order of receipt
 * @param requester who asked (the learner, a parent, the school …), not blank
 * @param reason what is to be corrected and why, not blank
 * @param receivedAt when the request was received, not null
 * @param dueDate the last day to process it, in Vietnam, not before the day of receipt, not null
 * @param inProgress true once a recall that answers it is made, until it is resolved
 * @param resolution how and when it was answered, or empty while open, not null
 */
public record CorrectionRequest(int number, String requester, String reason, Instant receivedAt, LocalDate dueDate,
        boolean inProgress, Optional<Resolution> resolution) {

    /** The time allowed, in working days (TT 70/2026/TT-BGDĐT, Điều 22 khoản 8). */
    public static final int WORKING_DAYS = 10;

    /** The rule of the time allowed. */
    public static final String CITATION = "TT 70/2026/TT-BGDĐT, Điều 22 khoản 8";

    /**
     * Checks the parts.
     *
     * @throws InvalidValueException if the number is below 1, a text is blank, or the due date
     *     precedes the day of receipt
     */
    public CorrectionRequest {
        if (number < 1) {
            throw InvalidValueException.of("number", "CorrectionRequest.number", LocalizedText.of(
                    "số thứ tự yêu cầu bắt đầu từ 1", "request numbers start at 1"), number);
        }
        DigitalRecord.requireText(requester, "requester");
        DigitalRecord.requireText(reason, "reason");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(resolution, "resolution");
        if (dueDate.isBefore(dayOf(receivedAt))) {
            throw InvalidValueException.of("dueDate", "CorrectionRequest.dueDate", LocalizedText.of(
                    "hạn xử lý không trước ngày nhận", "the due date is not before the day of receipt"), dueDate);
        }
    }

    /**
     * The due date of a request received at an instant: the {@value #WORKING_DAYS}th working day
     * after the day of receipt in Vietnam.
     *
     * @param receivedAt when it was received, not null
     * @param calendar the working days, not null
     * @return the last day to process it, not null
     */
    public static LocalDate dueDate(Instant receivedAt, WorkingCalendar calendar) {
        return Objects.requireNonNull(calendar, "calendar").plusWorkingDays(dayOf(receivedAt), WORKING_DAYS);
    }

    /** @return true while it is not resolved */
    public boolean isOpen() {
        return resolution.isEmpty();
    }

    /**
     * Whether the request is open after its due date.
     *
     * @param at the instant of the question, not null
     * @return true if open and the due date, in Vietnam, has passed
     */
    public boolean isOverdue(Instant at) {
        return isOpen() && dayOf(at).isAfter(dueDate);
    }

    /**
     * Whether an answer at an instant is within the time allowed.
     *
     * @param at the instant of the answer, not null
     * @return true if on or before the due date, in Vietnam
     */
    public boolean isOnTime(Instant at) {
        return !dayOf(at).isAfter(dueDate);
    }

    CorrectionRequest started() {
        return new CorrectionRequest(number, requester, reason, receivedAt, dueDate, true, resolution);
    }

    CorrectionRequest resolved(Resolution r) {
        return new CorrectionRequest(number, requester, reason, receivedAt, dueDate, false, Optional.of(r));
    }

    private static LocalDate dayOf(Instant at) {
        return Objects.requireNonNull(at, "at").atOffset(DigitalTranscript.VIETNAM).toLocalDate();
    }

    /**
     * How and when a request was answered.
     *
     * @param at when, not null
     * @param outcome re-issued or declined, not null
     * @param detail the new lookup code of the re-issued record, or why it was declined, not blank
     * @param onTime true if on or before the due date
     */
    public record Resolution(Instant at, CorrectionOutcome outcome, String detail, boolean onTime) {
        /** Checks presence. */
        public Resolution {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(outcome, "outcome");
            DigitalRecord.requireText(detail, "detail");
        }
    }
}
