package vn.schoolrecords.core.retention;

/**
 * A kind of school record whose retention period (thời hạn lưu trữ, formerly thời hạn bảo quản)
 * a retention schedule fixes. The names follow TT 32/2020 Điều 21 and the provincial directives
 * (see {@code domain.md}); the schedule data, not this enum, says how long each is kept.
 */
public enum RecordKind {
    /** The paper transcript (học bạ), TT 27/2016 item 55: returned to the student. */
    TRANSCRIPT("Học bạ"),
    /** The data of the digital transcript (dữ liệu học bạ số) held in the national education database. */
    DIGITAL_TRANSCRIPT_DATA("Dữ liệu học bạ số"),
    /** The student register (sổ đăng bộ học sinh). */
    STUDENT_REGISTER("Sổ đăng bộ học sinh"),
    /** The staff register (sổ đăng bộ cán bộ giáo viên). */
    STAFF_REGISTER("Sổ đăng bộ cán bộ giáo viên"),
    /** The class grade book (sổ theo dõi và đánh giá học sinh, sổ điểm điện tử). */
    ASSESSMENT_BOOK("Sổ theo dõi và đánh giá học sinh"),
    /** The teacher's personal grade book (sổ điểm cá nhân). */
    PERSONAL_GRADE_BOOK("Sổ điểm cá nhân"),
    /** The school's education plan (kế hoạch giáo dục nhà trường). */
    SCHOOL_EDUCATION_PLAN("Kế hoạch giáo dục nhà trường"),
    /** The subject group's education plan (kế hoạch giáo dục của tổ chuyên môn). */
    SUBJECT_GROUP_EDUCATION_PLAN("Kế hoạch giáo dục của tổ chuyên môn"),
    /** The teacher's education plan (kế hoạch giáo dục của giáo viên). */
    TEACHER_EDUCATION_PLAN("Kế hoạch giáo dục của giáo viên"),
    /** A lesson plan (kế hoạch bài dạy, giáo án). */
    LESSON_PLAN("Kế hoạch bài dạy"),
    /** The class log (sổ ghi đầu bài), TT 27/2016 item 58. */
    CLASS_LOG("Sổ ghi đầu bài"),
    /** The original file of a diploma's issue (hồ sơ gốc cấp văn bằng), TT 27/2016 item 194. */
    DIPLOMA_ISSUE_FILE("Hồ sơ gốc cấp văn bằng"),
    /** The grade-edit log (nhật kí sửa điểm) with its evidence. */
    GRADE_EDIT_LOG("Nhật kí sửa điểm");

    private final String vietnameseName;

    RecordKind(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name, e.g. {@code Sổ ghi đầu bài}, not null */
    public String vietnameseName() {
        return vietnameseName;
    }
}
