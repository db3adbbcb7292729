package vn.schoolrecords.core.transcript.digital;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.PersonalIdentifier;

/**
 * What the digital transcript (học bạ số) says about one school year beyond the transcript's
 * page (CV 2088/BGDĐT-GDTH Phụ lục 1.1): the learner's weight and height that year, and who of
 * the school's leadership signs the year and when it is issued (the signer identity fields
 * {@code TEN_GIAM_HIEU_KY_HOC_BA}, {@code SO_CCCD_GIAM_HIEU_KY_HOC_BA},
 * {@code CHUC_VU_GIAM_HIEU_KY_HOC_BA}, {@code NGAY_KY_PHAT_HANH_HOC_BA}). Each part is optional:
 * an absent part is an absent element.
 *
 * <p>They are written in the year's page ({@code HOC_BA_NAM_HOC}), inside the data region, so the
 * year's signatures cover them; they are per year because signing is per year (TT 70/2026 Điều 9
 * khoản 4) and the head of school may change between years. The issue date is the date the
 * school states before signing; the seal's {@code SigningTime} is the moment it was signed.
 *
 * @param weightKg the weight in kilograms (cân nặng, {@code CAN_NANG}), positive, at most 4 decimals, not null
 * @param heightCm the height in centimetres (chiều cao, {@code CHIEU_CAO}), positive, at most 4 decimals, not null
 * @param signerName the name of the leader who signs (tên giám hiệu ký học bạ), not null
 * @param signerPersonalId the signer's personal identification number (số CCCD), not null
 * @param signerTitle the signer's position (chức vụ), e.g. "Hiệu trưởng", "Phó Hiệu trưởng", not null
 * @param issueDate the date of signing and issue (ngày ký phát hành học bạ), not null
 */
public record YearDetails(Optional<BigDecimal> weightKg, Optional<BigDecimal> heightCm, Optional<String> signerName,
        Optional<PersonalIdentifier> signerPersonalId, Optional<String> signerTitle, Optional<LocalDate> issueDate) {

    /** No details for the year. */
    public static final YearDetails NONE = new YearDetails(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    private static final BigDecimal MAX_MEASURE = BigDecimal.valueOf(1000);

    /**
     * Checks the parts; the measurements are kept in their shortest form ({@code 42.50} → {@code 42.5}),
     * which is how the XML writes them.
     *
     * @throws InvalidValueException if a measurement is not in (0, 1000) with at most 4 decimals,
     *     or a text is blank or longer than 500 characters
     */
    public YearDetails {
        weightKg = Objects.requireNonNull(weightKg, "weightKg").map(v -> measure(v, "weightKg"));
        heightCm = Objects.requireNonNull(heightCm, "heightCm").map(v -> measure(v, "heightCm"));
        Objects.requireNonNull(signerName, "signerName").ifPresent(t -> DigitalRecord.requireText(t, "signerName"));
        Objects.requireNonNull(signerPersonalId, "signerPersonalId");
        Objects.requireNonNull(signerTitle, "signerTitle").ifPresent(t -> DigitalRecord.requireText(t, "signerTitle"));
        Objects.requireNonNull(issueDate, "issueDate");
    }

    /**
     * @param weightKg the weight in kilograms, not null
     * @param heightCm the height in centimetres, not null
     * @return the year's measurements, with no signer, not null
     */
    public static YearDetails measured(BigDecimal weightKg, BigDecimal heightCm) {
        return NONE.withMeasurements(weightKg, heightCm);
    }

    /**
     * @param weightKg the weight in kilograms, not null
     * @param heightCm the height in centimetres, not null
     * @return a copy with them, not null
     */
    public YearDetails withMeasurements(BigDecimal weightKg, BigDecimal heightCm) {
        return new YearDetails(Optional.of(weightKg), Optional.of(heightCm), signerName, signerPersonalId, signerTitle,
                issueDate);
    }

    /**
     * @param name the leader's name, not blank
     * @param personalId the leader's personal identification number, not null
     * @param title the leader's position, not blank
     * @param issueDate the date of signing and issue, not null
     * @return a copy naming the signer, not null
     */
    public YearDetails withSigner(String name, PersonalIdentifier personalId, String title, LocalDate issueDate) {
        return new YearDetails(weightKg, heightCm, Optional.of(name), Optional.of(personalId), Optional.of(title),
                Optional.of(issueDate));
    }

    /** @return true if no part is given */
    public boolean isEmpty() {
        return equals(NONE);
    }

    private static BigDecimal measure(BigDecimal v, String path) {
        BigDecimal d = v.stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        if (d.signum() <= 0 || d.compareTo(MAX_MEASURE) >= 0 || d.scale() > 4) {
            throw InvalidValueException.of(path, "YearDetails.measure", LocalizedText.of(
                    "số đo phải dương, dưới 1000 và tối đa 4 chữ số thập phân",
                    "a measurement is positive, below 1000, with at most 4 decimals"), v.toPlainString());
        }
        return d;
    }
}
