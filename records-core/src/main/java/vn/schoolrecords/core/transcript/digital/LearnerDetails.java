package vn.schoolrecords.core.transcript.digital;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.register.RegisterNumber;

/**
 * What the digital transcript (học bạ số) says about the learner beyond the transcript itself
 * (CV 2088/BGDĐT-GDTH Phụ lục 1.1): the register number, home town, address and the parents or
 * guardian. Each part is optional: an absent part is an absent element in the XML.
 *
 * <p>They are part of the general information ({@code THONG_TIN_CHUNG}), which every year's
 * signatures cover: once a year is issued they change only by recall and re-creation.
 *
 * @param registerNumber the register number (số đăng bộ, {@code SO_SO_DANG_BO}), not null
 * @param hometown the home town (quê quán, {@code QUE_QUAN}), not null
 * @param address where the learner lives (nơi ở hiện nay, {@code NOI_O_HIEN_NAY}), not null
 * @param father the father (cha, {@code CHA}), not null
 * @param mother the mother (mẹ, {@code ME}), not null
 * @param guardian the guardian (người giám hộ, {@code NGUOI_GIAM_HO}), not null
 */
public record LearnerDetails(Optional<RegisterNumber> registerNumber, Optional<String> hometown,
        Optional<String> address, Optional<Relative> father, Optional<Relative> mother, Optional<Relative> guardian) {

    /** No details: nothing is written beyond the transcript. */
    public static final LearnerDetails NONE = new LearnerDetails(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks presence and the texts.
     *
     * @throws vn.schoolrecords.core.InvalidValueException if a text is blank or longer than 500 characters
     */
    public LearnerDetails {
        Objects.requireNonNull(registerNumber, "registerNumber");
        Objects.requireNonNull(hometown, "hometown").ifPresent(t -> DigitalRecord.requireText(t, "hometown"));
        Objects.requireNonNull(address, "address").ifPresent(t -> DigitalRecord.requireText(t, "address"));
        Objects.requireNonNull(father, "father");
        Objects.requireNonNull(mother, "mother");
        Objects.requireNonNull(guardian, "guardian");
    }

    /** @return true if no part is given */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * @param number the register number, not null
     * @return a copy with it, not null
     */
    public LearnerDetails withRegisterNumber(RegisterNumber number) {
        return new LearnerDetails(Optional.of(number), hometown, address, father, mother, guardian);
    }

    /**
     * @param hometown the home town, not blank
     * @param address the current address, not blank
     * @return a copy with both, not null
     */
    public LearnerDetails withPlaces(String hometown, String address) {
        return new LearnerDetails(registerNumber, Optional.of(hometown), Optional.of(address), father, mother, guardian);
    }

    /**
     * @param father the father, or empty, not null
     * @param mother the mother, or empty, not null
     * @param guardian the guardian, or empty, not null
     * @return a copy with them, not null
     */
    public LearnerDetails withFamily(Optional<Relative> father, Optional<Relative> mother, Optional<Relative> guardian) {
        return new LearnerDetails(registerNumber, hometown, address, father, mother, guardian);
    }

    /**
     * A parent or guardian as the transcript names them.
     *
     * @param fullName the full name ({@code HO_TEN}), not blank
     * @param occupation the occupation (nghề nghiệp, {@code NGHE_NGHIEP}), not null
     */
    public record Relative(String fullName, Optional<String> occupation) {
        /**
         * Checks the texts.
         *
         * @throws vn.schoolrecords.core.InvalidValueException if a text is blank or longer than 500 characters
         */
        public Relative {
            DigitalRecord.requireText(fullName, "fullName");
            Objects.requireNonNull(occupation, "occupation").ifPresent(t -> DigitalRecord.requireText(t, "occupation"));
        }

        /**
         * @param fullName the full name, not blank
         * @param occupation the occupation, not blank
         * @return the relative, not null
         */
        public static Relative of(String fullName, String occupation) {
            return new Relative(fullName, Optional.of(occupation));
        }
    }
}
