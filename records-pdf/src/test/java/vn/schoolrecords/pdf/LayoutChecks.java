package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.schoolrecords.pdf.internal.Box;
import vn.schoolrecords.pdf.internal.Rect;

/** What every printout's layout must keep, checked on the boxes it drew. */
public final class LayoutChecks {

    private LayoutChecks() {
    }

    /** Every box stays inside its limit, and inside the margins unless it is margin text, which stays in a margin. */
    public static void assertNothingOverflows(List<Box> boxes) {
        Rect area = Rect.of(PageLayout.DECREE_30.contentArea());
        Rect page = Rect.of(PageLayout.DECREE_30.mediaBox());
        assertThat(boxes).allSatisfy(b -> {
            assertThat(b.limit().contains(b.bounds())).as("%s inside its limit", b).isTrue();
            if (b.kind() == Box.Kind.MARGIN_TEXT) {
                assertThat(page.contains(b.bounds()) && !area.overlaps(b.bounds())).as("%s in a margin", b).isTrue();
            } else {
                assertThat(area.contains(b.bounds())).as("%s inside the margins", b).isTrue();
            }
        });
    }

    /** Every page that has table cells has the header cell {@code header} exactly once. */
    public static void assertHeaderOnEveryPageWithCells(List<Box> boxes, String header) {
        Map<Integer, Long> headers = boxes.stream().filter(b -> b.kind() == Box.Kind.TEXT && b.text().equals(header))
                .collect(Collectors.groupingBy(Box::page, Collectors.counting()));
        boxes.stream().filter(b -> b.kind() == Box.Kind.CELL).map(Box::page).distinct()
                .forEach(p -> assertThat(headers.get(p)).as("header cells on page %d", p).isEqualTo(1L));
    }

    /**
     * On every page with table cells, the topmost row of cells is a header row: a table broken
     * across pages repeats its header (pages may hold several tables).
     */
    public static void assertEveryPageWithCellsOpensWithAHeader(List<Box> boxes, String header) {
        boxes.stream().filter(b -> b.kind() == Box.Kind.CELL).map(Box::page).distinct().forEach(p -> {
            float top = (float) boxes.stream().filter(b -> b.page() == p && b.kind() == Box.Kind.CELL)
                    .mapToDouble(b -> b.bounds().top()).max().orElseThrow();
            assertThat(boxes.stream().filter(b -> b.page() == p && b.kind() == Box.Kind.TEXT
                    && b.text().equals(header) && b.bounds().top() <= top + Rect.EPSILON
                    && b.bounds().top() >= top - 10)).as("header at the top of the cells of page %d", p).isNotEmpty();
        });
    }

    /** Every page has its "Trang x/y" and its print date, each once. */
    public static void assertEveryPageNumberedOfTotal(List<Box> boxes, int pages) {
        for (int p = 0; p < pages; p++) {
            int page = p;
            assertThat(boxes.stream().filter(b -> b.page() == page && b.kind() == Box.Kind.MARGIN_TEXT)
                    .map(Box::text)).contains("Trang " + (p + 1) + "/" + pages)
                    .filteredOn(t -> t.startsWith("Ngày in: ")).hasSize(1);
        }
    }
}
