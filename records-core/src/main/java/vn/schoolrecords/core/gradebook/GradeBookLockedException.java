package vn.schoolrecords.core.gradebook;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.school.Term;

/**
 * The semester is locked or its results approved: nothing changes except through an approved
 * correction request (001 Điều 4.5, 5.5; 002 §II.2). Nothing was changed.
 */
public final class GradeBookLockedException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "GRADEBOOK_LOCKED";

    private final Term term;
    private final TermStatus status;

    /**
     * Creates the exception.
     *
     * @param term the locked semester, not null
     * @param status its status, not null
     */
    public GradeBookLockedException(Term term, TermStatus status) {
        super(CODE, LocalizedText.of(
                "sổ điểm " + term.vietnameseName() + " đã khóa; chỉ sửa được qua đề nghị sửa điểm được hiệu trưởng duyệt",
                "the grade book of " + term + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
                        + "; only a correction request approved by the principal changes it"));
        this.term = term;
        this.status = status;
    }

    /** @return the locked semester, not null */
    public Term term() {
        return term;
    }

    /** @return {@link TermStatus#LOCKED} or {@link TermStatus#APPROVED}, not null */
    public TermStatus status() {
        return status;
    }
}
