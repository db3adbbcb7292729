package vn.schoolrecords.core.assessment;

/** Conduct (hạnh kiểm) under TT 58/2011, Điều 3–4: Tốt, Khá, Trung bình, Yếu. */
public enum LegacyConduct implements RatedLevel {
    /** Tốt. */
    GOOD("Tốt"),
    /** Khá. */
    FAIR("Khá"),
    /** Trung bình. */
    AVERAGE("Trung bình"),
    /** Yếu. */
    WEAK("Yếu");

    private final String vietnameseName;

    LegacyConduct(String vietnameseName) {
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
     * Whether this conduct is the given level or better.
     *
     * @param other the level compared with, not null
     * @return true if at least as good
     */
    public boolean isAtLeast(LegacyConduct other) {
        return ordinal() <= other.ordinal();
    }
}
