package vn.schoolrecords.core.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.Award;
import vn.schoolrecords.core.assessment.Competence;
import vn.schoolrecords.core.assessment.PrimaryCheckpoint;
import vn.schoolrecords.core.assessment.PrimaryResult;
import vn.schoolrecords.core.assessment.PrimarySubjectYear;
import vn.schoolrecords.core.assessment.PrimaryYear;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.Quality;
import vn.schoolrecords.core.assessment.QualityLevel;
import vn.schoolrecords.core.assessment.Reason;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.assessment.SubjectLevel;
import vn.schoolrecords.core.assessment.SupplementaryAssessment;

/**
 * Builds the reasons of a primary outcome — only when asked for, so assessing a school does not
 * pay for texts nobody reads. Every failed condition is one reason naming the subject,
 * quality or competence and its value, e.g. "Hoàn thành xuất sắc not reached: Toán 8 &lt; 9".
 */
public final class Tt27Explanation {

    private Tt27Explanation() {
    }

    /**
     * What a primary outcome concluded, for its explanation.
     *
     * @param result the year's result
     * @param promotion the promotion status
     * @param gradeCompleted whether the grade was completed
     * @param programmeCompleted whether the primary programme was completed
     * @param award the award
     */
    public record Conclusion(PrimaryResult result, PromotionStatus promotion, boolean gradeCompleted,
            boolean programmeCompleted, Optional<Award> award) {
    }

    /**
     * Every condition checked for the year, in the order checked.
     *
     * @param year the record assessed, not null
     * @param c what was concluded, not null
     * @return the reasons, not null
     */
    public static List<Reason> explain(PrimaryYear year, Conclusion c) {
        List<Reason> reasons = new ArrayList<>();
        for (PrimaryResult level : PrimaryResult.values()) {
            if (level == PrimaryResult.NOT_COMPLETED) {
                break;
            }
            resultConditions(year, level, reasons);
            if (level == c.result()) {
                break;
            }
        }
        reasons.add(new Reason("RESULT", true, LocalizedText.of(
                "Kết quả giáo dục cuối năm: " + c.result().vietnameseName(),
                "Year-end result: " + c.result().vietnameseName() + " (" + c.result().abbreviation() + ")"),
                Tt27Articles.YEAR_RESULT));
        completion(year, c, reasons);
        awards(year, c, reasons);
        return reasons;
    }

    private static void resultConditions(PrimaryYear year, PrimaryResult level, List<Reason> out) {
        subjectLevels(year, level, out);
        qualityLevels(year, level, out);
        tests(year, level, out);
    }

    private static void subjectLevels(PrimaryYear year, PrimaryResult level, List<Reason> out) {
        SubjectLevel min = level.minimumSubjectLevel();
        String id = level.abbreviation() + "_SUBJECT_LEVELS";
        int before = out.size();
        for (PrimarySubjectYear s : year.subjects()) {
            SubjectLevel actual = s.levels().get(PrimaryCheckpoint.END_OF_YEAR);
            if (!actual.isAtLeast(min)) {
                out.add(failed(id, level, s.subject().name() + " " + describe(actual) + " < " + describe(min),
                        s.subject().name() + " " + actual.abbreviation() + " below " + min.abbreviation()));
            }
        }
        if (out.size() == before) {
            out.add(held(id, level, "mọi môn học, hoạt động giáo dục đạt " + describe(min) + " trở lên",
                    "every subject and activity at " + min.abbreviation() + " or better"));
        }
    }

    private static void qualityLevels(PrimaryYear year, PrimaryResult level, List<Reason> out) {
        QualityLevel min = level.minimumQualityLevel();
        String id = level.abbreviation() + "_QUALITIES_COMPETENCES";
        int before = out.size();
        for (Map.Entry<Quality, QualityLevel> e : year.qualities().entrySet()) {
            qualityLevel(id, level, "phẩm chất " + e.getKey().vietnameseName(), "quality "
                    + e.getKey().vietnameseName(), e.getValue(), out);
        }
        for (Map.Entry<Competence, QualityLevel> e : year.competences().entrySet()) {
            qualityLevel(id, level, "năng lực " + e.getKey().vietnameseName(), "competence "
                    + e.getKey().vietnameseName(), e.getValue(), out);
        }
        if (out.size() == before) {
            out.add(held(id, level, "mọi phẩm chất, năng lực đạt " + min.vietnameseName() + " trở lên",
                    "every quality and competence at " + min.vietnameseName() + " or better"));
        }
    }

    private static void qualityLevel(String id, PrimaryResult level, String vi, String en, QualityLevel actual,
            List<Reason> out) {
        QualityLevel min = level.minimumQualityLevel();
        if (!actual.isAtLeast(min)) {
            out.add(failed(id, level, vi + " " + actual.vietnameseName() + " < " + min.vietnameseName(),
                    en + " " + actual.vietnameseName() + " below " + min.vietnameseName()));
        }
    }

    private static void tests(PrimaryYear year, PrimaryResult level, List<Reason> out) {
        int min = level.minimumTest();
        String id = level.abbreviation() + "_END_OF_YEAR_TESTS";
        int before = out.size();
        for (PrimarySubjectYear s : year.subjects()) {
            Score test = s.tests().get(PrimaryCheckpoint.END_OF_YEAR);
            if (test != null && test.tenths() < min * 10) {
                String text = s.subject().name() + " " + test.tenths() / 10 + " < " + min;
                out.add(failed(id, level, text, text));
            }
        }
        if (out.size() == before) {
            out.add(held(id, level, "mọi bài kiểm tra định kỳ cuối năm đạt " + min + " điểm trở lên",
                    "every end-of-year periodic test at " + min + " or more"));
        }
    }

    private static void completion(PrimaryYear year, Conclusion c, List<Reason> out) {
        boolean direct = c.result() != PrimaryResult.NOT_COMPLETED;
        out.add(new Reason("GRADE_COMPLETED", direct, direct
                ? LocalizedText.of("Hoàn thành chương trình lớp học: " + c.result().vietnameseName(),
                        "Grade completed: " + c.result().abbreviation())
                : LocalizedText.of("Chưa hoàn thành chương trình lớp học: kết quả Chưa hoàn thành",
                        "Grade not completed: the result is Chưa hoàn thành"), Tt27Articles.GRADE_COMPLETION));
        if (!direct) {
            supplementary(year.supplementary(), out);
        }
        if (year.grade().number() == 5) {
            out.add(new Reason("PRIMARY_PROGRAMME_COMPLETED", c.programmeCompleted(), c.programmeCompleted()
                    ? LocalizedText.of("Ghi học bạ: Hoàn thành chương trình tiểu học",
                            "Recorded in the học bạ: Hoàn thành chương trình tiểu học (primary programme completed)")
                    : LocalizedText.of("Chưa hoàn thành chương trình tiểu học: chưa hoàn thành chương trình lớp 5",
                            "Primary programme not completed: grade 5 not completed"),
                    Tt27Articles.PRIMARY_COMPLETION));
        }
    }

    private static void supplementary(Optional<SupplementaryAssessment> result, List<Reason> out) {
        if (result.isEmpty()) {
            out.add(new Reason("SUPPLEMENTARY_ASSESSMENT", false, LocalizedText.of(
                    "Giáo viên lập kế hoạch hỗ trợ và đánh giá bổ sung; chưa có kết quả",
                    "The teacher makes a support plan and a supplementary assessment; no result yet"),
                    Tt27Articles.SUPPLEMENTARY));
            return;
        }
        SupplementaryAssessment s = result.get();
        boolean completed = s == SupplementaryAssessment.COMPLETED;
        out.add(new Reason("SUPPLEMENTARY_ASSESSMENT", completed, LocalizedText.of(
                "Đánh giá bổ sung: " + s.vietnameseName(), "Supplementary assessment: " + s.name()),
                Tt27Articles.SUPPLEMENTARY));
        if (!completed) {
            boolean promoted = s == SupplementaryAssessment.NOT_COMPLETED_PRINCIPAL_PROMOTES;
            String decision = s == SupplementaryAssessment.NOT_COMPLETED ? "chưa quyết định" : promoted
                    ? "cho lên lớp" : "ở lại lớp";
            out.add(new Reason("PRINCIPAL_DECISION", promoted, LocalizedText.of(
                    "Hiệu trưởng xem xét, quyết định việc lên lớp hoặc ở lại lớp: " + decision,
                    "The principal decides promotion or retention: " + s.name()), Tt27Articles.PRINCIPAL_DECISION));
        }
    }

    private static void awards(PrimaryYear year, Conclusion c, List<Reason> out) {
        boolean excellent = c.result() == PrimaryResult.OUTSTANDING;
        out.add(new Reason("AWARD_EXCELLENT_STUDENT", excellent, LocalizedText.of(
                "Học sinh Xuất sắc: kết quả " + c.result().vietnameseName()
                        + (excellent ? " = " : " ≠ ") + PrimaryResult.OUTSTANDING.vietnameseName(),
                "Học sinh Xuất sắc: result " + c.result().abbreviation() + (excellent ? " = HTXS" : " ≠ HTXS")),
                Tt27Articles.AWARD_EXCELLENT));
        if (excellent) {
            return;
        }
        boolean well = c.result() == PrimaryResult.COMPLETED_WELL;
        out.add(new Reason("AWARD_EXEMPLARY_RESULT", well, LocalizedText.of(
                "Học sinh Tiêu biểu: kết quả " + c.result().vietnameseName()
                        + (well ? " = " : " ≠ ") + PrimaryResult.COMPLETED_WELL.vietnameseName(),
                "Học sinh Tiêu biểu: result " + c.result().abbreviation() + (well ? " = HTT" : " ≠ HTT")),
                Tt27Articles.AWARD_EXEMPLARY));
        boolean evidence = year.outstandingInSubject() || year.markedProgress();
        out.add(new Reason("AWARD_EXEMPLARY_EVIDENCE", evidence, LocalizedText.of(
                "Học sinh Tiêu biểu: thành tích xuất sắc ít nhất một môn học " + yesNo(year.outstandingInSubject())
                        + ", tiến bộ rõ rệt ít nhất một phẩm chất, năng lực " + yesNo(year.markedProgress())
                        + " (được tập thể lớp công nhận)",
                "Học sinh Tiêu biểu: outstanding in at least one subject: " + yesNoEn(year.outstandingInSubject())
                        + ", marked progress in at least one quality or competence: " + yesNoEn(year.markedProgress())
                        + " (recognised by the class)"), Tt27Articles.AWARD_EXEMPLARY));
    }

    private static String yesNo(boolean value) {
        return value ? "có" : "không";
    }

    private static String yesNoEn(boolean value) {
        return value ? "yes" : "no";
    }

    private static String describe(SubjectLevel level) {
        return level.vietnameseName() + " (" + level.abbreviation() + ")";
    }

    private static Reason held(String id, PrimaryResult level, String vi, String en) {
        return new Reason(id, true, LocalizedText.of(level.vietnameseName() + ": " + vi,
                level.vietnameseName() + ": " + en), Tt27Articles.YEAR_RESULT);
    }

    private static Reason failed(String id, PrimaryResult level, String vi, String en) {
        return new Reason(id, false, LocalizedText.of("Không đạt " + level.vietnameseName() + ": " + vi,
                level.vietnameseName() + " not reached: " + en), Tt27Articles.YEAR_RESULT);
    }
}
