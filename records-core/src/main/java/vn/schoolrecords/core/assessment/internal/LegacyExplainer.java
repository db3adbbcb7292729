package vn.schoolrecords.core.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.AcademicStanding;
import vn.schoolrecords.core.assessment.Award;
import vn.schoolrecords.core.assessment.Citation;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.CommentTerm;
import vn.schoolrecords.core.assessment.LegacyConduct;
import vn.schoolrecords.core.assessment.LegacySecondaryYear;
import vn.schoolrecords.core.assessment.LegacyTermResult;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.Reason;
import vn.schoolrecords.core.assessment.Regime;
import vn.schoolrecords.core.assessment.SubjectYear;
import vn.schoolrecords.core.school.Term;

/**
 * Writes the reasons of a TT 58/2011 outcome: every criterion of Điều 13 for every level and
 * term, held or not, with its values; the adjustment, promotion, re-test, summer training and
 * titles. Only called when someone reads the reasons. Not part of the API.
 */
public final class LegacyExplainer {

    private static final String[] LEVEL_CODES = {"GIOI", "KHA", "TRUNG_BINH", "YEU"};

    private final String document;
    private final Regime regime;
    private final List<Reason> out = new ArrayList<>();

    /**
     * Creates an explainer for one outcome.
     *
     * @param document the document cited, e.g. {@code TT 58/2011}
     * @param regime the regime
     */
    public LegacyExplainer(String document, Regime regime) {
        this.document = document;
        this.regime = regime;
    }

    /**
     * Explains an outcome.
     *
     * @param y the record
     * @param views the figures of HK I, HK II and the year
     * @param afterView the year's figures after re-tests, if any
     * @param results the results of HK I, HK II and the year
     * @param after the year's result after re-tests, if any
     * @param yearEnd the year-end promotion
     * @param retest the subjects the student may re-take
     * @param promotion the current promotion
     * @return the reasons, in the order checked
     */
    public List<Reason> explain(LegacySecondaryYear y, List<LegacyTermView> views, Optional<LegacyTermView> afterView,
            List<LegacyTermResult> results, Optional<LegacyTermResult> after, PromotionStatus yearEnd,
            List<String> retest, PromotionStatus promotion) {
        subjects(y);
        for (int t = 0; t < views.size(); t++) {
            standing(views.get(t), results.get(t), "", "");
            title(results.get(t), "");
        }
        promotion(y, results.get(2).standing(), yearEnd);
        summer(y, yearEnd, retest);
        if (afterView.isPresent() && after.isPresent()) {
            standing(afterView.get(), after.get(), "_AFTER_RETEST", " sau kiểm tra lại");
            out.add(reason("PROMOTION_AFTER_RETEST", promotion == PromotionStatus.PROMOTED,
                    "Lên lớp sau kiểm tra lại: học lực " + after.get().standing().vietnameseName() + " so với Trung bình",
                    "Promoted after re-tests: standing " + after.get().standing().vietnameseName() + " against Trung bình",
                    Citation.of(document, 16, 3)));
        }
        return out;
    }

    private void subjects(LegacySecondaryYear y) {
        for (SubjectYear s : y.subjects()) {
            String name = s.subject().name();
            if (!s.exemptions().isEmpty()) {
                boolean whole = s.exemptions().contains(Term.WHOLE_YEAR)
                        || s.exemptions().contains(Term.FIRST) && s.exemptions().contains(Term.SECOND)
                        || s.first().isEmpty() && s.second().isEmpty();
                out.add(reason("EXEMPTION_" + s.subject().code(), true, whole
                        ? name + ": miễn học cả năm, không tính khi xếp loại"
                        : name + ": miễn học " + terms(s) + ", lấy kết quả học kỳ còn lại làm kết quả cả năm", whole
                        ? name + ": exempted for the whole year, left out of the classification"
                        : name + ": exempted in " + terms(s) + ", the other semester's result is the year's",
                        Citation.of(document, 12)));
            }
            for (Term term : new Term[] {Term.FIRST, Term.SECOND}) {
                s.term(term).filter(CommentTerm.class::isInstance).map(CommentTerm.class::cast)
                        .ifPresent(c -> comment(name, s.subject().code(), term, c));
            }
        }
    }

    private static String terms(SubjectYear s) {
        return s.exemptions().stream().map(Term::abbreviation).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    private void comment(String name, String code, Term term, CommentTerm c) {
        int total = c.regular().size() + c.periodic().size() + 1;
        long passed = c.regular().stream().filter(r -> r == CommentResult.PASS).count()
                + c.periodic().stream().filter(r -> r == CommentResult.PASS).count()
                + (c.endOfTerm() == CommentResult.PASS ? 1 : 0);
        boolean held = c.endOfTerm() == CommentResult.PASS && 3 * passed >= 2L * total;
        String exam = c.endOfTerm().display();
        out.add(reason("COMMENT_" + code + "_" + termId(term), held,
                name + " " + term.abbreviation() + ": " + passed + "/" + total + " bài Đ, kiểm tra học kỳ " + exam
                        + (held ? " → Đ" : " → CĐ (cần ít nhất 2/3 Đ, trong đó có bài kiểm tra học kỳ)"),
                name + " " + term.abbreviation() + ": " + passed + "/" + total + " tests Đ, semester exam " + exam
                        + (held ? " → Đ" : " → CĐ (at least 2/3 Đ, the semester exam among them, needed)"),
                Citation.of(document, 10, 2)));
    }

    private void standing(LegacyTermView v, LegacyTermResult result, String idSuffix, String viSuffix) {
        String termId = termId(v.term()) + idSuffix;
        String label = v.term().abbreviation() + viSuffix;
        for (int level = 0; level <= 2; level++) {
            level(v, level, termId, label);
        }
        weak(v, termId, label);
        out.add(reason(termId + "_STANDING", true,
                "Học lực " + label + " theo tiêu chuẩn: " + result.computedStanding().vietnameseName(),
                "Standing " + label + " by the criteria: " + result.computedStanding().vietnameseName(),
                Citation.of(document, 13, result.computedStanding().ordinal() + 1)));
        adjustment(v, result, termId, label);
    }

    private void level(LegacyTermView v, int level, String termId, String label) {
        String name = AcademicStanding.values()[level].vietnameseName();
        Citation cite = Citation.of(document, 13, level + 1);
        int avgMin = LegacyStandingCriteria.averageMin(level);
        String id = termId + "_" + LEVEL_CODES[level];
        boolean avg = v.average() >= avgMin;
        out.add(reason(id + "_AVERAGE", avg,
                vi(name, avg) + ": ĐTB các môn " + label + " " + tenths(v.average()) + cmp(avg) + tenths(avgMin),
                name + (avg ? " reached" : " not reached") + ": overall average " + label + " "
                        + tenths(v.average()) + cmp(avg) + tenths(avgMin), cite));
        boolean key = LegacyStandingCriteria.keyHolds(v, level);
        String keys = keySubjects(v);
        out.add(reason(id + "_KEY_SUBJECT", key,
                vi(name, key) + ": " + (key ? "có" : "không có") + " môn nào trong " + keys + " từ " + tenths(avgMin)
                        + " trở lên",
                name + (key ? " reached" : " not reached") + ": " + (key ? "one" : "none") + " of " + keys
                        + " reaches " + tenths(avgMin), cite));
        if (v.specialised() >= 0) {
            boolean spec = LegacyStandingCriteria.specialisedHolds(v, level);
            String subject = v.scoredSubjects()[v.specialised()].name() + " " + tenths(v.scored()[v.specialised()]);
            out.add(reason(id + "_SPECIALISED_SUBJECT", spec, vi(name, spec) + ": môn chuyên " + subject + cmp(spec)
                    + tenths(avgMin),
                    name + (spec ? " reached" : " not reached") + ": specialised subject " + subject + cmp(spec)
                            + tenths(avgMin), cite));
        }
        subjectsBelow(v, level, id, name, cite);
        comments(v, id, name, cite);
    }

    private void weak(LegacyTermView v, String termId, String label) {
        String name = AcademicStanding.WEAK.vietnameseName();
        Citation cite = Citation.of(document, 13, 4);
        String id = termId + "_YEU";
        boolean avg = v.average() >= LegacyStandingCriteria.averageMin(3);
        out.add(reason(id + "_AVERAGE", avg, vi(name, avg) + ": ĐTB các môn " + label + " " + tenths(v.average())
                + cmp(avg) + "3,5",
                name + (avg ? " reached" : " not reached") + ": overall average " + label + " " + tenths(v.average())
                        + cmp(avg) + "3,5", cite));
        subjectsBelow(v, 3, id, name, cite);
    }

    private void subjectsBelow(LegacyTermView v, int level, String id, String name, Citation cite) {
        int min = LegacyStandingCriteria.subjectMin(level);
        StringBuilder below = new StringBuilder();
        for (int i = 0; i < v.scored().length; i++) {
            if (v.scored()[i] < min) {
                below.append(below.length() == 0 ? "" : "; ").append(v.scoredSubjects()[i].name()).append(' ')
                        .append(tenths(v.scored()[i])).append(" < ").append(tenths(min));
            }
        }
        boolean held = below.length() == 0;
        out.add(reason(id + "_NO_SUBJECT_BELOW", held,
                vi(name, held) + ": " + (held ? "không có môn nào dưới " + tenths(min) : below),
                name + (held ? " reached: no subject below " + tenths(min) : " not reached: " + below), cite));
    }

    private void comments(LegacyTermView v, String id, String name, Citation cite) {
        StringBuilder failed = new StringBuilder();
        for (int i = 0; i < v.commentPass().length; i++) {
            if (!v.commentPass()[i]) {
                failed.append(failed.length() == 0 ? "" : "; ").append(v.commentSubjects()[i].name()).append(" CĐ");
            }
        }
        boolean held = failed.length() == 0;
        out.add(reason(id + "_COMMENT_SUBJECTS", held,
                vi(name, held) + ": " + (held ? "các môn đánh giá bằng nhận xét đều Đ" : failed),
                name + (held ? " reached: every comment subject is Đ" : " not reached: " + failed), cite));
    }

    private void adjustment(LegacyTermView v, LegacyTermResult result, String termId, String label) {
        boolean adjusted = result.adjusted();
        int computed = result.computedStanding().ordinal();
        String reached = "";
        String reachedEn = "";
        int reachedLevel = -1;
        for (int level = 0; level <= 1; level++) {
            if (LegacyStandingCriteria.averagesHold(v, level)) {
                int responsible = LegacyStandingCriteria.responsible(v, level, v.commentFails());
                boolean listed = responsible == 1 && LegacyStandingCriteria.adjustable(level, computed);
                if (reached.isEmpty() || listed) {
                    String name = AcademicStanding.values()[level].vietnameseName();
                    reached = name + " (" + responsible + " môn dưới mức của loại)";
                    reachedEn = name + " (" + responsible + " subject(s) below the level)";
                    reachedLevel = level;
                }
                if (listed) {
                    break;
                }
            }
        }
        String from = result.computedStanding().vietnameseName();
        String to = result.standing().vietnameseName();
        // Điều 13.6: a) G→Tb, b) G→Y, c) K→Y, d) K→Kém.
        String point = reachedLevel == 0 ? (computed == 2 ? "a" : "b") : (computed == 3 ? "c" : "d");
        Citation cite = adjusted ? Citation.of(document, 13, 6, point) : Citation.of(document, 13, 6);
        out.add(reason(termId + "_ADJUSTMENT", adjusted,
                adjusted ? "Điều chỉnh " + label + ": ĐTB đạt mức " + reached + ", chỉ do 1 môn mà xuống " + from
                        + " → " + to
                        : "Không điều chỉnh " + label + ": " + (reached.isEmpty() ? "ĐTB không đạt mức Giỏi, Khá"
                                : "ĐTB đạt mức " + reached + ", học lực " + from),
                adjusted ? "Adjusted " + label + ": the averages reach " + reachedEn
                        + ", one single subject pulls it down to " + from + " → " + to
                        : "No adjustment " + label + ": " + (reachedEn.isEmpty() ? "the averages reach neither Giỏi nor Khá"
                                : "the averages reach " + reachedEn + ", standing " + from), cite));
    }

    private void title(LegacyTermResult r, String idSuffix) {
        String id = "TITLE_" + termId(r.term()) + idSuffix;
        String facts = "hạnh kiểm " + r.conduct().vietnameseName() + ", học lực " + r.standing().vietnameseName();
        String factsEn = "conduct " + r.conduct().vietnameseName() + ", standing " + r.standing().vietnameseName();
        Optional<Award> award = r.title();
        boolean good = award.filter(a -> a == Award.GOOD_STUDENT).isPresent();
        out.add(reason(id + "_GOOD_STUDENT", good, "Học sinh giỏi " + r.term().abbreviation() + " (Tốt và Giỏi): " + facts,
                "Học sinh giỏi " + r.term().abbreviation() + " (Tốt and Giỏi): " + factsEn, Citation.of(document, 18, 1)));
        boolean advanced = award.isPresent();
        out.add(reason(id + "_ADVANCED_STUDENT", advanced,
                "Học sinh tiên tiến " + r.term().abbreviation() + " (từ Khá trở lên): " + facts,
                "Học sinh tiên tiến " + r.term().abbreviation() + " (Khá or better): " + factsEn,
                Citation.of(document, 18, 2)));
    }

    private void promotion(LegacySecondaryYear y, AcademicStanding standing, PromotionStatus yearEnd) {
        if (y.disability() && regime == Regime.TT58_TT26_2020) {
            out.add(reason("PROMOTION_DISABILITY", true, "Học sinh khuyết tật: hiệu trưởng xem xét, quyết định lên lớp",
                    "Student with a disability: the principal decides the promotion", Citation.of(document, 15, 3)));
        }
        boolean absences = y.absences() <= 45;
        out.add(reason("PROMOTION_ABSENCES", absences, "Nghỉ " + y.absences() + " buổi" + (absences ? " ≤ " : " > ") + "45",
                "Absent " + y.absences() + " days" + (absences ? " ≤ " : " > ") + "45", Citation.of(document, 15)));
        boolean learning = standing.isAtLeast(AcademicStanding.AVERAGE);
        out.add(reason("PROMOTION_STANDING", learning, "Học lực cả năm " + standing.vietnameseName()
                + (learning ? " từ Trung bình trở lên" : " dưới Trung bình"), "Year standing " + standing.vietnameseName()
                + (learning ? " is Trung bình or better" : " is below Trung bình"), Citation.of(document, 15, 1)));
        LegacyConduct conduct = y.conductYear();
        boolean behaved = conduct.isAtLeast(LegacyConduct.AVERAGE);
        out.add(reason("PROMOTION_CONDUCT", behaved, "Hạnh kiểm cả năm " + conduct.vietnameseName()
                + (behaved ? " từ Trung bình trở lên" : " xếp loại Yếu"), "Year conduct " + conduct.vietnameseName()
                + (behaved ? " is Trung bình or better" : " is Yếu"), Citation.of(document, 15, 1)));
        out.add(reason("PROMOTION_YEAR_END", yearEnd == PromotionStatus.PROMOTED, "Cuối năm: " + yearEnd.vietnameseName(),
                "Year end: " + yearEnd.vietnameseName(), Citation.of(document, 15)));
    }

    private void summer(LegacySecondaryYear y, PromotionStatus yearEnd, List<String> retest) {
        if (yearEnd == PromotionStatus.SUMMER_REASSESSMENT) {
            out.add(reason("RETEST_SUBJECTS", true, "Được kiểm tra lại (hạnh kiểm từ Trung bình, học lực Yếu), chọn trong các môn "
                    + "ĐTBmcn dưới 5,0 hoặc CĐ: " + retest, "May re-take (conduct Trung bình or better, standing Yếu) some of "
                    + "the subjects below 5,0 or CĐ: " + retest, Citation.of(document, 16)));
        }
        if (yearEnd == PromotionStatus.SUMMER_CONDUCT_TRAINING) {
            String afterVi = y.conductAfterSummerTraining().map(c -> ", sau rèn luyện: " + c.vietnameseName()).orElse("");
            String afterEn = y.conductAfterSummerTraining().map(c -> ", after training: " + c.vietnameseName()).orElse("");
            boolean done = y.conductAfterSummerTraining().filter(c -> c.isAtLeast(LegacyConduct.AVERAGE)).isPresent();
            out.add(reason("SUMMER_CONDUCT_TRAINING", done, "Rèn luyện hạnh kiểm trong hè (học lực từ Trung bình, hạnh kiểm Yếu)"
                    + afterVi, "Summer conduct training (standing Trung bình or better, conduct Yếu)" + afterEn,
                    Citation.of(document, 17)));
        }
    }

    private String keySubjects(LegacyTermView v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.scored().length; i++) {
            if (v.key()[i]) {
                b.append(b.length() == 0 ? "" : ", ").append(v.scoredSubjects()[i].name()).append(' ')
                        .append(tenths(v.scored()[i]));
            }
        }
        return "{" + b + "}";
    }

    private static String termId(Term term) {
        return switch (term) {
            case FIRST -> "HK1";
            case SECOND -> "HK2";
            case WHOLE_YEAR -> "CN";
        };
    }

    private static String vi(String level, boolean held) {
        return held ? level : "Chưa đạt " + level;
    }

    private static String cmp(boolean held) {
        return held ? " ≥ " : " < ";
    }

    /** Tenths written with a decimal comma, e.g. 45 → {@code 4,5}. */
    static String tenths(int t) {
        return (t / 10) + "," + (t % 10);
    }

    private static Reason reason(String id, boolean held, String vi, String en, Citation cite) {
        return new Reason(id, held, LocalizedText.of(vi, en), cite);
    }
}
