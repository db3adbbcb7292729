package vn.schoolrecords.core.transcript;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * A copy of the whole transcript reissued after loss (cấp lại học bạ, seed 002 §II.4): printed
 * from the software on a written request, bound, sealed across pages, stamped "Bản sao" with
 * the number of the reissue on the cover. Numbers run 1, 2, 3 … and are never reused, even
 * when a copy is later cancelled.
 *
 * @param number the reissue number (lần cấp lại), from 1, not null
 * @param date the date of the reissue, not null
 * @param requester who made the written request (người đề nghị), 1–200 characters, not null
 * @param reason the reason given (lý do), 1–500 characters, not null
 * @param schoolCode the code of the school that reissued it, not null
 * @param cancellation the cancellation of this copy, or empty, not null
 */
public record Reissue(int number, LocalDate date, String requester, String reason, String schoolCode,
        Optional<ReissueCancellation> cancellation) {

    /** Checks every part; a cancellation is not dated before the copy. */
    public Reissue {
        if (number < 1) {
            throw InvalidValueException.of("number", "Min", LocalizedText.of(
                    "số lần cấp lại bắt đầu từ 1", "reissue numbers start at 1"), number);
        }
        Objects.requireNonNull(date, "date");
        requester = Texts.text(requester, "requester", 200);
        reason = Texts.text(reason, "reason", 500);
        schoolCode = Texts.id(schoolCode, "schoolCode");
        Objects.requireNonNull(cancellation, "cancellation");
        if (cancellation.isPresent() && cancellation.get().date().isBefore(date)) {
            throw InvalidValueException.of("cancellation.date", "Reissue.cancellationDate", LocalizedText.of(
                    "ngày hủy trước ngày cấp lại", "cancelled before it was issued"), cancellation.get().date());
        }
    }

    /** @return true if this copy has not been cancelled */
    public boolean valid() {
        return cancellation.isEmpty();
    }

    /** @return the words printed on the cover, e.g. {@code BẢN SAO — Cấp lại lần thứ 2}, not null */
    public String coverText() {
        return "BẢN SAO — Cấp lại lần thứ " + number;
    }
}
