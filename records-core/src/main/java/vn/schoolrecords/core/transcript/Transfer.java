package vn.schoolrecords.core.transcript;

import java.time.LocalDate;
import java.util.Objects;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * A student's move to another school (chuyển trường): the sending school records the results
 * so far and the transfer, and the receiving school continues the same transcript (seed 002
 * §II.3; TT 70/2026 Điều 7: the record is inherited).
 *
 * <p>A transfer dated on the day of a page or before it means the page is the receiving
 * school's; a transfer in the summer after the page leaves that page with the sending school.
 *
 * @param date the date of the transfer (the sending school's decision), not null
 * @param from the sending school (trường chuyển đi), not null
 * @param to the receiving school (trường chuyển đến), another school, not null
 */
public record Transfer(LocalDate date, School from, School to) {

    /**
     * Checks presence and that the schools differ (by school code).
     *
     * @throws TranscriptException {@link TranscriptProblem#TRANSFER_TO_SAME_SCHOOL} if they do not
     */
    public Transfer {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.code().equals(to.code())) {
            throw new TranscriptException(TranscriptProblem.TRANSFER_TO_SAME_SCHOOL, SchoolYear.containing(date), null,
                    LocalizedText.of("không thể chuyển trường đến chính trường " + from.code(),
                            "a transfer cannot be to the sending school itself, " + from.code()));
        }
    }

    /**
     * A transfer.
     *
     * @param date the date, not null
     * @param from the sending school, not null
     * @param to the receiving school, not null
     * @return the transfer, not null
     * @throws TranscriptException {@link TranscriptProblem#TRANSFER_TO_SAME_SCHOOL} if both are one school
     */
    public static Transfer of(LocalDate date, School from, School to) {
        return new Transfer(date, from, to);
    }
}
