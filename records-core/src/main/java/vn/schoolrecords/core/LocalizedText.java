package vn.schoolrecords.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Vietnamese and in English, as every message of the library is given in both.
 *
 * @param vi the Vietnamese text, not null
 * @param en the English text, not null
 */
public record LocalizedText(String vi, String en) {

    /** Vietnamese, the language of the circulars (tiếng Việt). */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * Checks that both texts are present.
     *
     * @throws NullPointerException if either text is null
     */
    public LocalizedText {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /**
     * Returns a text in both languages.
     *
     * @param vi the Vietnamese text, not null
     * @param en the English text, not null
     * @return the text, not null
     */
    public static LocalizedText of(String vi, String en) {
        return new LocalizedText(vi, en);
    }

    /**
     * Returns the text in the given language: Vietnamese for {@code vi}, English otherwise.
     *
     * @param locale the reader's locale, not null
     * @return the text, not null
     */
    public String in(Locale locale) {
        return VIETNAMESE.getLanguage().equals(locale.getLanguage()) ? vi : en;
    }

    /** Both languages, Vietnamese first: {@code "vi / en"}. */
    @Override
    public String toString() {
        return vi + " / " + en;
    }
}
