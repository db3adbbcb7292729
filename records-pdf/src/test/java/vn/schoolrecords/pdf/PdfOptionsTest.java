package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.schoolrecords.core.InvalidValueException;

class PdfOptionsTest {

    @Test
    void theDefaultsAreDecree30LiberationSerifAndTheSchoolsOwnBranding() {
        PdfOptions options = PdfOptions.of(Instant.parse("2025-09-05T01:30:00Z"));
        assertThat(options.layout()).isEqualTo(PageLayout.DECREE_30);
        assertThat(options.fonts().familyName()).isEqualTo("Liberation Serif");
        assertThat(options.branding()).isEmpty();
    }

    @Test
    void thePrintDateDefaultsToTheCreationDayInVietnamNotInUtc() {
        // 18:30 UTC on 4 September is 01:30 on 5 September in Hà Nội.
        assertThat(PdfOptions.of(Instant.parse("2025-09-04T18:30:00Z")).printDate()).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(PdfOptions.builder(Instant.parse("2025-09-04T18:30:00Z")).printDate(LocalDate.of(2025, 10, 1))
                .build().printDate()).isEqualTo(LocalDate.of(2025, 10, 1));
    }

    @Test
    void aCopyThroughTheBuilderChangesOnlyWhatIsSet() {
        PdfOptions options = PdfOptions.builder(Instant.parse("2025-09-05T01:30:00Z"))
                .branding(SchoolBranding.of("Trường THCS Ba Đình", "Phòng Giáo dục và Đào tạo quận Ba Đình")).build();
        PdfOptions copy = options.toBuilder().printDate(LocalDate.of(2025, 9, 6)).build();
        assertThat(copy.branding()).isEqualTo(options.branding());
        assertThat(copy.createdAt()).isEqualTo(options.createdAt());
        assertThat(copy.printDate()).isEqualTo(LocalDate.of(2025, 9, 6));
    }

    @Test
    void brandingCopiesTheLogoAndRejectsBlankNames() throws Exception {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
        SchoolBranding branding = SchoolBranding.of("Trường Tiểu học Kim Đồng", "Phòng GD&ĐT").withLogo(png);
        png[20] ^= 1;
        assertThat(branding.logo().orElseThrow()).isNotEqualTo(png);
        branding.logo().orElseThrow()[0] = 0;
        assertThat(branding.logo().orElseThrow()[0]).isEqualTo((byte) 0x89);
        assertThatThrownBy(() -> SchoolBranding.of(" ", "Phòng GD&ĐT")).isInstanceOf(InvalidValueException.class);
    }
}
