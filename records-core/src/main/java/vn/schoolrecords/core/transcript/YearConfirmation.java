package vn.schoolrecords.core.transcript;

import java.time.LocalDate;
import java.util.Objects;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * What the people of the school add to the decided results when a transcript page is made at
 * the end of the year: the homeroom teacher's comment (nhận xét của giáo viên chủ nhiệm), who
 * confirms the page for the head of school (the principal, or a vice principal delegated —
 * "KT. Hiệu trưởng"), and the date written on the page.
 *
 * @param homeroomComment the homeroom teacher's comment, 1–2,000 characters, not null
 * @param confirmerStaffId the staff id of the principal or delegated vice principal, not null
 * @param date the date of the page (ngày … tháng … năm), within the school year, not null
 */
public record YearConfirmation(String homeroomComment, String confirmerStaffId, LocalDate date) {

    /** The longest homeroom comment. */
    public static final int MAX_COMMENT = 2000;

    /** Checks presence and the texts. */
    public YearConfirmation {
        homeroomComment = Texts.text(homeroomComment, "homeroomComment", MAX_COMMENT);
        confirmerStaffId = Texts.id(confirmerStaffId, "confirmerStaffId");
        Objects.requireNonNull(date, "date");
    }
}
