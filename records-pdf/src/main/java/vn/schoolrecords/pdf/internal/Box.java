package vn.schoolrecords.pdf.internal;

/**
 * What the layout drew and where, for tests to check that nothing overflows: every box must lie
 * within its {@code limit} (a cell's inner area, a column, the content area), and every limit
 * within the content area unless the box belongs in a margin (page numbers, the print date).
 *
 * @param page the page index, from 0
 * @param kind what was drawn
 * @param bounds the measured extent of what was drawn
 * @param limit the area it had to stay inside
 * @param text the text drawn, or the field's name, or empty
 */
public record Box(int page, Kind kind, Rect bounds, Rect limit, String text) {

    public enum Kind { TEXT, MARGIN_TEXT, CELL, RULE, IMAGE, FIELD }
}
