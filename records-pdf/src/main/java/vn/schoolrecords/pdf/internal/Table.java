package vn.schoolrecords.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table across the content width. Cells wrap their text; a row that does not fit on the
 * page moves to the next one, under a repeated header row; a row taller than a whole page is
 * split between lines, so nothing ever runs past the bottom margin.
 */
public final class Table {

    /** A column: its header, its share of the width, and how its cells align. */
    public record Column(String header, float weight, Canvas.Align align) {
    }

    private static final float RULE = 0.5f;

    private final List<Column> columns;
    private final Style headerStyle;
    private final Style bodyStyle;
    private final float padding;

    public Table(List<Column> columns, Style headerStyle, Style bodyStyle, float padding) {
        this.columns = List.copyOf(columns);
        this.headerStyle = headerStyle;
        this.bodyStyle = bodyStyle;
        this.padding = padding;
    }

    /** Told where each row's first band was drawn, e.g. to put a signature field in a cell. */
    public interface RowListener {
        /** @param cells the cells of the row's first band, one per column, on the canvas's current page */
        void drawn(int row, List<Rect> cells);
    }

    /** Draws the header and the rows from the cursor on, moving the cursor below the table. */
    public void draw(Canvas canvas, List<List<String>> rows) {
        draw(canvas, rows, (row, cells) -> { });
    }

    /** As {@link #draw(Canvas, List)}, telling the listener where each row begins. */
    public void draw(Canvas canvas, List<List<String>> rows, RowListener listener) {
        float[] widths = widths(canvas.area().width());
        List<List<String>> header = wrapAll(canvas, headerStyle, widths, columns.stream().map(Column::header).toList());
        float headerHeight = height(header, headerStyle);
        float minRow = bodyStyle.leading() + 2 * padding;
        canvas.ensure(headerHeight + minRow);
        drawRow(canvas, widths, header, 0, lines(header), headerStyle, true);

        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> cells = wrapAll(canvas, bodyStyle, widths, rows.get(r));
            int total = lines(cells);
            int from = 0;
            while (from < total) {
                int fit = (int) Math.floor((canvas.remaining() - 2 * padding + Rect.EPSILON) / bodyStyle.leading());
                boolean wholeRowFitsOnAFreshPage = total * bodyStyle.leading() + 2 * padding
                        <= canvas.area().height() - headerHeight;
                if (fit >= total - from || (fit >= 1 && !wholeRowFitsOnAFreshPage)) {
                    int to = Math.min(total, from + fit);
                    List<Rect> drawn = drawRow(canvas, widths, cells, from, to, bodyStyle, false);
                    if (from == 0) {
                        listener.drawn(r, drawn);
                    }
                    from = to;
                } else {
                    // Keep the row whole on the next page when it fits there, else split it.
                    canvas.newPage();
                    drawRow(canvas, widths, header, 0, lines(header), headerStyle, true);
                }
            }
        }
    }

    float[] widths(float total) {
        float sum = (float) columns.stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = total * columns.get(i).weight() / sum;
        }
        return widths;
    }

    private List<List<String>> wrapAll(Canvas canvas, Style style, float[] widths, List<String> texts) {
        if (texts.size() != columns.size()) {
            throw new IllegalArgumentException("a row has " + texts.size() + " cells for " + columns.size() + " columns");
        }
        List<List<String>> cells = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            cells.add(Lines.wrap(texts.get(i), canvas.fonts(), style, widths[i] - 2 * padding));
        }
        return cells;
    }

    private static int lines(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    private float height(List<List<String>> cells, Style style) {
        return lines(cells) * style.leading() + 2 * padding;
    }

    /** Draws lines [from, to) of every cell as one band of the row. */
    private List<Rect> drawRow(Canvas canvas, float[] widths, List<List<String>> cells, int from, int to, Style style,
            boolean header) {
        List<Rect> drawn = new ArrayList<>(cells.size());
        float height = (to - from) * style.leading() + 2 * padding;
        float top = canvas.cursor();
        float x = canvas.area().x();
        for (int i = 0; i < cells.size(); i++) {
            Rect cell = new Rect(x, top - height, widths[i], height);
            Rect inner = new Rect(x + padding, cell.y() + padding, widths[i] - 2 * padding, height - 2 * padding);
            canvas.frame(cell, RULE);
            drawn.add(cell);
            List<String> lines = cells.get(i);
            Canvas.Align align = header ? Canvas.Align.CENTER : columns.get(i).align();
            float lineTop = top - padding;
            for (int l = from; l < Math.min(to, lines.size()); l++) {
                String line = lines.get(l);
                float w = canvas.fonts().width(line, style);
                float left = switch (align) {
                    case LEFT -> inner.x();
                    case CENTER -> inner.x() + (inner.width() - w) / 2;
                    case RIGHT -> inner.right() - w;
                };
                canvas.text(line, style, left, lineTop, inner);
                lineTop -= style.leading();
            }
            x += widths[i];
        }
        canvas.advance(height);
        return drawn;
    }
}
