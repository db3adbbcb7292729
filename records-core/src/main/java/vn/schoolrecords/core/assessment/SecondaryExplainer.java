package vn.schoolrecords.core.assessment;

import static vn.schoolrecords.core.assessment.SecondaryEngine.COL_FINAL;
import static vn.schoolrecords.core.assessment.SecondaryEngine.COL_ROLE;
import static vn.schoolrecords.core.assessment.SecondaryEngine.COL_YEAR;
import static vn.schoolrecords.core.assessment.SecondaryEngine.FAIL;
import static vn.schoolrecords.core.assessment.SecondaryEngine.ROLE_COMMENT;
import static vn.schoolrecords.core.assessment.SecondaryEngine.ROLE_SCORED;
import static vn.schoolrecords.core.assessment.SecondaryEngine.SLOTS;

import java.util.ArrayList;
import java.util.List;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.Term;

/**
 * Builds the reasons of a {@link SecondaryOutcome} from its compact results, only when asked
 * for. Every condition the engine checked appears once, held or failed, with its values and
 * article. Condition identifiers are {@code <TERM>.<LEVEL>.<CONDITION>}, e.g.
 * {@code CN.FAIR.ALL_AT_LEAST}.
 */
final class SecondaryExplainer {

    private final SecondaryOutcome outcome;
    private final SecondaryTable t;
    private final int[] res;
    private final List<Subject> subjects;
    private final List<Reason> out = new ArrayList<>();

    private SecondaryExplainer(SecondaryOutcome outcome) {
        this.outcome = outcome;
        this.t = outcome.table();
        this.res = outcome.results();
        this.subjects = outcome.record().subjects().stream().map(SubjectYear::subject).toList();
    }

    static List<Reason> explain(SecondaryOutcome outcome) {
        SecondaryExplainer e = new SecondaryExplainer(outcome);
        e.averages();
        e.levels("HK_I", "học kỳ I", "semester I", 0, outcome.packed(Term.FIRST));
        e.levels("HK_II", "học kỳ II", "semester II", 1, outcome.packed(Term.SECOND));
        e.levels("CN", "cả năm", "the year", COL_YEAR, outcome.packed(Term.WHOLE_YEAR));
        e.conduct();
        e.promotion();
        e.awards();
        return e.out;
    }

    private void add(String id, boolean held, String vi, String en, Citation citation) {
        out.add(new Reason(id, held, LocalizedText.of(vi, en), citation));
    }

    private void averages() {
        for (int i = 0; i < subjects.size(); i++) {
            int base = i * SLOTS;
            Subject s = subjects.get(i);
            String values = "HK I " + show(res[base]) + ", HK II " + show(res[base + 1]) + ", CN "
                    + show(res[base + COL_YEAR]);
            if (res[base + COL_ROLE] == ROLE_SCORED) {
                add("AVERAGE." + s.code(), true, s.name() + ": ĐTBmhk/ĐTBmcn " + values,
                        s.name() + ": semester/year averages " + values, t.cite(9, 1, "b"));
            } else {
                String counts = res[base + COL_ROLE] == ROLE_COMMENT ? "" : " (không tính khi xếp loại)";
                add("COMMENT." + s.code(), true, s.name() + ": " + values + counts,
                        s.name() + ": " + values + (counts.isEmpty() ? "" : " (not counted for the level)"),
                        t.cite(9, 1, "a"));
            }
        }
    }

    private void levels(String term, String termVi, String termEn, int col, int packed) {
        int computed = SecondaryEngine.computed(packed);
        checkLevels(term, col, computed);
        AchievementLevel level = SecondaryEngine.level(computed);
        add(term + ".LEVEL", true, "Kết quả học tập " + termVi + ": " + level.vietnameseName(),
                "Learning result of " + termEn + ": " + level.vietnameseName(), t.cite(9, 2));
        adjustment(term, termVi, termEn, col, packed);
        if (col == COL_YEAR && outcome.packedAfterReassessment() >= 0) {
            int after = outcome.packedAfterReassessment();
            checkLevels("CN_SAU_HE", COL_FINAL, SecondaryEngine.computed(after));
            AchievementLevel a = SecondaryEngine.level(SecondaryEngine.adjusted(after));
            add("CN_SAU_HE.LEVEL", true, "Kết quả học tập cả năm sau đánh giá lại: " + a.vietnameseName(),
                    "Learning result of the year after re-assessment: " + a.vietnameseName(),
                    t.cite(t.reassessmentArticle()));
            adjustment("CN_SAU_HE", "cả năm sau đánh giá lại", "the year after re-assessment", COL_FINAL, after);
        }
    }

    /** Lists every condition of each level from Tốt down to the one found. */
    private void checkLevels(String term, int col, int found) {
        int need = t.minSubjects();
        String unverified = t.fairPassVerified() ? "" : " [ngưỡng chưa kiểm chứng]";
        String unverifiedEn = t.fairPassVerified() ? "" : " [threshold unverified]";
        Citation a = t.cite(9, 2, "a");
        allComments(term + ".GOOD.COMMENTS_ALL_PASS", "Tốt", col, a, "", "");
        allAtLeast(term + ".GOOD.ALL_AT_LEAST", "Tốt", col, t.goodAll(), a, "", "");
        countAtLeast(term + ".GOOD.COUNT_AT_LEAST", "Tốt", col, t.goodHigh(), need, a, "", "");
        if (found == SecondaryEngine.GOOD) {
            return;
        }
        Citation b = t.cite(9, 2, "b");
        allComments(term + ".FAIR.COMMENTS_ALL_PASS", "Khá", col, b, unverified, unverifiedEn);
        allAtLeast(term + ".FAIR.ALL_AT_LEAST", "Khá", col, t.fairAll(), b, unverified, unverifiedEn);
        countAtLeast(term + ".FAIR.COUNT_AT_LEAST", "Khá", col, t.fairHigh(), need, b, unverified, unverifiedEn);
        if (found == SecondaryEngine.FAIR) {
            return;
        }
        Citation c = t.cite(9, 2, "c");
        List<Subject> failedComments = failedComments(col);
        if (t.allCommentSubjectsCount() || !t.countedCommentSubjects().isEmpty()) {
            add(term + ".PASS.AT_MOST_ONE_COMMENT_FAIL", failedComments.size() <= 1,
                    (failedComments.size() <= 1 ? "Đạt: " : "Đạt chưa đạt: ") + failedComments.size()
                            + " môn đánh giá bằng nhận xét Chưa đạt (tối đa 1)" + names(failedComments) + unverified,
                    (failedComments.size() <= 1 ? "Đạt: " : "Đạt not reached: ") + failedComments.size()
                            + " comment subjects at Chưa đạt (at most 1)" + names(failedComments) + unverifiedEn, c);
        }
        countAtLeast(term + ".PASS.COUNT_AT_LEAST", "Đạt", col, t.passHigh(), need, c, unverified, unverifiedEn);
        allAtLeast(term + ".PASS.NONE_BELOW", "Đạt", col, t.passFloor(), c, unverified, unverifiedEn);
    }

    private void allComments(String id, String level, int col, Citation citation, String flag, String flagEn) {
        if (!t.allCommentSubjectsCount() && t.countedCommentSubjects().isEmpty()) {
            return; // TT 43 by default: no comment-subject condition
        }
        List<Subject> failed = failedComments(col);
        boolean held = failed.isEmpty();
        add(id, held, (held ? level + ": mọi môn đánh giá bằng nhận xét Đạt"
                        : level + " chưa đạt: môn đánh giá bằng nhận xét Chưa đạt" + names(failed)) + flag,
                (held ? level + ": every comment subject Đạt"
                        : level + " not reached: comment subject at Chưa đạt" + names(failed)) + flagEn, citation);
    }

    private void allAtLeast(String id, String level, int col, int threshold, Citation citation, String flag,
            String flagEn) {
        StringBuilder below = new StringBuilder();
        for (int i = 0; i < subjects.size(); i++) {
            int v = res[i * SLOTS + col];
            if (res[i * SLOTS + COL_ROLE] == ROLE_SCORED && v < threshold) {
                below.append(below.length() == 0 ? "" : "; ").append(subjects.get(i).name()).append(' ')
                        .append(show(v)).append(" < ").append(show(threshold));
            }
        }
        boolean held = below.length() == 0;
        add(id, held, held ? level + ": mọi môn đánh giá bằng điểm ≥ " + show(threshold) + flag
                        : level + " chưa đạt: " + below + flag,
                held ? level + ": every scored subject ≥ " + show(threshold) + flagEn
                        : level + " not reached: " + below + flagEn, citation);
    }

    private void countAtLeast(String id, String level, int col, int threshold, int need, Citation citation,
            String flag, String flagEn) {
        int count = 0;
        for (int i = 0; i < subjects.size(); i++) {
            if (res[i * SLOTS + COL_ROLE] == ROLE_SCORED && res[i * SLOTS + col] >= threshold) {
                count++;
            }
        }
        boolean held = count >= need;
        add(id, held, (held ? level + ": " : level + " chưa đạt: ") + count + " môn ≥ " + show(threshold)
                        + (held ? " (cần ít nhất " : " < ") + need + (held ? ")" : " môn cần có") + flag,
                (held ? level + ": " : level + " not reached: ") + count + " subjects ≥ " + show(threshold)
                        + (held ? " (at least " : " < ") + need + (held ? " required)" : " required") + flagEn,
                citation);
    }

    private void adjustment(String term, String termVi, String termEn, int col, int packed) {
        int computed = SecondaryEngine.computed(packed);
        if (computed < SecondaryEngine.PASS_LEVEL) {
            return;
        }
        int adjusted = SecondaryEngine.adjusted(packed);
        String from = SecondaryEngine.level(computed).vietnameseName();
        String to = SecondaryEngine.level(adjusted).vietnameseName();
        boolean held = adjusted != computed;
        add(term + ".ADJUSTMENT", held,
                held ? "Điều chỉnh " + termVi + ": " + from + " → " + to
                        + " (mức thấp xuống từ 2 mức trở lên chỉ do kết quả của 1 môn học)"
                        : "Không điều chỉnh " + termVi + ": không có đúng 1 môn duy nhất làm mức thấp xuống từ 2 mức trở lên",
                held ? "Adjusted " + termEn + ": " + from + " → " + to
                        + " (lowered by two levels or more by one subject's result only)"
                        : "No adjustment of " + termEn + ": no single subject alone lowers the level by two or more",
                t.cite(9, 3));
    }

    private void conduct() {
        SecondaryYear r = outcome.record();
        AchievementLevel year = outcome.conductOfYear();
        add("CONDUCT.YEAR", true, "Rèn luyện: HK I " + r.conductFirst().vietnameseName() + ", HK II "
                        + r.conductSecond().vietnameseName() + " → cả năm " + year.vietnameseName(),
                "Conduct: semester I " + r.conductFirst().vietnameseName() + ", semester II "
                        + r.conductSecond().vietnameseName() + " → year " + year.vietnameseName(), t.cite(8, 2, "b"));
        r.conductAfterSummerTraining().ifPresent(c -> add("CONDUCT.AFTER_TRAINING", true,
                "Rèn luyện đánh giá lại sau rèn luyện hè: " + c.vietnameseName(),
                "Conduct re-assessed after summer training: " + c.vietnameseName(), t.cite(t.trainingArticle())));
    }

    private void promotion() {
        SecondaryYear r = outcome.record();
        int art = t.promotionArticle();
        AchievementLevel conduct = (AchievementLevel) outcome.conductLevel().orElseThrow();
        boolean conductOk = conduct.isAtLeast(AchievementLevel.PASS);
        add("PROMOTION.CONDUCT", conductOk, "Rèn luyện cả năm " + conduct.vietnameseName() + (conductOk ? " ≥ " : " < ")
                        + "Đạt", "Year conduct " + conduct.vietnameseName() + (conductOk ? " ≥ " : " < ") + "Đạt",
                t.cite(art, 1, "a"));
        AchievementLevel learning = outcome.learningLevel();
        boolean learningOk = learning.isAtLeast(AchievementLevel.PASS);
        add("PROMOTION.LEARNING", learningOk, "Kết quả học tập cả năm " + learning.vietnameseName()
                        + (learningOk ? " ≥ " : " < ") + "Đạt",
                "Year learning result " + learning.vietnameseName() + (learningOk ? " ≥ " : " < ") + "Đạt",
                t.cite(art, 1, "b"));
        boolean absencesOk = r.absences() <= t.maxAbsences();
        add("PROMOTION.ABSENCES", absencesOk, "Nghỉ " + r.absences() + " buổi" + (absencesOk ? " ≤ " : " > ")
                        + t.maxAbsences(), "Absent " + r.absences() + " days" + (absencesOk ? " ≤ " : " > ")
                        + t.maxAbsences(), t.cite(art, 1, "c"));
        if (r.disability() && outcome.yearEndPromotion() == PromotionStatus.PRINCIPAL_DECIDES) {
            add("PROMOTION.DISABILITY", true, "Học sinh khuyết tật: hiệu trưởng xem xét, quyết định",
                    "Student with a disability: the principal decides", t.cite(art, 2));
        }
        if (outcome.yearEndPromotion() == PromotionStatus.SUMMER_CONDUCT_TRAINING) {
            add("SUMMER.CONDUCT_TRAINING", true, "Rèn luyện cả năm Chưa đạt: rèn luyện trong kỳ nghỉ hè",
                    "Year conduct Chưa đạt: summer conduct training", t.cite(t.trainingArticle(), 1));
        }
        List<Subject> again = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            if ((outcome.reassessmentMask() & (1L << i)) != 0) {
                again.add(subjects.get(i));
            }
        }
        if (!again.isEmpty()) {
            add("SUMMER.REASSESSMENT", true, "Kiểm tra, đánh giá lại trong hè các môn" + names(again)
                            + " (môn nhận xét Chưa đạt, môn tính điểm có ĐTBmcn < " + show(t.reassessBelow()) + ")",
                    "Summer re-assessment of" + names(again) + " (comment subjects at Chưa đạt, scored subjects"
                            + " with a year average < " + show(t.reassessBelow()) + ")",
                    t.cite(t.reassessmentArticle(), 1));
        }
        if (outcome.yearEndPromotion() != outcome.promotion()) {
            add("PROMOTION.YEAR_END", true, "Cuối năm học: " + outcome.yearEndPromotion().vietnameseName(),
                    "At the end of the school year: " + outcome.yearEndPromotion(), t.cite(art));
        }
        add("PROMOTION.RESULT", true, "Kết quả: " + outcome.promotion().vietnameseName(),
                "Result: " + outcome.promotion(), t.cite(art));
    }

    private void awards() {
        AchievementLevel conduct = outcome.conductOfYear();
        AchievementLevel learning = SecondaryEngine.level(SecondaryEngine.adjusted(outcome.packed(Term.WHOLE_YEAR)));
        boolean bothGood = conduct == AchievementLevel.GOOD && learning == AchievementLevel.GOOD;
        add("AWARD.CONDUCT_GOOD", conduct == AchievementLevel.GOOD, "Khen thưởng: rèn luyện cả năm "
                        + conduct.vietnameseName() + (conduct == AchievementLevel.GOOD ? " = " : " ≠ ") + "Tốt",
                "Award: year conduct " + conduct.vietnameseName()
                        + (conduct == AchievementLevel.GOOD ? " = " : " ≠ ") + "Tốt",
                t.cite(t.awardArticle(), 1, "b"));
        add("AWARD.LEARNING_GOOD", learning == AchievementLevel.GOOD, "Khen thưởng: kết quả học tập cả năm "
                        + learning.vietnameseName() + (learning == AchievementLevel.GOOD ? " = " : " ≠ ") + "Tốt",
                "Award: year learning result " + learning.vietnameseName()
                        + (learning == AchievementLevel.GOOD ? " = " : " ≠ ") + "Tốt",
                t.cite(t.awardArticle(), 1, "b"));
        if (bothGood) {
            countAtLeast("AWARD.EXCELLENT.COUNT_AT_LEAST", t.excellentAward().vietnameseName(), COL_YEAR,
                    t.excellentHigh(), t.minSubjects(), t.cite(t.awardArticle(), 1, "a"), "", "");
        }
        outcome.award().ifPresent(a -> add("AWARD.RESULT", true, "Danh hiệu: " + a.vietnameseName(),
                "Title: " + a.vietnameseName(), t.cite(t.awardArticle(), 1)));
    }

    private List<Subject> failedComments(int col) {
        List<Subject> failed = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            if (res[i * SLOTS + COL_ROLE] == ROLE_COMMENT && res[i * SLOTS + col] == FAIL) {
                failed.add(subjects.get(i));
            }
        }
        return failed;
    }

    private static String names(List<Subject> list) {
        return list.isEmpty() ? "" : ": " + String.join(", ", list.stream().map(Subject::name).toList());
    }

    private static String show(int value) {
        return SecondaryOutcome.mark(value).display();
    }
}
