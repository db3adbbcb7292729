package vn.schoolrecords.core.assessment.internal;

import vn.schoolrecords.core.assessment.AcademicStanding;

/**
 * The criteria of TT 58/2011 Điều 13 on tenths: which standing a term's figures reach, and the
 * adjustment of khoản 6. Levels are {@link AcademicStanding} ordinals: 0 Giỏi … 4 Kém. Not part
 * of the API.
 */
public final class LegacyStandingCriteria {

    /** The overall (and key / specialised subject) average each level needs, in tenths: G, K, Tb, Y. */
    static final int[] AVERAGE_MIN = {80, 65, 50, 35};
    /** No subject below this, in tenths: G, K, Tb, Y. */
    static final int[] SUBJECT_MIN = {65, 50, 35, 20};

    private static final int GOOD = AcademicStanding.GOOD.ordinal();
    private static final int WEAK = AcademicStanding.WEAK.ordinal();
    private static final int POOR = AcademicStanding.POOR.ordinal();

    private LegacyStandingCriteria() {
    }

    /**
     * The overall average needed for a level.
     *
     * @param level 0 (Giỏi) to 3 (Yếu)
     * @return tenths
     */
    public static int averageMin(int level) {
        return AVERAGE_MIN[level];
    }

    /**
     * The lowest subject average allowed at a level.
     *
     * @param level 0 (Giỏi) to 3 (Yếu)
     * @return tenths
     */
    public static int subjectMin(int level) {
        return SUBJECT_MIN[level];
    }

    /**
     * The standing the criteria of Điều 13.1–5 give.
     *
     * @param v the term's figures
     * @return the level's ordinal
     */
    public static int computed(LegacyTermView v) {
        int commentFails = v.commentFails();
        for (int level = 0; level < WEAK; level++) {
            if (averagesHold(v, level) && responsible(v, level, commentFails) == 0) {
                return level;
            }
        }
        // Yếu asks neither the key subject nor the comment subjects (Điều 13.4).
        return v.average() >= AVERAGE_MIN[WEAK] && responsible(v, WEAK, 0) == 0 ? WEAK : POOR;
    }

    /**
     * The standing after Điều 13.6: when the averages reach Giỏi or Khá and one single subject
     * pulls the standing down two levels, it is raised one level (G→Tb ⇒ K, G→Y ⇒ Tb, K→Y ⇒ Tb,
     * K→Kém ⇒ Y). Giỏi is tried first, then Khá.
     *
     * @param v the term's figures
     * @param computed the computed level's ordinal
     * @return the adjusted level's ordinal, equal to {@code computed} when no adjustment applies
     */
    public static int adjusted(LegacyTermView v, int computed) {
        int commentFails = v.commentFails();
        for (int reached = 0; reached <= GOOD; reached++) {
            if (averagesHold(v, reached) && responsible(v, reached, commentFails) == 1
                    && adjustable(reached, computed)) {
                return computed - 1;
            }
        }
        return computed;
    }

    /**
     * Whether Điều 13.6 lists the pair: reached G, computed Tb or Y; reached K, computed Y or Kém.
     *
     * @param reached the level the averages reach
     * @param computed the computed level
     * @return true if listed
     */
    public static boolean adjustable(int reached, int computed) {
        return reached == 0 ? computed == 2 || computed == 3 : reached == 1 && (computed == 3 || computed == 4);
    }

    /**
     * Whether the overall, key-subject and specialised-subject averages reach a level.
     *
     * @param v the figures
     * @param level 0–2
     * @return true if all three hold
     */
    public static boolean averagesHold(LegacyTermView v, int level) {
        return v.average() >= AVERAGE_MIN[level] && keyHolds(v, level) && specialisedHolds(v, level);
    }

    /**
     * Whether at least one key subject reaches the level's average.
     *
     * @param v the figures
     * @param level 0–2
     * @return true if one does
     */
    public static boolean keyHolds(LegacyTermView v, int level) {
        int[] scored = v.scored();
        boolean[] key = v.key();
        for (int i = 0; i < scored.length; i++) {
            if (key[i] && scored[i] >= AVERAGE_MIN[level]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the specialised subject, if any, reaches the level's average.
     *
     * @param v the figures
     * @param level 0–2
     * @return true if there is none or it does
     */
    public static boolean specialisedHolds(LegacyTermView v, int level) {
        return v.specialised() < 0 || v.scored()[v.specialised()] >= AVERAGE_MIN[level];
    }

    /**
     * How many subjects keep the student from a level: scored subjects below its minimum plus
     * comment subjects graded CĐ.
     *
     * @param v the figures
     * @param level 0–3
     * @param commentFails the comment subjects graded CĐ that count at this level
     * @return the count
     */
    public static int responsible(LegacyTermView v, int level, int commentFails) {
        int n = commentFails;
        for (int s : v.scored()) {
            if (s < SUBJECT_MIN[level]) {
                n++;
            }
        }
        return n;
    }
}
