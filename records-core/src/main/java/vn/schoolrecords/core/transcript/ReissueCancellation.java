package vn.schoolrecords.core.transcript;

import java.time.LocalDate;
import java.util.Objects;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * The cancellation of a reissued copy (hủy bản sao), e.g. one printed with an error. Its number
 * stays used: the next copy takes the next number.
 *
 * @param date the date of cancellation, not before the copy's, not null
 * @param reason why, 1–500 characters, not null
 */
public record ReissueCancellation(LocalDate date, String reason) {

    /** Checks presence and the reason. */
    public ReissueCancellation {
        Objects.requireNonNull(date, "date");
        reason = Texts.text(reason, "reason", 500);
    }
}
