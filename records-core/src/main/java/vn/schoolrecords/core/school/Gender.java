package vn.schoolrecords.core.school;

/** Gender (giới tính) as recorded in the civil register. */
public enum Gender {
    /** Male (nam). */
    MALE("Nam"),
    /** Female (nữ). */
    FEMALE("Nữ");

    private final String vietnameseName;

    Gender(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return {@code Nam} or {@code Nữ}, not null */
    public String vietnameseName() {
        return vietnameseName;
    }
}
