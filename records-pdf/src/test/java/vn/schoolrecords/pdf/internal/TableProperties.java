package vn.schoolrecords.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the texts and the number of rows, the table stays inside its cells and the page. */
class TableProperties {

    private static final List<String> SYLLABLES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Thị", "Văn", "Ngọc", "Thủy", "Tiên", "Ữ",
            "Nghiêng", "Khuyến", "Trưởng", "Quỳnh", "Hướng", "Xuyến", "Ặng", "Ệch", "Ỗi", "Ậu", "H'Mông", "Êđê");

    private static final Table TABLE = new Table(List.of(
            new Table.Column("STT", 7, Canvas.Align.CENTER),
            new Table.Column("Họ và tên", 30, Canvas.Align.LEFT),
            new Table.Column("Ngày sinh", 15, Canvas.Align.CENTER),
            new Table.Column("Nơi sinh", 25, Canvas.Align.RIGHT)),
            Style.bold(12), Style.regular(12), 3);

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> words = Arbitraries.of(SYLLABLES).list().ofMinSize(1).ofMaxSize(4)
                .map(l -> String.join("", l));
        return words.list().ofMinSize(1).ofMaxSize(25).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        return names().list().ofSize(3).map(l -> List.of("1", l.get(0), l.get(1), l.get(2)))
                .list().ofMinSize(1).ofMaxSize(90);
    }

    @Example
    void aRowTallerThanAPageIsSplitBetweenLinesUnderRepeatedHeaders() throws IOException {
        String comment = String.join(" ", java.util.Collections.nCopies(400, "Nghiêng Khuyến"));
        try (PDDocument doc = new PDDocument(); Canvas canvas = Fixtures.canvas(doc)) {
            canvas.newPage();
            TABLE.draw(canvas, List.of(List.of("1", "Lê Ữ", "01/01/2009", comment), List.of("2", "Đỗ Ệ", "", "")));
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(canvas.boxes()).allSatisfy(b -> assertThat(canvas.area().contains(b.bounds())).isTrue());
            assertThat(canvas.boxes().stream().filter(b -> b.text().equals("STT")).count())
                    .isEqualTo(doc.getNumberOfPages());
            assertThat(canvas.boxes().stream().filter(b -> b.text().contains("Khuyến")).mapToLong(
                    b -> b.text().split(" ").length).sum()).isEqualTo(800);
        }
    }

    @Property(tries = 60)
    void nothingOverflowsACellOrThePage(@ForAll("rows") List<List<String>> rows,
            @ForAll @IntRange(min = 0, max = 600) int startBelowTop) throws IOException {
        try (PDDocument doc = new PDDocument(); Canvas canvas = Fixtures.canvas(doc)) {
            canvas.newPage();
            canvas.advance(startBelowTop);
            TABLE.draw(canvas, rows);

            assertThat(canvas.boxes()).allSatisfy(b -> {
                assertThat(b.limit().contains(b.bounds())).as("%s inside its limit", b).isTrue();
                assertThat(canvas.area().contains(b.bounds())).as("%s inside the margins", b).isTrue();
            });
            // Every page has the header row, once.
            Map<Integer, Long> headers = canvas.boxes().stream().filter(b -> b.text().equals("STT"))
                    .collect(Collectors.groupingBy(Box::page, Collectors.counting()));
            assertThat(headers).hasSize(doc.getNumberOfPages()).allSatisfy((page, count) -> assertThat(count).isEqualTo(1));
            // Every word of every cell was drawn, in order.
            String drawn = canvas.boxes().stream().filter(b -> b.kind() == Box.Kind.TEXT).map(Box::text)
                    .collect(Collectors.joining(" "));
            for (List<String> row : rows) {
                assertThat(drawn.replace(" ", "")).contains(row.get(1).replace(" ", ""));
            }
        }
    }
}
