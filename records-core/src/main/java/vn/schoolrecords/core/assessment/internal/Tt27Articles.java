package vn.schoolrecords.core.assessment.internal;

import vn.schoolrecords.core.assessment.Citation;

/** The articles of TT 27/2020/TT-BGDĐT the primary rules cite, written once. */
public final class Tt27Articles {

    /** The short name of the circular in citations. */
    public static final String DOCUMENT = "TT 27/2020";
    /** Điều 1: scope — primary students. */
    public static final Citation SCOPE = Citation.of(DOCUMENT, 1);
    /** Điều 7.1a: subject and activity levels at the four assessment points. */
    public static final Citation SUBJECT_LEVELS = Citation.of(DOCUMENT, 7, 1, "a");
    /** Điều 7.1b: which subjects have periodic tests, and when. */
    public static final Citation PERIODIC_TESTS = Citation.of(DOCUMENT, 7, 1, "b");
    /** Điều 7.1d: tests marked out of 10, no decimals. */
    public static final Citation INTEGER_MARKS = Citation.of(DOCUMENT, 7, 1, "d");
    /** Điều 7.2: qualities and competences. */
    public static final Citation QUALITIES = Citation.of(DOCUMENT, 7, 2);
    /** Điều 9.2a: the year's overall result. */
    public static final Citation YEAR_RESULT = Citation.of(DOCUMENT, 9, 2, "a");
    /** Điều 11.1: completion of the grade's programme. */
    public static final Citation GRADE_COMPLETION = Citation.of(DOCUMENT, 11, 1);
    /** Điều 11.2: support plan and supplementary assessment. */
    public static final Citation SUPPLEMENTARY = Citation.of(DOCUMENT, 11, 2);
    /** Điều 11.3: the principal decides promotion or retention. */
    public static final Citation PRINCIPAL_DECISION = Citation.of(DOCUMENT, 11, 3);
    /** Điều 11: completion of the primary programme in grade 5. */
    public static final Citation PRIMARY_COMPLETION = Citation.of(DOCUMENT, 11);
    /** Điều 13.1a: Học sinh Xuất sắc. */
    public static final Citation AWARD_EXCELLENT = Citation.of(DOCUMENT, 13, 1, "a");
    /** Điều 13.1b: Học sinh Tiêu biểu hoàn thành tốt trong học tập và rèn luyện. */
    public static final Citation AWARD_EXEMPLARY = Citation.of(DOCUMENT, 13, 1, "b");
    /** Điều 16: the grade-by-grade rollout from 2020-2021. */
    public static final Citation ROLLOUT = Citation.of(DOCUMENT, 16);

    /** Subject code of Tiếng Việt, which has mid-term tests in grades 4 and 5. */
    public static final String TIENG_VIET = "TIENG_VIET";
    /** Subject code of Toán, which has mid-term tests in grades 4 and 5. */
    public static final String TOAN = "TOAN";

    private Tt27Articles() {
    }
}
