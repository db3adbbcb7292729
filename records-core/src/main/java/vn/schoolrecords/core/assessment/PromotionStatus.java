package vn.schoolrecords.core.assessment;

/** What the end of a school year means for a student (xét lên lớp, TT 22/2021 Điều 12–14). */
public enum PromotionStatus {
    /** Promoted, or completed the programme in the last grade (được lên lớp / hoàn thành chương trình). */
    PROMOTED("Được lên lớp"),
    /** Must re-take subjects in the summer (kiểm tra lại / đánh giá lại trong kỳ nghỉ hè). */
    SUMMER_REASSESSMENT("Kiểm tra, đánh giá lại trong kỳ nghỉ hè"),
    /** Must do conduct training in the summer (rèn luyện trong kỳ nghỉ hè). */
    SUMMER_CONDUCT_TRAINING("Rèn luyện trong kỳ nghỉ hè"),
    /** Not promoted: repeats the grade (không được lên lớp). */
    NOT_PROMOTED("Không được lên lớp"),
    /** A student with a disability whose promotion the principal decides (hiệu trưởng xem xét, quyết định). */
    PRINCIPAL_DECIDES("Hiệu trưởng xem xét, quyết định");

    private final String vietnameseName;

    PromotionStatus(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese wording, not null */
    public String vietnameseName() {
        return vietnameseName;
    }
}
