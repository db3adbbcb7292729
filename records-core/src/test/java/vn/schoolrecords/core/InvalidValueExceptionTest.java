package vn.schoolrecords.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    private static final LocalizedText BLANK = LocalizedText.of("không được để trống", "must not be blank");

    @Test
    void exceptionCarriesItsCodeViolationsAndBothLanguages() {
        InvalidValueException e = InvalidValueException.of("fullName", "NotBlank", BLANK, "");

        assertThat(e.code()).isEqualTo("INVALID_VALUE");
        assertThat(e).isInstanceOf(RecordsException.class);
        assertThat(e.violations()).containsExactly(new Violation("fullName", "NotBlank", BLANK, ""));
        assertThat(e.text().vi()).isEqualTo("Giá trị không hợp lệ: fullName: không được để trống ()");
        assertThat(e.text().en()).isEqualTo("Invalid value: fullName: must not be blank ()");
        assertThat(e.getMessage()).startsWith("INVALID_VALUE: ");
    }

    @Test
    void missingValueIsShownAsNull() {
        assertThat(InvalidValueException.of("", "NotNull", BLANK, null).violations().get(0).invalidValue())
                .isEqualTo("null");
    }

    @Test
    void underPrefixesEveryPath() {
        InvalidValueException e = new InvalidValueException(List.of(
                new Violation("", "SchoolYear.format", BLANK, "x"),
                new Violation("fullName", "NotBlank", BLANK, ""),
                new Violation("[2]", "NotNull", BLANK, "null")));

        assertThat(e.under("students[1]").violations()).extracting(Violation::path)
                .containsExactly("students[1]", "students[1].fullName", "students[1][2]");
        assertThat(e.under("").violations()).isEqualTo(e.violations());
    }

    @Test
    void exceptionWithoutViolationIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidValueException(List.of()));
    }

    @Test
    void malformedDocumentCarriesPathLineAndColumn() {
        MalformedDocumentException e = new MalformedDocumentException("students[0]", 3, 7, BLANK, null);

        assertThat(e.code()).isEqualTo("MALFORMED_DOCUMENT");
        assertThat(e.path()).isEqualTo("students[0]");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(7);
    }
}
