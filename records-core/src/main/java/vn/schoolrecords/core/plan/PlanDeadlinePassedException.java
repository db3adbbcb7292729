package vn.schoolrecords.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A lesson plan is approved on or after its teaching date and the school's policy does not
 * accept late approvals: a lesson plan is approved before the lesson (004 §2.2). Nothing was
 * changed.
 */
public final class PlanDeadlinePassedException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "PLAN_DEADLINE_PASSED";

    private final LocalDate dueBefore;
    private final Instant at;

    /**
     * Creates the exception.
     *
     * @param dueBefore the first day on which it is late, not null
     * @param at when the approval came, not null
     */
    public PlanDeadlinePassedException(LocalDate dueBefore, Instant at) {
        super(CODE, LocalizedText.of(
                "kế hoạch bài dạy phải được duyệt trước ngày dạy " + dueBefore + " (004 §2.2); lúc duyệt: " + at,
                "a lesson plan is approved before its teaching date " + dueBefore + " (004 §2.2); approval at " + at));
        this.dueBefore = dueBefore;
        this.at = at;
    }

    /** @return the first day on which it is late, not null */
    public LocalDate dueBefore() {
        return dueBefore;
    }

    /** @return when the approval came, not null */
    public Instant at() {
        return at;
    }
}
