package vn.schoolrecords.signing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import vn.schoolrecords.signing.internal.VisibleAppearance;

/**
 * How a signature looks on the page (hình ảnh chữ ký số), per Decree 30/2020/NĐ-CP Phụ lục I
 * (regulations.md R8.2), for a signature field that has a widget rectangle. Immutable; built
 * with {@link #signer()}, {@link #seal(byte[])} or {@link #attachment()}. A field without a rectangle stays invisible
 * whatever the appearance says.
 *
 * <ul>
 *   <li>A signer's appearance: the signer's signature image (chữ ký, a blue PNG with a
 *       transparent background, or a JPEG), centred in the upper part of the field, and below it
 *       "Ký bởi" with the signer's name, "Chức vụ" with the title when the request has one, and
 *       "Thời gian ký" with the signing time in ISO 8601 Vietnam time ({@code +07:00}), in the
 *       caller's embedded TrueType font — records-signing ships no font.</li>
 *   <li>The organisation's seal (con dấu): the seal image at its field's size, alone. Decree 30
 *       puts it over about the left third of the competent signer's signature; when the field is
 *       not already placed there, {@link Builder#over(String)} moves it there.</li>
 *   <li>An attachment in a separate file (phụ lục, văn bản kèm theo), which the organisation
 *       signs: no image, two lines of text in black at the largest text size (Decree 30: Times New
 *       Roman 10, upright) — the number and symbol (số và ký hiệu) of the document it belongs to,
 *       and the signing time in ISO 8601 Vietnam time. Signed into a new field
 *       ({@link SignatureRequest.Builder#newField(String)}), the field is placed at the top right
 *       of page 1, inside Decree 30's margins.</li>
 * </ul>
 *
 * <p>The images and the font are checked when the appearance is built, so that a bad file is a
 * typed {@link AppearanceException} before anything is signed.
 */
public final class SignatureAppearance {

    /** The largest text size, in points: Decree 30's size for the text of a digital signature. */
    public static final BigDecimal DEFAULT_MAX_FONT_SIZE = BigDecimal.TEN;

    /** Which of the two appearances. */
    public enum Kind {
        /** A person's signature: optional image, name, title, time. */
        SIGNER,
        /** The organisation's seal: the seal image only. */
        SEAL,
        /** The organisation's signature on an attachment: number and symbol, and time; no image. */
        ATTACHMENT
    }

    private final Kind kind;
    private final Optional<byte[]> font;
    private final Optional<byte[]> image;
    private final Optional<String> overField;
    private final Optional<String> numberAndSymbol;
    private final BigDecimal maxFontSize;

    private SignatureAppearance(Builder b) {
        this.kind = b.kind;
        this.font = b.font;
        this.image = b.image;
        this.overField = b.overField;
        this.numberAndSymbol = b.numberAndSymbol;
        this.maxFontSize = b.maxFontSize;
    }

    /**
     * Starts a signer's appearance; give it {@link Builder#font(byte[])}.
     *
     * @return a builder, not null
     */
    public static Builder signer() {
        return new Builder(Kind.SIGNER, Optional.empty());
    }

    /**
     * Starts the organisation seal's appearance.
     *
     * @param sealImage the seal image, PNG (with a transparent background, as Decree 30 asks) or
     *     JPEG, not null, copied
     * @return a builder, not null
     */
    public static Builder seal(byte[] sealImage) {
        return new Builder(Kind.SEAL, Optional.of(Objects.requireNonNull(sealImage, "sealImage").clone()));
    }

    /**
     * Starts the appearance of the organisation's signature on an attachment in a separate file;
     * give it {@link Builder#font(byte[])} and {@link Builder#numberAndSymbol(String)}.
     *
     * @return a builder, not null
     */
    public static Builder attachment() {
        return new Builder(Kind.ATTACHMENT, Optional.empty());
    }

    /** @return which appearance, not null */
    public Kind kind() {
        return kind;
    }

    /**
     * @return the number and symbol of the document an attachment belongs to, e.g.
     *     {@code 12/QĐ-THPT}, in Unicode NFC; empty unless {@link Kind#ATTACHMENT}, not null
     */
    public Optional<String> numberAndSymbol() {
        return numberAndSymbol;
    }

    /** @return a copy of the TrueType font's bytes; empty for a seal, not null */
    public Optional<byte[]> font() {
        return font.map(byte[]::clone);
    }

    /** @return a copy of the signature or seal image's bytes, not null */
    public Optional<byte[]> image() {
        return image.map(byte[]::clone);
    }

    /** @return the field whose left third the seal overlaps, when it is to be moved there, not null */
    public Optional<String> overField() {
        return overField;
    }

    /** @return the largest text size in points, positive, not null */
    public BigDecimal maxFontSize() {
        return maxFontSize;
    }

    /** Builds a {@link SignatureAppearance}. Not thread-safe; the appearance it builds is. */
    public static final class Builder {

        private final Kind kind;
        private Optional<byte[]> font = Optional.empty();
        private Optional<byte[]> image;
        private Optional<String> overField = Optional.empty();
        private Optional<String> numberAndSymbol = Optional.empty();
        private BigDecimal maxFontSize = DEFAULT_MAX_FONT_SIZE;

        private Builder(Kind kind, Optional<byte[]> image) {
            this.kind = kind;
            this.image = image;
        }

        /**
         * The font for the text, which must have every Vietnamese letter of it; embedded (as a
         * subset) in the document, as PDF/A requires.
         *
         * @param trueType a TrueType font file (.ttf), not null, copied
         * @return this builder
         */
        public Builder font(byte[] trueType) {
            this.font = Optional.of(Objects.requireNonNull(trueType, "trueType").clone());
            return this;
        }

        /**
         * The signer's signature image, centred above the text.
         *
         * @param pngOrJpeg a PNG (transparent background, as Decree 30 asks) or JPEG, not null, copied
         * @return this builder
         * @throws IllegalStateException on a seal's builder, whose image is the seal, or an
         *     attachment's, which Decree 30 signs with no image
         */
        public Builder signatureImage(byte[] pngOrJpeg) {
            if (kind == Kind.SEAL) {
                throw new IllegalStateException("a seal's appearance has the seal image only");
            }
            if (kind == Kind.ATTACHMENT) {
                throw new IllegalStateException("an attachment's appearance has no image");
            }
            this.image = Optional.of(Objects.requireNonNull(pngOrJpeg, "pngOrJpeg").clone());
            return this;
        }

        /**
         * Moves the seal's widget over the left third of another field's widget on the same page,
         * centred on its height, keeping the seal's size (Decree 30: the seal overlaps about one
         * third of the signer's signature image, on the left). Without it the seal is drawn where
         * its field is, e.g. where records-pdf already placed it.
         *
         * @param fieldName the competent signer's field, e.g. {@code principal}, not null
         * @return this builder
         * @throws IllegalStateException on a signer's builder
         */
        public Builder over(String fieldName) {
            if (kind != Kind.SEAL) {
                throw new IllegalStateException("only the seal overlaps another signature");
            }
            Objects.requireNonNull(fieldName, "fieldName");
            if (fieldName.isBlank()) {
                throw new IllegalArgumentException("fieldName is blank");
            }
            this.overField = Optional.of(fieldName);
            return this;
        }

        /**
         * The number and symbol (số và ký hiệu, Decree 30 Điều 15) of the document the attachment
         * belongs to, as printed after "Số:" on it: the number in Arabic digits, zero-padded below
         * 10, a slash, then the symbol, e.g. {@code 12/QĐ-THPT} or {@code 05/2026/NQ-HĐND}.
         * Checked by {@link #build()}.
         *
         * @param text the number and symbol, not null
         * @return this builder
         * @throws IllegalStateException on a signer's or seal's builder
         */
        public Builder numberAndSymbol(String text) {
            if (kind != Kind.ATTACHMENT) {
                throw new IllegalStateException("only an attachment's appearance shows a number and symbol");
            }
            this.numberAndSymbol = Optional.of(Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * The largest text size; the text shrinks below it to fit the field.
         *
         * @param points a positive size in points; default {@link #DEFAULT_MAX_FONT_SIZE}, not null
         * @return this builder
         */
        public Builder maxFontSize(BigDecimal points) {
            if (Objects.requireNonNull(points, "points").signum() <= 0) {
                throw new IllegalArgumentException("the font size must be positive: " + points);
            }
            this.maxFontSize = points;
            return this;
        }

        /**
         * Builds the appearance, reading the font and image to check them.
         *
         * @return the appearance, not null
         * @throws AppearanceException if a signer's or attachment's appearance has no font, the
         *     font is not TrueType, the image is not a readable PNG or JPEG, or an attachment's
         *     number and symbol is missing ({@code ATTACHMENT_NUMBER_MISSING}) or not of the form
         *     {@code 12/QĐ-THPT} ({@code ATTACHMENT_NUMBER_MALFORMED})
         */
        public SignatureAppearance build() {
            if (kind != Kind.SEAL && font.isEmpty()) {
                throw VisibleAppearance.fontMissing();
            }
            if (kind == Kind.ATTACHMENT) {
                numberAndSymbol = Optional.of(VisibleAppearance.checkNumberAndSymbol(numberAndSymbol));
            }
            font.ifPresent(VisibleAppearance::checkFont);
            image.ifPresent(VisibleAppearance::checkImage);
            return new SignatureAppearance(this);
        }
    }
}
