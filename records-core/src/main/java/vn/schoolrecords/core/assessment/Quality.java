package vn.schoolrecords.core.assessment;

/**
 * A core quality (phẩm chất chủ yếu) of the 2018 programme assessed in primary school under TT
 * 27/2020 Điều 7, khoản 2.
 */
public enum Quality {
    /** Yêu nước. */
    PATRIOTISM("Yêu nước"),
    /** Nhân ái. */
    KINDNESS("Nhân ái"),
    /** Chăm chỉ. */
    DILIGENCE("Chăm chỉ"),
    /** Trung thực. */
    HONESTY("Trung thực"),
    /** Trách nhiệm. */
    RESPONSIBILITY("Trách nhiệm");

    private final String vietnameseName;

    Quality(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the name as the programme writes it, e.g. {@code Yêu nước}, not null */
    public String vietnameseName() {
        return vietnameseName;
    }
}
