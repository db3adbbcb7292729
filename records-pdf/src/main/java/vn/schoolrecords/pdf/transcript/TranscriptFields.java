package vn.schoolrecords.pdf.transcript;

import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.transcript.SignatureFields;
import vn.schoolrecords.core.transcript.SigningPart;

/**
 * The names of the empty signature fields (ô chữ ký) of a printed transcript, one per part of
 * each year's signing plan, for records-signing to fill: the role as the class list names it
 * ({@code subject-TOAN}, {@code homeroom}, {@code principal}, {@code school-seal}) with the
 * school year's first calendar year after the role, since one transcript holds several years:
 * {@code subject-2022-TOAN}, {@code homeroom-2022}, {@code principal-2022}, {@code school-seal-2022}.
 */
public final class TranscriptFields {

    private TranscriptFields() {
    }

    /**
     * The field of a part of a year's page.
     *
     * @param year the page's school year, not null
     * @param part the part signed, not null
     * @return the field's name, not null
     */
    public static String name(SchoolYear year, SigningPart part) {
        return SignatureFields.name(year, part);
    }
}
