package vn.schoolrecords.core.plan;

import vn.schoolrecords.core.access.RecordKind;

/** The kinds of plan of CV 5512/BGDĐT-GDTrH (18/12/2020). */
public enum PlanKind {
    /** The school education plan (kế hoạch giáo dục nhà trường), per school year (CV 5512 Part II). */
    SCHOOL_EDUCATION_PLAN("Kế hoạch giáo dục nhà trường", RecordKind.SCHOOL_PLAN),
    /**
     * A subject-group teaching plan for one subject and grade (kế hoạch dạy học môn học của tổ
     * chuyên môn, CV 5512 Phụ lục I).
     */
    SUBJECT_TEACHING_PLAN("Kế hoạch dạy học môn học của tổ chuyên môn", RecordKind.GROUP_TEACHING_PLAN),
    /**
     * A subject group's (or sub-group's) plan of educational activities (kế hoạch tổ chức các hoạt
     * động giáo dục, CV 5512 Phụ lục II).
     */
    EDUCATIONAL_ACTIVITY_PLAN("Kế hoạch tổ chức các hoạt động giáo dục", RecordKind.GROUP_ACTIVITY_PLAN),
    /** A teacher education plan (kế hoạch giáo dục của giáo viên, CV 5512 Phụ lục III). */
    TEACHER_EDUCATION_PLAN("Kế hoạch giáo dục của giáo viên", RecordKind.TEACHER_PLAN),
    /** A lesson plan (kế hoạch bài dạy, giáo án, CV 5512 Phụ lục IV): one lesson or topic. */
    LESSON_PLAN("Kế hoạch bài dạy", RecordKind.LESSON_PLAN);

    private final String vietnameseName;
    private final RecordKind recordKind;

    PlanKind(String vietnameseName, RecordKind recordKind) {
        this.vietnameseName = vietnameseName;
        this.recordKind = recordKind;
    }

    /** @return the Vietnamese name, not null */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** @return the kind of record the access policy rules on, not null */
    public RecordKind recordKind() {
        return recordKind;
    }

    /** @return true for the education plans due before 15 September (all but the lesson plan) */
    public boolean isEducationPlan() {
        return this != LESSON_PLAN;
    }
}
