package vn.schoolrecords.core.transcript;

/**
 * Who signs a transcript page, in the order they sign (QĐ 1789/QĐ-SGDĐT TP.HCM Điều 20.5;
 * TT 70/2026 Điều 9; CV 2088/BGDĐT-GDTH Phụ lục 1 §III.2): subject teachers, then the homeroom
 * teacher, then the head of school, then the school's seal. Declared in that order.
 */
public enum SigningRole {
    /** Subject teacher (giáo viên môn học): signs the rows of the subjects taught. */
    SUBJECT_TEACHER("Giáo viên môn học"),
    /** Homeroom teacher (giáo viên chủ nhiệm): signs the student's page with the comment. */
    HOMEROOM_TEACHER("Giáo viên chủ nhiệm"),
    /** Head of school (hiệu trưởng) or the person delegated: confirms the page. */
    PRINCIPAL("Hiệu trưởng"),
    /**
     * The school's seal (con dấu): the organisation certificate, applied by the clerk (văn thư),
     * issues the page; nothing may be signed after it.
     */
    SCHOOL_SEAL("Con dấu của nhà trường");

    private final String vietnameseName;

    SigningRole(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name, e.g. {@code Giáo viên chủ nhiệm}, not null */
    public String vietnameseName() {
        return vietnameseName;
    }
}
