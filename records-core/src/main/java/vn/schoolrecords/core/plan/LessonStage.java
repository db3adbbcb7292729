package vn.schoolrecords.core.plan;

/** The four activities of a lesson's teaching process (tiến trình dạy học, CV 5512 Phụ lục IV, III). */
public enum LessonStage {
    /** Activity 1: identifying the problem or task; opening (xác định vấn đề / mở đầu). */
    OPENING("Mở đầu"),
    /** Activity 2: forming new knowledge, solving the problem (hình thành kiến thức mới). */
    NEW_KNOWLEDGE("Hình thành kiến thức mới"),
    /** Activity 3: practice (luyện tập). */
    PRACTICE("Luyện tập"),
    /** Activity 4: application (vận dụng). */
    APPLICATION("Vận dụng");

    private final String vietnameseName;

    LessonStage(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name, e.g. {@code Luyện tập}, not null */
    public String vietnameseName() {
        return vietnameseName;
    }
}
