package vn.schoolrecords.core.assessment;

/** An end-of-year title (danh hiệu khen thưởng) granted by the principal or centre director. */
public enum Award {
    /** Học sinh Xuất sắc (TT 22/2021 Điều 15; TT 27/2020 Điều 13 for Hoàn thành xuất sắc). */
    EXCELLENT_STUDENT("Học sinh Xuất sắc"),
    /** Học sinh Giỏi (TT 22/2021 Điều 15; TT 58/2011 Điều 18). */
    GOOD_STUDENT("Học sinh Giỏi"),
    /** Học sinh tiên tiến (TT 58/2011 Điều 18). */
    ADVANCED_STUDENT("Học sinh tiên tiến"),
    /** Học sinh Tiêu biểu hoàn thành tốt trong học tập và rèn luyện (TT 27/2020 Điều 13). */
    EXEMPLARY_STUDENT("Học sinh Tiêu biểu hoàn thành tốt trong học tập và rèn luyện"),
    /** Học viên Xuất sắc (TT 43/2021 Điều 14). */
    EXCELLENT_LEARNER("Học viên Xuất sắc"),
    /** Học viên Giỏi (TT 43/2021 Điều 14). */
    GOOD_LEARNER("Học viên Giỏi");

    private final String vietnameseName;

    Award(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the title as written on the certificate, not null */
    public String vietnameseName() {
        return vietnameseName;
    }
}
