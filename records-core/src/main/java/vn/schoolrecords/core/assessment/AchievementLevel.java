package vn.schoolrecords.core.assessment;

/**
 * The four-level scale of TT 22/2021 and TT 43/2021 for both the learning result (kết quả học
 * tập, Điều 9) and conduct (kết quả rèn luyện, Điều 8): Tốt, Khá, Đạt, Chưa đạt.
 */
public enum AchievementLevel implements RatedLevel {
    /** Tốt (good). */
    GOOD("Tốt"),
    /** Khá (fair). */
    FAIR("Khá"),
    /** Đạt (pass). */
    PASS("Đạt"),
    /** Chưa đạt (not yet passed). */
    FAIL("Chưa đạt");

    private final String vietnameseName;

    AchievementLevel(String vietnameseName) {
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

    /** @return the next better level, or this for {@link #GOOD} */
    public AchievementLevel oneStepUp() {
        return this == GOOD ? GOOD : values()[ordinal() - 1];
    }

    /**
     * Whether this level is the given one or better.
     *
     * @param other the level compared with, not null
     * @return true if at least as good
     */
    public boolean isAtLeast(AchievementLevel other) {
        return ordinal() <= other.ordinal();
    }
}
