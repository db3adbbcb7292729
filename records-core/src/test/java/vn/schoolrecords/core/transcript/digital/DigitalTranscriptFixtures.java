package vn.schoolrecords.core.transcript.digital;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.schoolrecords.core.register.RegisterNumber;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.PersonalIdentifier;
import vn.schoolrecords.core.school.SchoolYear;

/** The sample records of the tests: fixed lookup codes and times, so the golden files hold. */
final class DigitalTranscriptFixtures {

    static final UUID SECONDARY_CODE = UUID.fromString("3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    static final UUID PRIMARY_CODE = UUID.fromString("9b8a7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d");
    static final Instant CREATED = Instant.parse("2026-06-20T03:15:30Z");

    private DigitalTranscriptFixtures() {
    }

    static DigitalTranscript secondary() {
        return DigitalTranscript.of(SampleTranscripts.secondary(42), SECONDARY_CODE, CREATED);
    }

    static DigitalTranscript primary() {
        return DigitalTranscript.of(SampleTranscripts.primary(42), PRIMARY_CODE, CREATED)
                .withLifelongRecordCode("HSHT-079-2015-000123");
    }

    /**
     * The primary sample with every detail beyond the transcript: the learner's (register number,
     * places, parents, guardian) and, for each year, measurements and the signing leader.
     */
    static DigitalTranscript detailed() {
        DigitalTranscript r = primary().withLearner(LearnerDetails.NONE
                .withRegisterNumber(RegisterNumber.of(SchoolYear.of(2021), 12))
                .withPlaces("Xã Tân Phú, huyện Đức Hòa, tỉnh Long An", "12 Lê Lợi, phường Bến Nghé, Quận 1, TP. Hồ Chí Minh")
                .withFamily(Optional.of(LearnerDetails.Relative.of("Nguyễn Văn Bình", "Kỹ sư")),
                        Optional.of(new LearnerDetails.Relative("Trần Thị Mai", Optional.empty())),
                        Optional.empty()));
        int i = 0;
        for (var page : r.transcript().years()) {
            r = r.withYearDetails(page.year(), YearDetails.measured(new BigDecimal("20.5").add(BigDecimal.valueOf(i * 2)),
                    BigDecimal.valueOf(115 + i * 5)).withSigner("Lê Thị Hoa", PersonalIdentifier.parse("079180000123"),
                    "Hiệu trưởng", java.time.LocalDate.of(page.year().endYear(), 5, 25)));
            i++;
        }
        return r;
    }

    /** @return a version 4 UUID made of the two longs, as {@link UUID#randomUUID()} would give for those bits */
    static UUID uuid4(long high, long low) {
        return new UUID((high & ~0xF000L) | 0x4000L, (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }
}
