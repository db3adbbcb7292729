package vn.schoolrecords.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import javax.imageio.ImageIO;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.School;

/**
 * How a school presents itself on its printouts: its name as the issuing agency (tên cơ quan
 * ban hành), its governing office (cơ quan chủ quản, e.g. {@code Sở Giáo dục và Đào tạo Hà Nội})
 * and an optional logo (biểu trưng). Without branding in the {@link PdfOptions}, the school's
 * own name and governing office from the record are printed.
 */
public final class SchoolBranding {

    private final String name;
    private final String governingOffice;
    private final byte[] logo;

    private SchoolBranding(String name, String governingOffice, byte[] logo) {
        this.name = name;
        this.governingOffice = governingOffice;
        this.logo = logo;
    }

    /**
     * Branding without a logo.
     *
     * @param name the school's name as printed, e.g. {@code Trường THPT Lê Quý Đôn}, not blank
     * @param governingOffice the governing office as printed, not blank
     * @return the branding, not null
     * @throws InvalidValueException if a text is blank
     */
    public static SchoolBranding of(String name, String governingOffice) {
        return new SchoolBranding(text(name, "name"), text(governingOffice, "governingOffice"), new byte[0]);
    }

    /**
     * The branding a school's record implies: its name and governing office, no logo.
     *
     * @param school the school, not null
     * @return the branding, not null
     */
    public static SchoolBranding from(School school) {
        Objects.requireNonNull(school, "school");
        return of(school.name(), school.governingOffice());
    }

    /**
     * A copy with a logo, printed beside the agency's name.
     *
     * @param pngOrJpeg the logo as PNG or JPEG bytes, not null; copied
     * @return the branding, not null
     * @throws PdfImageException if the bytes are not a PNG or JPEG image that can be decoded
     */
    public SchoolBranding withLogo(byte[] pngOrJpeg) {
        byte[] copy = Objects.requireNonNull(pngOrJpeg, "pngOrJpeg").clone();
        decode(copy);
        return new SchoolBranding(name, governingOffice, copy);
    }

    /** @return the school's name as printed, not null */
    public String name() {
        return name;
    }

    /** @return the governing office as printed, not null */
    public String governingOffice() {
        return governingOffice;
    }

    /**
     * The logo's bytes.
     *
     * @return a copy of the PNG or JPEG bytes, or empty when there is no logo
     */
    public Optional<byte[]> logo() {
        return logo.length == 0 ? Optional.empty() : Optional.of(logo.clone());
    }

    /** The logo, decoded; only for a branding that has one. */
    BufferedImage decodedLogo() {
        return decode(logo);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchoolBranding b && name.equals(b.name) && governingOffice.equals(b.governingOffice)
                && Arrays.equals(logo, b.logo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, governingOffice, Arrays.hashCode(logo));
    }

    @Override
    public String toString() {
        return "SchoolBranding[" + name + ", " + governingOffice + (logo.length == 0 ? "" : ", logo") + "]";
    }

    private static BufferedImage decode(byte[] bytes) {
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        LocalizedText notAnImage = LocalizedText.of(
                "biểu trưng phải là ảnh PNG hoặc JPEG đọc được", "the logo must be a readable PNG or JPEG image");
        if (!png && !jpeg) {
            throw new PdfImageException(notAnImage, null);
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new PdfImageException(notAnImage, null);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PdfImageException pie) {
                throw pie;
            }
            throw new PdfImageException(notAnImage, e);
        }
    }

    private static String text(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw InvalidValueException.of(field, "SchoolBranding.text",
                    LocalizedText.of("không được để trống", "must not be blank"), value);
        }
        return Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }
}
