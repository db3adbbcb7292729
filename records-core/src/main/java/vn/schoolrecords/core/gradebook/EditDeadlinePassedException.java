package vn.schoolrecords.core.gradebook;

import java.time.Instant;
import java.time.LocalDate;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * The last day to change an entered score directly has passed (001 Điều 8.2: one week before the
 * semester's end-of-term assessment, by default): file a correction request instead. Nothing was
 * changed.
 */
public final class EditDeadlinePassedException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "EDIT_DEADLINE_PASSED";

    private final LocalDate deadline;
    private final Instant at;

    /**
     * Creates the exception.
     *
     * @param deadline the last day on which direct edits were allowed, not null
     * @param at when the edit was attempted, not null
     */
    public EditDeadlinePassedException(LocalDate deadline, Instant at) {
        super(CODE, LocalizedText.of(
                "đã quá hạn sửa điểm (ngày cuối: " + deadline + "; 001 Điều 8.2); hãy gửi đề nghị sửa điểm",
                "the edit deadline has passed (last day: " + deadline + "; 001 Điều 8.2); file a correction request"));
        this.deadline = deadline;
        this.at = at;
    }

    /** @return the last day on which direct edits were allowed, not null */
    public LocalDate deadline() {
        return deadline;
    }

    /** @return when the edit was attempted, not null */
    public Instant at() {
        return at;
    }
}
