package vn.schoolrecords.core.assessment.internal;

import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.Term;

/**
 * The figures of one term that TT 58/2011 Điều 13 classifies, held as tenths in arrays so that
 * the fast path allocates little and compares integers only. Not part of the API.
 *
 * @param term the term
 * @param average the overall average (ĐTBhk / ĐTBcn) in tenths
 * @param scored each scored subject's average in tenths
 * @param scoredSubjects the scored subjects, same order
 * @param key whether each scored subject is a key subject (môn Toán, Ngữ văn…)
 * @param specialised the index of the specialised subject in {@code scored}, or -1
 * @param commentSubjects the comment subjects of the term
 * @param commentPass whether each comment subject is Đ
 */
public record LegacyTermView(Term term, int average, int[] scored, Subject[] scoredSubjects, boolean[] key,
        int specialised, Subject[] commentSubjects, boolean[] commentPass) {

    /** @return how many comment subjects are CĐ */
    public int commentFails() {
        int n = 0;
        for (boolean pass : commentPass) {
            if (!pass) {
                n++;
            }
        }
        return n;
    }
}
