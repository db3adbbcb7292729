package vn.schoolrecords.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private static final LocalizedText TEXT = LocalizedText.of("Sổ điểm đã khoá", "Grade book locked");

    @Test
    void vietnameseLocaleGetsTheVietnameseText() {
        assertThat(TEXT.in(Locale.forLanguageTag("vi-VN"))).isEqualTo("Sổ điểm đã khoá");
        assertThat(TEXT.in(LocalizedText.VIETNAMESE)).isEqualTo("Sổ điểm đã khoá");
    }

    @Test
    void everyOtherLocaleGetsTheEnglishText() {
        assertThat(TEXT.in(Locale.ENGLISH)).isEqualTo("Grade book locked");
        assertThat(TEXT.in(Locale.FRANCE)).isEqualTo("Grade book locked");
    }

    @Test
    void toStringGivesBothVietnameseFirst() {
        assertThat(TEXT).hasToString("Sổ điểm đã khoá / Grade book locked");
    }

    @Test
    void missingTextIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> LocalizedText.of(null, "x")).withMessage("vi");
        assertThatNullPointerException().isThrownBy(() -> LocalizedText.of("x", null)).withMessage("en");
    }
}
