package vn.schoolrecords.core.gradebook;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * An end-of-term score cannot be changed directly: it follows the correction procedure (001
 * Điều 8.3; 002 §II.2). Nothing was changed.
 */
public final class CorrectionRequiredException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "CORRECTION_REQUIRED";

    private final MarkCell cell;

    /**
     * Creates the exception.
     *
     * @param cell the cell, not null
     */
    public CorrectionRequiredException(MarkCell cell) {
        super(CODE, LocalizedText.of(
                "điểm đánh giá cuối kỳ chỉ sửa được qua đề nghị sửa điểm (001 Điều 8.3): " + cell,
                "an end-of-term score is changed only through a correction request (001 Điều 8.3): " + cell));
        this.cell = cell;
    }

    /** @return the cell, not null */
    public MarkCell cell() {
        return cell;
    }
}
