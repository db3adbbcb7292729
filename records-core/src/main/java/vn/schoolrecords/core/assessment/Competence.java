package vn.schoolrecords.core.assessment;

/**
 * A competence (năng lực) of the 2018 programme assessed in primary school under TT 27/2020
 * Điều 7, khoản 2: three general competences (năng lực chung) and seven specific ones (năng lực
 * đặc thù).
 */
public enum Competence {
    /** Tự chủ và tự học (general). */
    SELF_RELIANCE_AND_SELF_STUDY("Tự chủ và tự học", true),
    /** Giao tiếp và hợp tác (general). */
    COMMUNICATION_AND_COLLABORATION("Giao tiếp và hợp tác", true),
    /** Giải quyết vấn đề và sáng tạo (general). */
    PROBLEM_SOLVING_AND_CREATIVITY("Giải quyết vấn đề và sáng tạo", true),
    /** Ngôn ngữ (specific). */
    LANGUAGE("Ngôn ngữ", false),
    /** Tính toán (specific). */
    MATHEMATICS("Tính toán", false),
    /** Khoa học (specific). */
    SCIENCE("Khoa học", false),
    /** Công nghệ (specific). */
    TECHNOLOGY("Công nghệ", false),
    /** Tin học (specific). */
    INFORMATICS("Tin học", false),
    /** Thẩm mĩ (specific). */
    AESTHETICS("Thẩm mĩ", false),
    /** Thể chất (specific). */
    PHYSICAL("Thể chất", false);

    private final String vietnameseName;
    private final boolean general;

    Competence(String vietnameseName, boolean general) {
        this.vietnameseName = vietnameseName;
        this.general = general;
    }

    /** @return the name as the programme writes it, e.g. {@code Tự chủ và tự học}, not null */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** @return true for a general competence (năng lực chung), false for a specific one (năng lực đặc thù) */
    public boolean isGeneral() {
        return general;
    }
}
