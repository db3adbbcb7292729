package vn.schoolrecords.pdf.internal;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** An immutable rectangle in PDF points, origin at the lower left of the page. */
public record Rect(float x, float y, float width, float height) {

    /** Rounding slack when comparing measured boxes, in points. */
    public static final float EPSILON = 0.01f;

    public static Rect of(PDRectangle r) {
        return new Rect(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
    }

    public float top() {
        return y + height;
    }

    public float right() {
        return x + width;
    }

    public boolean contains(Rect other) {
        return other.x >= x - EPSILON && other.y >= y - EPSILON
                && other.right() <= right() + EPSILON && other.top() <= top() + EPSILON;
    }

    public boolean overlaps(Rect other) {
        return other.x < right() && other.right() > x && other.y < top() && other.top() > y;
    }

    public PDRectangle toPdf() {
        return new PDRectangle(x, y, width, height);
    }
}
