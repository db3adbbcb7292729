package vn.schoolrecords.pdf.internal;

/** The four faces of a font family, in the order the public {@code PdfFonts} holds them. */
public enum Face {
    REGULAR("regular"), BOLD("bold"), ITALIC("italic"), BOLD_ITALIC("bold-italic");

    private final String label;

    Face(String label) {
        this.label = label;
    }

    /** @return the face's name in error messages */
    public String label() {
        return label;
    }
}
