package vn.schoolrecords.core.assessment;

/**
 * A primary student's overall result of the school year (kết quả giáo dục cuối năm học) under
 * TT 27/2020 Điều 9, khoản 2, điểm a — the learning level of a {@link PrimaryOutcome}.
 */
public enum PrimaryResult implements RatedLevel {
    /**
     * Hoàn thành xuất sắc (HTXS): every subject and activity Hoàn thành tốt, every quality and
     * competence Tốt, every end-of-year periodic test 9 or more.
     */
    OUTSTANDING("Hoàn thành xuất sắc", "HTXS", 9),
    /**
     * Hoàn thành tốt (HTT): not HTXS; every subject and activity Hoàn thành tốt, every quality
     * and competence Tốt, every end-of-year periodic test 7 or more.
     */
    COMPLETED_WELL("Hoàn thành tốt", "HTT", 7),
    /**
     * Hoàn thành (HT): not the above; every subject and activity Hoàn thành tốt or Hoàn thành,
     * every quality and competence Tốt or Đạt, every end-of-year periodic test 5 or more.
     */
    COMPLETED("Hoàn thành", "HT", 5),
    /** Chưa hoàn thành (CHT): every other case. */
    NOT_COMPLETED("Chưa hoàn thành", "CHT", 0);

    private final String vietnameseName;
    private final String abbreviation;
    private final int minimumTest;

    PrimaryResult(String vietnameseName, String abbreviation, int minimumTest) {
        this.vietnameseName = vietnameseName;
        this.abbreviation = abbreviation;
        this.minimumTest = minimumTest;
    }

    @Override
    public String vietnameseName() {
        return vietnameseName;
    }

    /** @return the usual abbreviation, e.g. {@code HTT}, not null */
    public String abbreviation() {
        return abbreviation;
    }

    @Override
    public int rank() {
        return ordinal();
    }

    /** @return the lowest end-of-year test score this result allows: 9, 7, 5 (0 for CHT) */
    public int minimumTest() {
        return minimumTest;
    }

    /**
     * The lowest level every subject and activity must reach for this result.
     *
     * @return {@code T} for HTXS and HTT, {@code H} for HT, {@code C} for CHT, not null
     */
    public SubjectLevel minimumSubjectLevel() {
        return switch (this) {
            case OUTSTANDING, COMPLETED_WELL -> SubjectLevel.COMPLETED_WELL;
            case COMPLETED -> SubjectLevel.COMPLETED;
            case NOT_COMPLETED -> SubjectLevel.NOT_COMPLETED;
        };
    }

    /**
     * The lowest level every quality and competence must reach for this result.
     *
     * @return Tốt for HTXS and HTT, Đạt for HT, Cần cố gắng for CHT, not null
     */
    public QualityLevel minimumQualityLevel() {
        return switch (this) {
            case OUTSTANDING, COMPLETED_WELL -> QualityLevel.GOOD;
            case COMPLETED -> QualityLevel.PASS;
            case NOT_COMPLETED -> QualityLevel.NEEDS_EFFORT;
        };
    }

    /**
     * Whether this result is the given one or better.
     *
     * @param other the result compared with, not null
     * @return true if at least as good
     */
    public boolean isAtLeast(PrimaryResult other) {
        return ordinal() <= other.ordinal();
    }
}
