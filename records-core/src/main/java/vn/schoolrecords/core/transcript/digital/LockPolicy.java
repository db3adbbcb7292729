package vn.schoolrecords.core.transcript.digital;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * When a school year's data in a digital transcript (học bạ số) is locked (chốt dữ liệu): the
 * last day on which a year's page may be entered or changed, in the regular case and in the
 * special case (a learner re-assessed or trained over the summer, for example). The dates are
 * data, so a province's stricter rule is a policy of its own.
 *
 * <p>{@link #TT70_2026}: TT 70/2026/TT-BGDĐT Điều 7 — created for the year "trước ngày 30 tháng
 * 6 hằng năm, trường hợp đặc biệt trước ngày 30 tháng 8". The library reads "trước ngày 30/6"
 * as "by 30 June": the day itself is the last day allowed, in Vietnam's time (+07:00).
 * {@link #HO_CHI_MINH_CITY}: QĐ 1789/QĐ-SGDĐT Điều 21, special case before 15 August.
 *
 * @param regular the last day of the regular case, in the school year's second calendar year, not null
 * @param special the last day of the special case, not before the regular one, not null
 * @param citation the rule's source, not blank
 */
public record LockPolicy(MonthDay regular, MonthDay special, String citation) {

    /** The national rule: 30 June, special case 30 August (TT 70/2026/TT-BGDĐT, Điều 7). */
    public static final LockPolicy TT70_2026 = new LockPolicy(MonthDay.of(6, 30), MonthDay.of(8, 30),
            "TT 70/2026/TT-BGDĐT, Điều 7");

    /** Ho Chi Minh City: 30 June, special case 15 August (QĐ 1789/QĐ-SGDĐT, Điều 21). */
    public static final LockPolicy HO_CHI_MINH_CITY = new LockPolicy(MonthDay.of(6, 30), MonthDay.of(8, 15),
            "QĐ 1789/QĐ-SGDĐT TP.HCM, Điều 21");

    /** Whether a learner's year falls under the regular or the special lock date. */
    public enum Case {
        /** The regular case: 30 June under TT 70/2026. */
        REGULAR,
        /** The special case (e.g. summer re-assessment): 30 August under TT 70/2026. */
        SPECIAL
    }

    /**
     * Checks the dates.
     *
     * @throws InvalidValueException if the special date precedes the regular one, falls after
     *     31 August (the end of the school year), or the citation is blank
     */
    public LockPolicy {
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(special, "special");
        Objects.requireNonNull(citation, "citation");
        if (special.isBefore(regular) || special.isAfter(MonthDay.of(8, 31)) || citation.isBlank()) {
            throw InvalidValueException.of("special", "LockPolicy.dates", LocalizedText.of(
                    "hạn đặc biệt không trước hạn thường và không sau 31/8, có căn cứ",
                    "the special date is not before the regular one nor after 31 August, with a citation"), special);
        }
    }

    /**
     * The last day a year's data may be entered or changed.
     *
     * @param year the school year, not null
     * @param lockCase the regular or special case, not null
     * @return the day, not null
     */
    public LocalDate lastDay(SchoolYear year, Case lockCase) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(lockCase, "lockCase");
        return (lockCase == Case.SPECIAL ? special : regular).atYear(year.endYear());
    }

    /**
     * Whether a year's data may still be entered or changed at an instant.
     *
     * @param year the school year, not null
     * @param lockCase the case, not null
     * @param at the instant, not null
     * @return true up to the end of the last day, Vietnam time
     */
    public boolean isOpen(SchoolYear year, Case lockCase, Instant at) {
        return !at.atOffset(DigitalTranscript.VIETNAM).toLocalDate().isAfter(lastDay(year, lockCase));
    }
}
