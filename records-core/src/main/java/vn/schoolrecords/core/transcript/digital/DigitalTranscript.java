package vn.schoolrecords.core.transcript.digital;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.transcript.Transcript;

/**
 * A digital transcript (học bạ số, Thông tư 70/2026/TT-BGDĐT): a learner's transcript of one
 * education level as the Ministry's XML record, identified by its lookup code (mã số tra cứu học
 * bạ). The data region is the {@linkplain Transcript transcript} itself, so the XML carries the
 * whole record and reading it back gives the same value.
 *
 * <p>A lookup code names one issue of the record: after a recall the re-created record gets a
 * new code and the old one is never used again (see the lifecycle in this package).
 *
 * @param version the technical model version the record follows, not null
 * @param lookupCode the lookup code ({@code MA_TRA_CUU_UUID}), a random (version 4) UUID, not null
 * @param lifelongRecordCode the code of the lifelong learning record (mã số hồ sơ học tập suốt
 *     đời, NĐ 88/2026 Điều 9) the record is tied to, or empty where none is assigned yet, not null
 * @param createdAt when the record was created, at +07:00 to the second, not null
 * @param transcript the transcript, not null
 */
public record DigitalTranscript(ModelVersion version, UUID lookupCode, Optional<String> lifelongRecordCode,
        OffsetDateTime createdAt, Transcript transcript) {

    /** Vietnam's offset, which the model's date-times carry ({@code +07:00}). */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,40}");

    /**
     * Checks the parts; the creation time is taken to +07:00, whole seconds.
     *
     * @throws InvalidValueException if the lookup code is not a version 4 UUID or the lifelong
     *     record code is not 1–40 letters, digits, dots, dashes or underscores
     */
    public DigitalTranscript {
        Objects.requireNonNull(version, "version");
        requireLookupCode(lookupCode);
        Objects.requireNonNull(lifelongRecordCode, "lifelongRecordCode");
        lifelongRecordCode.ifPresent(code -> {
            if (!ID.matcher(code).matches()) {
                throw InvalidValueException.of("lifelongRecordCode", "Id.format", LocalizedText.of(
                        "mã hồ sơ học tập gồm 1–40 chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới",
                        "a lifelong record code is 1–40 ASCII letters, digits, dots, dashes or underscores"), code);
            }
        });
        createdAt = Objects.requireNonNull(createdAt, "createdAt").withOffsetSameInstant(VIETNAM)
                .truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(transcript, "transcript");
    }

    /**
     * Creates the digital record of a transcript under model version 1.0.
     *
     * @param transcript the transcript, not null
     * @param lookupCode a fresh version 4 UUID, e.g. {@link UUID#randomUUID()}, never used before, not null
     * @param createdAt when it is created, not null
     * @return the record, with no lifelong record code, not null
     * @throws InvalidValueException if the lookup code is not a version 4 UUID
     */
    public static DigitalTranscript of(Transcript transcript, UUID lookupCode, Instant createdAt) {
        return new DigitalTranscript(ModelVersion.V1_0, lookupCode, Optional.empty(),
                Objects.requireNonNull(createdAt, "createdAt").atOffset(VIETNAM), transcript);
    }

    /**
     * @param code the lifelong record code, not null
     * @return a copy tied to that lifelong learning record, not null
     */
    public DigitalTranscript withLifelongRecordCode(String code) {
        return new DigitalTranscript(version, lookupCode, Optional.of(code), createdAt, transcript);
    }

    /**
     * Checks that a lookup code is a random UUID (version 4, IETF variant), as the model requires.
     *
     * @param lookupCode the code, not null
     * @return the code, not null
     * @throws InvalidValueException if it is another kind of UUID
     */
    public static UUID requireLookupCode(UUID lookupCode) {
        Objects.requireNonNull(lookupCode, "lookupCode");
        if (lookupCode.version() != 4 || lookupCode.variant() != 2) {
            throw InvalidValueException.of("lookupCode", "LookupCode.uuid4", LocalizedText.of(
                    "mã tra cứu học bạ phải là UUID phiên bản 4", "a lookup code must be a version 4 UUID"),
                    lookupCode.toString());
        }
        return lookupCode;
    }
}
