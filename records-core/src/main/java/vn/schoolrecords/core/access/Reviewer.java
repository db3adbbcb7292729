package vn.schoolrecords.core.access;

/** Who approves a step of a plan's approval chain (người phê duyệt). */
public enum Reviewer {
    /**
     * The leader of the author's subject group (tổ trưởng chuyên môn) or of the author's
     * sub-group (nhóm trưởng chuyên môn) (004 §2.2, §2.3).
     */
    SUBJECT_GROUP_LEADER("Tổ trưởng / nhóm trưởng chuyên môn"),
    /** The principal board (ban giám hiệu): the principal or a vice principal (004 §2.2). */
    PRINCIPAL_BOARD("Ban giám hiệu"),
    /** The school council (hội đồng trường) (004 §2.2). */
    SCHOOL_COUNCIL("Hội đồng trường");

    private final String vietnameseName;

    Reviewer(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name, e.g. {@code Ban giám hiệu}, not null */
    public String vietnameseName() {
        return vietnameseName;
    }
}
