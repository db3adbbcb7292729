package vn.schoolrecords.core.assessment;

/** Academic standing (học lực) under TT 58/2011 and TT 26/2020, Điều 13: five levels. */
public enum AcademicStanding implements RatedLevel {
    /** Giỏi (G). */
    EXCELLENT("Giỏi"),
    /** Khá (K). */
    GOOD("Khá"),
    /** Trung bình (Tb). */
    AVERAGE("Trung bình"),
    /** Yếu (Y). */
    WEAK("Yếu"),
    /** Kém. */
    POOR("Kém");

    private final String vietnameseName;

    AcademicStanding(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    @Override
    public String vietnameseName() {
        return vietnameseName;
    }

    @Override
    public int rank() {
        return ordinal();
    }

    /**
     * Whether this standing is the given one or better.
     *
     * @param other the standing compared with, not null
     * @return true if at least as good
     */
    public boolean isAtLeast(AcademicStanding other) {
        return ordinal() <= other.ordinal();
    }
}
