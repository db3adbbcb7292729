package vn.schoolrecords.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.pdf.internal.Printing;

/**
 * How to print a record: page layout, fonts, the school's branding, and the two moments the
 * document states — when it was created (PDF and XMP metadata, the embedded file's dates) and
 * its print date (ngày in). The library never reads the clock; the caller gives both.
 *
 * @param layout the page setup, by default {@link PageLayout#DECREE_30}
 * @param fonts the font family, by default {@link PdfFonts#liberationSerif()}
 * @param branding the school's name, governing office and logo as printed; empty to print those
 *     of the record's school
 * @param createdAt when the document is created, not null
 * @param printDate the print date shown on every page and in the place-and-date line; by
 *     default the date of {@code createdAt} in Vietnam ({@link #VIETNAM})
 */
public record PdfOptions(PageLayout layout, PdfFonts fonts, Optional<SchoolBranding> branding, Instant createdAt,
        LocalDate printDate) {

    /** Vietnam's time zone, {@code Asia/Ho_Chi_Minh} (UTC+7). */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static {
        // Renderers in other packages resolve options through the internal Printing.
        Printing.register(Rendering::print);
    }

    /** Checks presence. */
    public PdfOptions {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(printDate, "printDate");
    }

    /**
     * The defaults for a document created at the given moment.
     *
     * @param createdAt when the document is created, not null
     * @return the options, not null
     */
    public static PdfOptions of(Instant createdAt) {
        return builder(createdAt).build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @param createdAt when the document is created, not null
     * @return a new builder, not null
     */
    public static Builder builder(Instant createdAt) {
        return new Builder(Objects.requireNonNull(createdAt, "createdAt"));
    }

    /**
     * A builder starting from these options.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(createdAt);
        b.layout = layout;
        b.fonts = fonts;
        b.branding = branding.orElse(null);
        b.printDate = printDate;
        return b;
    }

    /** Builds {@link PdfOptions}; not thread-safe, used once and dropped. */
    public static final class Builder {
        private final Instant createdAt;
        private PageLayout layout = PageLayout.DECREE_30;
        private PdfFonts fonts = PdfFonts.liberationSerif();
        private SchoolBranding branding;
        private LocalDate printDate;

        private Builder(Instant createdAt) {
            this.createdAt = createdAt;
        }

        /**
         * @param value the page setup, not null
         * @return this builder
         */
        public Builder layout(PageLayout value) {
            layout = Objects.requireNonNull(value, "layout");
            return this;
        }

        /**
         * @param value the font family, not null
         * @return this builder
         */
        public Builder fonts(PdfFonts value) {
            fonts = Objects.requireNonNull(value, "fonts");
            return this;
        }

        /**
         * @param value the school's branding, not null
         * @return this builder
         */
        public Builder branding(SchoolBranding value) {
            branding = Objects.requireNonNull(value, "branding");
            return this;
        }

        /**
         * @param value the print date (ngày in), not null
         * @return this builder
         */
        public Builder printDate(LocalDate value) {
            printDate = Objects.requireNonNull(value, "printDate");
            return this;
        }

        /** @return the options, not null */
        public PdfOptions build() {
            return new PdfOptions(layout, fonts, Optional.ofNullable(branding), createdAt,
                    printDate != null ? printDate : LocalDate.ofInstant(createdAt, VIETNAM));
        }
    }
}
