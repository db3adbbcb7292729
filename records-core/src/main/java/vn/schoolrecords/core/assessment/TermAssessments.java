package vn.schoolrecords.core.assessment;

import java.util.List;

/**
 * The recorded assessments of one subject in one semester: regular assessments (đánh giá
 * thường xuyên, ĐĐGtx), periodic ones (đánh giá định kỳ giữa kỳ, ĐĐGgk — under TT 58/2011
 * the periodic tests, KTđk) and the end-of-term assessment (đánh giá cuối kỳ, ĐĐGck).
 *
 * <p>A missed assessment with no make-up is recorded, as the circular says, as 0 or Chưa đạt
 * (TT 22/2021 Điều 7.4) — it is never left out.
 */
public sealed interface TermAssessments permits ScoredTerm, CommentTerm {

    /** @return the regular assessments in the order taken, not null */
    List<? extends Mark> regular();

    /** @return the periodic (mid-term) assessments, one under TT 22/2021 and TT 26/2020, not null */
    List<? extends Mark> periodic();

    /** @return the end-of-term assessment, not null */
    Mark endOfTerm();
}
