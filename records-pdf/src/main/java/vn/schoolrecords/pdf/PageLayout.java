package vn.schoolrecords.pdf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.Violation;

/**
 * The page setup (định dạng trang) of an administrative document after Decree 30/2020/NĐ-CP,
 * Phụ lục I, Phần I: A4 paper (210 × 297 mm) in portrait, margins top and bottom 20–25 mm,
 * left 30–35 mm, right 15–20 mm. Lengths are exact millimetres; {@link #mediaBox()} and
 * {@link #contentArea()} convert them to PDF points (1 pt = 1/72 inch = 25.4/72 mm).
 *
 * @param topMm the top margin in millimetres, 20–25
 * @param bottomMm the bottom margin in millimetres, 20–25
 * @param leftMm the left margin in millimetres, 30–35
 * @param rightMm the right margin in millimetres, 15–20
 */
public record PageLayout(BigDecimal topMm, BigDecimal bottomMm, BigDecimal leftMm, BigDecimal rightMm) {

    /** Where the rules come from. */
    public static final String CITATION = "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I";

    /** The width of A4 paper in millimetres. */
    public static final BigDecimal A4_WIDTH_MM = BigDecimal.valueOf(210);

    /** The height of A4 paper in millimetres. */
    public static final BigDecimal A4_HEIGHT_MM = BigDecimal.valueOf(297);

    /** The usual choice within the ranges: top and bottom 20 mm, left 30 mm, right 15 mm. */
    public static final PageLayout DECREE_30 = of(BigDecimal.valueOf(20), BigDecimal.valueOf(20),
            BigDecimal.valueOf(30), BigDecimal.valueOf(15));

    private static final BigDecimal MM_PER_INCH = new BigDecimal("25.4");
    private static final BigDecimal POINTS_PER_INCH = BigDecimal.valueOf(72);

    /** Checks presence; {@link #of} checks the ranges. */
    public PageLayout {
        Objects.requireNonNull(topMm, "topMm");
        Objects.requireNonNull(bottomMm, "bottomMm");
        Objects.requireNonNull(leftMm, "leftMm");
        Objects.requireNonNull(rightMm, "rightMm");
    }

    /**
     * A validated layout.
     *
     * @param topMm the top margin, 20–25 mm, not null
     * @param bottomMm the bottom margin, 20–25 mm, not null
     * @param leftMm the left margin, 30–35 mm, not null
     * @param rightMm the right margin, 15–20 mm, not null
     * @return the layout, not null
     * @throws InvalidValueException naming every margin out of its range
     */
    public static PageLayout of(BigDecimal topMm, BigDecimal bottomMm, BigDecimal leftMm, BigDecimal rightMm) {
        PageLayout layout = new PageLayout(topMm, bottomMm, leftMm, rightMm);
        List<Violation> violations = new ArrayList<>();
        check(violations, "topMm", "trên", "top", topMm, 20, 25);
        check(violations, "bottomMm", "dưới", "bottom", bottomMm, 20, 25);
        check(violations, "leftMm", "trái", "left", leftMm, 30, 35);
        check(violations, "rightMm", "phải", "right", rightMm, 15, 20);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return layout;
    }

    /**
     * A copy with another left margin, e.g. 35 mm for documents bound on the left.
     *
     * @param mm the left margin, 30–35 mm, not null
     * @return the layout, not null
     * @throws InvalidValueException if out of range
     */
    public PageLayout withLeftMm(BigDecimal mm) {
        return of(topMm, bottomMm, mm, rightMm);
    }

    /**
     * The A4 portrait page in points, about 595.28 × 841.89.
     *
     * @return a new rectangle with its lower left corner at the origin, not null
     */
    public PDRectangle mediaBox() {
        return new PDRectangle(points(A4_WIDTH_MM), points(A4_HEIGHT_MM));
    }

    /**
     * The area inside the margins, in points, in PDF coordinates (origin at the lower left).
     *
     * @return a new rectangle, not null
     */
    public PDRectangle contentArea() {
        return new PDRectangle(points(leftMm), points(bottomMm),
                points(A4_WIDTH_MM.subtract(leftMm).subtract(rightMm)),
                points(A4_HEIGHT_MM.subtract(topMm).subtract(bottomMm)));
    }

    /**
     * Converts millimetres to PDF points: {@code mm × 72 / 25.4}.
     *
     * @param mm a length in millimetres, not null
     * @return the length in points
     */
    public static float points(BigDecimal mm) {
        return mm.multiply(POINTS_PER_INCH).divide(MM_PER_INCH, MathContext.DECIMAL64).floatValue();
    }

    private static void check(List<Violation> violations, String field, String vi, String en, BigDecimal value,
            int min, int max) {
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            violations.add(new Violation(field, "PageLayout.margin", LocalizedText.of(
                    "lề " + vi + " phải từ " + min + " đến " + max + " mm (" + CITATION + ")",
                    "the " + en + " margin must be between " + min + " and " + max + " mm (" + CITATION + ")"),
                    value.toPlainString()));
        }
    }
}
