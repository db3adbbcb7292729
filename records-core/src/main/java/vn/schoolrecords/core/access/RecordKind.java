package vn.schoolrecords.core.access;

/** The kinds of professional records (hồ sơ chuyên môn) the access policy rules on. */
public enum RecordKind {
    /** The school education plan (kế hoạch giáo dục nhà trường). */
    SCHOOL_PLAN,
    /** A subject-group teaching plan of one subject and grade (CV 5512 Phụ lục I). */
    GROUP_TEACHING_PLAN,
    /** A subject-group plan of educational activities (CV 5512 Phụ lục II). */
    GROUP_ACTIVITY_PLAN,
    /** A teacher education plan (kế hoạch giáo dục của giáo viên, CV 5512 Phụ lục III). */
    TEACHER_PLAN,
    /** A lesson plan (kế hoạch bài dạy, CV 5512 Phụ lục IV). */
    LESSON_PLAN,
    /** A grade book, or one subject's sheet of it (sổ theo dõi và đánh giá học sinh). */
    GRADE_BOOK;

    /** @return true for the two plans of a subject group (kế hoạch của tổ chuyên môn) */
    public boolean isGroupPlan() {
        return this == GROUP_TEACHING_PLAN || this == GROUP_ACTIVITY_PLAN;
    }

    /** @return true for every kind but the grade book */
    public boolean isPlan() {
        return this != GRADE_BOOK;
    }
}
