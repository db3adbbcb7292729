package vn.schoolrecords.pdf.internal;

/**
 * "Trang x/y" at the bottom left of every page, beside the print date on the right: the reader
 * of a loose printed page of a grade book or log knows whether the set is whole. Drawn after the
 * layout, when the number of pages is known.
 */
public final class Pagination {

    private Pagination() {
    }

    /** Stamps every page of the canvas's document; call once, after the last page is laid out. */
    public static void stampPageOfTotal(Canvas canvas) {
        int total = canvas.document().getNumberOfPages();
        float top = (canvas.area().y() + Decree30.PRINT_DATE_STYLE.leading()) / 2;
        for (int i = 0; i < total; i++) {
            canvas.revisit(i);
            canvas.marginText("Trang " + (i + 1) + "/" + total, Decree30.PRINT_DATE_STYLE, canvas.area().x(), top);
        }
    }
}
