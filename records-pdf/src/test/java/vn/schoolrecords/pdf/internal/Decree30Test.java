package vn.schoolrecords.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class Decree30Test {

    @Test
    void dayBelowTenAndTheFirstTwoMonthsAreZeroPadded() {
        assertThat(Decree30.placeAndDate("Hà Nội", LocalDate.of(2025, 9, 5)))
                .isEqualTo("Hà Nội, ngày 05 tháng 9 năm 2025");
        assertThat(Decree30.placeAndDate("Nghệ An", LocalDate.of(2026, 1, 15)))
                .isEqualTo("Nghệ An, ngày 15 tháng 01 năm 2026");
        assertThat(Decree30.placeAndDate("Huế", LocalDate.of(2026, 2, 28))).endsWith("ngày 28 tháng 02 năm 2026");
        assertThat(Decree30.placeAndDate("Huế", LocalDate.of(2025, 12, 31))).endsWith("ngày 31 tháng 12 năm 2025");
    }

    @Test
    void theSealOverlapsTheLeftThirdOfTheSignature() {
        Rect area = new Rect(85, 57, 468, 728);
        Rect signature = new Rect(350, 200, 150, 64);
        Rect seal = Decree30.sealOver(signature, area);
        assertThat(seal.right()).isEqualTo(signature.x() + signature.width() / 3);
        assertThat(seal.x()).isLessThan(signature.x());
        assertThat(seal.y() + seal.height() / 2).isEqualTo(signature.y() + signature.height() / 2);
        assertThat(area.contains(seal)).isTrue();
    }

    @Test
    void pageNumbersAreCentredInTheTopMarginFromPageTwo() {
        try (PDDocument doc = new PDDocument(); Canvas canvas = Fixtures.canvas(doc)) {
            Decree30.decoratePages(canvas, LocalDate.of(2025, 9, 5));
            canvas.newPage();
            canvas.newPage();
            canvas.newPage();
            List<Box> numbers = canvas.boxes().stream()
                    .filter(b -> b.kind() == Box.Kind.MARGIN_TEXT && !b.text().startsWith("Ngày in")).toList();
            assertThat(numbers).extracting(Box::text).containsExactly("2", "3");
            assertThat(numbers).extracting(Box::page).containsExactly(1, 2);
            for (Box b : numbers) {
                assertThat(b.bounds().y()).isGreaterThan(canvas.area().top());
                float centre = b.bounds().x() + b.bounds().width() / 2;
                assertThat(centre).isCloseTo(canvas.area().x() + canvas.area().width() / 2, org.assertj.core.data.Offset.offset(0.01f));
            }
            assertThat(canvas.boxes()).filteredOn(b -> b.text().equals("Ngày in: 05/09/2025")).hasSize(3)
                    .allSatisfy(b -> assertThat(b.bounds().top()).isLessThan(canvas.area().y()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theHeadingKeepsEveryElementInsideTheContentArea() throws java.io.IOException {
        try (PDDocument doc = new PDDocument(); Canvas canvas = Fixtures.canvas(doc)) {
            canvas.newPage();
            Decree30.heading(canvas, new Decree30.Agency("Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh",
                    "Trường Trung học phổ thông chuyên Lê Hồng Phong", Optional.empty()),
                    Decree30.placeAndDate("Thành phố Hồ Chí Minh", LocalDate.of(2025, 9, 5)));
            assertThat(canvas.boxes()).extracting(Box::text).contains(Decree30.NATIONAL_TITLE, Decree30.MOTTO,
                    "TRƯỜNG TRUNG HỌC PHỔ");
            assertThat(canvas.boxes()).allSatisfy(b -> {
                assertThat(b.limit().contains(b.bounds())).as(b.toString()).isTrue();
                assertThat(canvas.area().contains(b.bounds())).as(b.toString()).isTrue();
            });
            assertThat(canvas.cursor()).isLessThan(canvas.area().top() - 60);
        }
    }
}
