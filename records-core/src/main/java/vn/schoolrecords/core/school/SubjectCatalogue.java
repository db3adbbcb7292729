package vn.schoolrecords.core.school;

import static vn.schoolrecords.core.school.AssessmentMode.COMMENT;
import static vn.schoolrecords.core.school.AssessmentMode.LEVEL;
import static vn.schoolrecords.core.school.AssessmentMode.LEVEL_AND_TEST;
import static vn.schoolrecords.core.school.AssessmentMode.SCORE;

import java.util.ArrayList;
import java.util.List;

/**
 * The subjects of the 2018 general-education programme (Chương trình giáo dục phổ thông 2018,
 * TT 32/2018/TT-BGDĐT) per grade, with the periods per year of its plan and the assessment mode
 * of TT 27/2020 (primary) and TT 22/2021 (secondary).
 *
 * <p>Upper-secondary schools teach every compulsory subject plus four electives chosen by
 * the student; {@link #programme2018(GradeLevel)} lists all of them and marks the electives.
 * Schools adjust periods in their own plans: see {@link Subject#withPeriodsPerYear(int)}.
 */
public final class SubjectCatalogue {

    private SubjectCatalogue() {
    }

    /**
     * The subjects of a grade in the 2018 programme.
     *
     * @param grade the grade, not null
     * @return the subjects in the order of the programme's plan, not null
     */
    public static List<Subject> programme2018(GradeLevel grade) {
        int g = grade.number();
        List<Subject> list = new ArrayList<>();
        if (g <= 5) {
            primary(g, list);
        } else if (g <= 9) {
            lowerSecondary(g, list);
        } else {
            upperSecondary(list);
        }
        return List.copyOf(list);
    }

    private static void primary(int g, List<Subject> list) {
        // Periodic tests (TT 27/2020 Điều 7.1b): Tiếng Việt, Toán, Ngoại ngữ 1, Lịch sử và Địa lí,
        // Khoa học, Tin học và Công nghệ — tested as two scores, Tin học and Công nghệ (QĐ 2904).
        int[] vietnamese = {420, 350, 245, 245, 245};
        int[] maths = {105, 175, 175, 175, 175};
        list.add(Subject.of("TIENG_VIET", "Tiếng Việt", vietnamese[g - 1], LEVEL_AND_TEST, true));
        list.add(Subject.of("TOAN", "Toán", maths[g - 1], LEVEL_AND_TEST, true));
        list.add(Subject.of("DAO_DUC", "Đạo đức", 35, LEVEL, true));
        if (g >= 3) {
            list.add(Subject.of("NGOAI_NGU_1", "Ngoại ngữ 1", 140, LEVEL_AND_TEST, true));
        }
        if (g <= 3) {
            list.add(Subject.of("TU_NHIEN_XA_HOI", "Tự nhiên và Xã hội", 70, LEVEL, true));
        } else {
            list.add(Subject.of("LICH_SU_DIA_LI", "Lịch sử và Địa lí", 70, LEVEL_AND_TEST, true));
            list.add(Subject.of("KHOA_HOC", "Khoa học", 70, LEVEL_AND_TEST, true));
        }
        if (g >= 3) {
            list.add(Subject.of("TIN_HOC", "Tin học và Công nghệ (Tin học)", 35, LEVEL_AND_TEST, true));
            list.add(Subject.of("CONG_NGHE", "Tin học và Công nghệ (Công nghệ)", 35, LEVEL_AND_TEST, true));
        }
        list.add(Subject.of("GDTC", "Giáo dục thể chất", 70, LEVEL, true));
        list.add(Subject.of("AM_NHAC", "Nghệ thuật (Âm nhạc)", 35, LEVEL, true));
        list.add(Subject.of("MY_THUAT", "Nghệ thuật (Mỹ thuật)", 35, LEVEL, true));
        list.add(Subject.of("HDTN", "Hoạt động trải nghiệm", 105, LEVEL, true));
        if (g <= 2) {
            list.add(Subject.of("NGOAI_NGU_1", "Ngoại ngữ 1", 70, LEVEL, false));
        }
    }

    private static void lowerSecondary(int g, List<Subject> list) {
        list.add(Subject.of("NGU_VAN", "Ngữ văn", 140, SCORE, true));
        list.add(Subject.of("TOAN", "Toán", 140, SCORE, true));
        list.add(Subject.of("NGOAI_NGU_1", "Ngoại ngữ 1", 105, SCORE, true));
        list.add(Subject.of("GDCD", "Giáo dục công dân", 35, SCORE, true));
        list.add(Subject.of("LICH_SU_DIA_LI", "Lịch sử và Địa lí", 105, SCORE, true));
        list.add(Subject.of("KHTN", "Khoa học tự nhiên", 140, SCORE, true));
        list.add(Subject.of("CONG_NGHE", "Công nghệ", g == 9 ? 52 : 35, SCORE, true));
        list.add(Subject.of("TIN_HOC", "Tin học", 35, SCORE, true));
        list.add(Subject.of("GDTC", "Giáo dục thể chất", 70, COMMENT, true));
        list.add(Subject.of("NGHE_THUAT", "Nghệ thuật (Âm nhạc, Mỹ thuật)", 70, COMMENT, true));
        list.add(Subject.of("HDTN_HN", "Hoạt động trải nghiệm, hướng nghiệp", 105, COMMENT, true));
        list.add(Subject.of("GD_DIA_PHUONG", "Nội dung giáo dục của địa phương", 35, COMMENT, true));
    }

    private static void upperSecondary(List<Subject> list) {
        list.add(Subject.of("NGU_VAN", "Ngữ văn", 105, SCORE, true));
        list.add(Subject.of("TOAN", "Toán", 105, SCORE, true));
        list.add(Subject.of("NGOAI_NGU_1", "Ngoại ngữ 1", 105, SCORE, true));
        list.add(Subject.of("LICH_SU", "Lịch sử", 52, SCORE, true));
        list.add(Subject.of("GDQP_AN", "Giáo dục quốc phòng và an ninh", 35, SCORE, true));
        list.add(Subject.of("GDTC", "Giáo dục thể chất", 70, COMMENT, true));
        list.add(Subject.of("HDTN_HN", "Hoạt động trải nghiệm, hướng nghiệp", 105, COMMENT, true));
        list.add(Subject.of("GD_DIA_PHUONG", "Nội dung giáo dục của địa phương", 35, COMMENT, true));
        list.add(Subject.of("DIA_LI", "Địa lí", 70, SCORE, false));
        list.add(Subject.of("GDKT_PL", "Giáo dục kinh tế và pháp luật", 70, SCORE, false));
        list.add(Subject.of("VAT_LI", "Vật lí", 70, SCORE, false));
        list.add(Subject.of("HOA_HOC", "Hoá học", 70, SCORE, false));
        list.add(Subject.of("SINH_HOC", "Sinh học", 70, SCORE, false));
        list.add(Subject.of("CONG_NGHE", "Công nghệ", 70, SCORE, false));
        list.add(Subject.of("TIN_HOC", "Tin học", 70, SCORE, false));
        list.add(Subject.of("AM_NHAC", "Âm nhạc", 70, COMMENT, false));
        list.add(Subject.of("MY_THUAT", "Mỹ thuật", 70, COMMENT, false));
    }
}
