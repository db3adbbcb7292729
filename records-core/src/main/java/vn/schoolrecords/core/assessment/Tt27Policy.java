package vn.schoolrecords.core.assessment;

/**
 * The choices TT 27/2020 leaves to reading, named so that a vendor or a province (Sở) can see
 * and override them: pass another policy to {@link Tt27Rules#withPolicy(Tt27Policy)}. Each is
 * listed in {@code docs/interpretations/tt27-2020.md}.
 *
 * @param midTermPointsRequired true to require the mid-HK I and mid-HK II levels of every
 *     subject and the mid-term tests of Tiếng Việt and Toán in grades 4–5 (Điều 7, khoản 1,
 *     điểm a–b); false (default) because the year's result (Điều 9) reads only the end-of-year
 *     point, so their absence changes nothing the rules conclude
 * @param principalPromotionCompletesPrimary true to record "Hoàn thành chương trình tiểu học"
 *     for a grade-5 student whom the principal lets move on without completing the grade
 *     (Điều 11, khoản 3); false (default) because the circular grants it to students who
 *     completed the grade-5 programme
 */
public record Tt27Policy(boolean midTermPointsRequired, boolean principalPromotionCompletesPrimary) {

    /** Mid-term points optional; the principal's promotion does not complete primary. (Interpretation.) */
    public static final Tt27Policy DEFAULT = new Tt27Policy(false, false);
}
