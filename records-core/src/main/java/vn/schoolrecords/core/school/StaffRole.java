package vn.schoolrecords.core.school;

/** A role a member of staff holds in a school (chức vụ, nhiệm vụ). */
public enum StaffRole {
    /** Subject teacher (giáo viên bộ môn): enters the scores of the classes and subjects assigned. */
    SUBJECT_TEACHER("Giáo viên bộ môn"),
    /** Homeroom teacher (giáo viên chủ nhiệm): conduct, comments, the class's lists. */
    HOMEROOM_TEACHER("Giáo viên chủ nhiệm"),
    /** Subject-group leader (tổ trưởng chuyên môn): approves teachers' plans. */
    SUBJECT_GROUP_LEADER("Tổ trưởng chuyên môn"),
    /** Subject sub-group leader (nhóm trưởng / tổ phó chuyên môn). */
    SUBJECT_SUBGROUP_LEADER("Nhóm trưởng chuyên môn"),
    /** Vice principal (phó hiệu trưởng), part of the principal board (ban giám hiệu). */
    VICE_PRINCIPAL("Phó hiệu trưởng"),
    /** Principal (hiệu trưởng), head of the school. */
    PRINCIPAL("Hiệu trưởng"),
    /** IT administrator (quản trị hệ thống): locks and prints, never enters scores. */
    IT_ADMINISTRATOR("Quản trị hệ thống"),
    /** Clerk (văn thư): keeps the school's seal and applies the organisation's signature. */
    CLERK("Văn thư");

    private final String vietnameseName;

    StaffRole(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese title, e.g. {@code Hiệu trưởng}, not null */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** @return true for the principal and vice principals, the principal board (ban giám hiệu) */
    public boolean isPrincipalBoard() {
        return this == PRINCIPAL || this == VICE_PRINCIPAL;
    }
}
