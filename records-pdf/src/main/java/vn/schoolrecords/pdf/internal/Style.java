package vn.schoolrecords.pdf.internal;

/**
 * A face at a size in points. Lines are set single-spaced: 1.2 × the size, the baseline
 * {@link #ascent()} below the line's top, which leaves room for Vietnamese stacked marks above
 * capitals (Ấ, Ẫ) and the dot below (ạ, Ợ).
 */
public record Style(Face face, float size) {

    public static Style regular(float size) {
        return new Style(Face.REGULAR, size);
    }

    public static Style bold(float size) {
        return new Style(Face.BOLD, size);
    }

    public static Style italic(float size) {
        return new Style(Face.ITALIC, size);
    }

    /** @return the height of one line */
    public float leading() {
        return size * 1.2f;
    }

    /** @return from the top of a line down to its baseline */
    public float ascent() {
        return size * 0.93f;
    }
}
