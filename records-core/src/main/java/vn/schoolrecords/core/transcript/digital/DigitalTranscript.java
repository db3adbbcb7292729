package vn.schoolrecords.core.transcript.digital;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.SchoolYear;
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
 * @param learner what the record says about the learner beyond the transcript (register number,
 *     home town, parents …), {@link LearnerDetails#NONE} if nothing, not null
 * @param yearDetails what it says about each school year beyond the page (measurements, the
 *     signing leader, the issue date), by year; only years the transcript has, none empty, not null
 */
public record DigitalTranscript(ModelVersion version, UUID lookupCode, Optional<String> lifelongRecordCode,
        OffsetDateTime createdAt, Transcript transcript, LearnerDetails learner, Map<SchoolYear, YearDetails> yearDetails) {

    /** Vietnam's offset, which the model's date-times carry ({@code +07:00}). */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,40}");

    /**
     * Checks the parts; the creation time is taken to +07:00, whole seconds; empty year details
     * are dropped (they are written as nothing, so read back as nothing).
     *
     * @throws InvalidValueException if the lookup code is not a version 4 UUID, the lifelong
     *     record code is not 1–40 letters, digits, dots, dashes or underscores, or year details
     *     name a year the transcript does not have
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
        Objects.requireNonNull(learner, "learner");
        Map<SchoolYear, YearDetails> years = new TreeMap<>();
        Objects.requireNonNull(yearDetails, "yearDetails").forEach((year, details) -> {
            Objects.requireNonNull(details, "yearDetails");
            if (transcript.page(Objects.requireNonNull(year, "year")).isEmpty()) {
                throw InvalidValueException.of("yearDetails", "DigitalTranscript.yearDetails", LocalizedText.of(
                        "học bạ không có trang năm học " + year, "the transcript has no page for " + year), year);
            }
            if (!details.isEmpty()) {
                years.put(year, details);
            }
        });
        yearDetails = Collections.unmodifiableMap(years);
    }

    /**
     * A record with no details beyond the transcript.
     *
     * @param version the technical model version, not null
     * @param lookupCode the lookup code, a version 4 UUID, not null
     * @param lifelongRecordCode the lifelong learning record code, or empty, not null
     * @param createdAt when the record was created, not null
     * @param transcript the transcript, not null
     * @throws InvalidValueException as the canonical constructor
     */
    public DigitalTranscript(ModelVersion version, UUID lookupCode, Optional<String> lifelongRecordCode,
            OffsetDateTime createdAt, Transcript transcript) {
        this(version, lookupCode, lifelongRecordCode, createdAt, transcript, LearnerDetails.NONE, Map.of());
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
        return new DigitalTranscript(version, lookupCode, Optional.of(code), createdAt, transcript, learner, yearDetails);
    }

    /**
     * @param details what the record says about the learner, not null
     * @return a copy with them, not null
     */
    public DigitalTranscript withLearner(LearnerDetails details) {
        return new DigitalTranscript(version, lookupCode, lifelongRecordCode, createdAt, transcript, details, yearDetails);
    }

    /**
     * @param year a school year the transcript has, not null
     * @param details what the record says about that year; {@link YearDetails#NONE} removes them, not null
     * @return a copy with them, not null
     * @throws InvalidValueException if the transcript has no page for the year
     */
    public DigitalTranscript withYearDetails(SchoolYear year, YearDetails details) {
        Map<SchoolYear, YearDetails> next = new TreeMap<>(yearDetails);
        next.put(Objects.requireNonNull(year, "year"), Objects.requireNonNull(details, "details"));
        return new DigitalTranscript(version, lookupCode, lifelongRecordCode, createdAt, transcript, learner, next);
    }

    /**
     * A copy with another transcript of the same record (a page added or replaced, a transfer):
     * the details of years the new transcript no longer has are dropped.
     *
     * @param newTranscript the transcript, not null
     * @return the copy, not null
     */
    public DigitalTranscript withTranscript(Transcript newTranscript) {
        Map<SchoolYear, YearDetails> kept = new TreeMap<>(yearDetails);
        kept.keySet().removeIf(y -> newTranscript.page(y).isEmpty());
        return new DigitalTranscript(version, lookupCode, lifelongRecordCode, createdAt, newTranscript, learner, kept);
    }

    /**
     * @param year a school year, not null
     * @return what the record says about that year beyond its page; {@link YearDetails#NONE} if nothing, not null
     */
    public YearDetails yearDetails(SchoolYear year) {
        return yearDetails.getOrDefault(Objects.requireNonNull(year, "year"), YearDetails.NONE);
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
