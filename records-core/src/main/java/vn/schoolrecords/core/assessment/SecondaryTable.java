package vn.schoolrecords.core.assessment;

import java.util.Objects;
import java.util.Set;

/**
 * The numbers and articles in which TT 22/2021 and TT 43/2021 differ, so that one engine
 * ({@link SecondaryEngine}) runs both. Thresholds are in tenths of a point.
 *
 * <p>Package-private: it is data of {@link Tt22Rules} and {@link Tt43Rules}, not API. It lives
 * beside {@link Score} rather than in {@code .internal} because the engine needs
 * {@code Score.ofFraction}, the one place the rounding of averages is written.
 *
 * @param regime the circular
 * @param minSubjects how many scored subjects must reach the "at least n subjects" thresholds:
 *     6 under TT 22 Điều 9.2, 5 under TT 43 Điều 9.2
 * @param goodAll Tốt: every scored subject at least this (65)
 * @param goodHigh Tốt: at least {@code minSubjects} subjects at least this (80)
 * @param fairAll Khá: every scored subject at least this (50)
 * @param fairHigh Khá: at least {@code minSubjects} subjects at least this (65)
 * @param passHigh Đạt: at least {@code minSubjects} subjects at least this (50)
 * @param passFloor Đạt: no scored subject below this (35)
 * @param excellentHigh award Xuất sắc: at least {@code minSubjects} subjects at least this (90)
 * @param reassessBelow a scored subject whose year average is below this is re-assessed (50)
 * @param maxAbsences the most days absent that still allow promotion (45)
 * @param fairPassVerified false when the Khá and Đạt thresholds are a best reading (TT 43)
 * @param allCommentSubjectsCount true when every comment-only subject enters the level
 *     conditions (TT 22); false when only those in {@code countedCommentSubjects} do (TT 43)
 * @param countedCommentSubjects codes of the comment-only subjects whose result enters the
 *     level conditions when {@code allCommentSubjectsCount} is false
 * @param excellentAward the Xuất sắc title
 * @param goodAward the Giỏi title
 * @param promotionArticle the article on promotion (12 in TT 22, 11 in TT 43)
 * @param trainingArticle the article on summer conduct training (13, 12)
 * @param reassessmentArticle the article on summer re-assessment (14, 13)
 * @param awardArticle the article on awards (15, 14)
 */
record SecondaryTable(Regime regime, int minSubjects, int goodAll, int goodHigh, int fairAll, int fairHigh,
        int passHigh, int passFloor, int excellentHigh, int reassessBelow, int maxAbsences, boolean fairPassVerified,
        boolean allCommentSubjectsCount, Set<String> countedCommentSubjects, Award excellentAward, Award goodAward,
        int promotionArticle, int trainingArticle, int reassessmentArticle, int awardArticle) {

    /** TT 22/2021 as read in regulations.md §1. */
    static final SecondaryTable TT22 = new SecondaryTable(Regime.TT22_2021, 6, 65, 80, 50, 65, 50, 35, 90, 50, 45,
            true, true, Set.of(), Award.EXCELLENT_STUDENT, Award.GOOD_STUDENT, 12, 13, 14, 15);

    /**
     * TT 43/2021 as read in regulations.md §4 and its addendum §4: Tốt is confirmed; Khá and Đạt
     * are TT 22's with 5 subjects instead of 6 (unverified); no comment-subject condition.
     */
    static final SecondaryTable TT43 = new SecondaryTable(Regime.TT43_2021, 5, 65, 80, 50, 65, 50, 35, 90, 50, 45,
            false, false, Set.of(), Award.EXCELLENT_LEARNER, Award.GOOD_LEARNER, 11, 12, 13, 14);

    SecondaryTable {
        Objects.requireNonNull(regime, "regime");
        countedCommentSubjects = Set.copyOf(countedCommentSubjects);
        Objects.requireNonNull(excellentAward, "excellentAward");
        Objects.requireNonNull(goodAward, "goodAward");
    }

    /** @return the short name of the circular, e.g. {@code TT 22/2021} */
    String document() {
        return regime.shortName();
    }

    Citation cite(int article) {
        return Citation.of(document(), article);
    }

    Citation cite(int article, int clause) {
        return Citation.of(document(), article, clause);
    }

    Citation cite(int article, int clause, String point) {
        return Citation.of(document(), article, clause, point);
    }

    /**
     * Whether a comment-only subject's result enters the level conditions.
     *
     * @param code the subject's code
     * @return true if it counts
     */
    boolean commentCounts(String code) {
        return allCommentSubjectsCount || countedCommentSubjects.contains(code);
    }

    SecondaryTable withCountedCommentSubjects(Set<String> codes) {
        return new SecondaryTable(regime, minSubjects, goodAll, goodHigh, fairAll, fairHigh, passHigh, passFloor,
                excellentHigh, reassessBelow, maxAbsences, fairPassVerified, false, codes, excellentAward, goodAward,
                promotionArticle, trainingArticle, reassessmentArticle, awardArticle);
    }
}
