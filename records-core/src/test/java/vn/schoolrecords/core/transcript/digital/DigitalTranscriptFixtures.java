package vn.schoolrecords.core.transcript.digital;

import java.time.Instant;
import java.util.UUID;
import vn.schoolrecords.core.sample.SampleTranscripts;

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

    /** @return a version 4 UUID made of the two longs, as {@link UUID#randomUUID()} would give for those bits */
    static UUID uuid4(long high, long low) {
        return new UUID((high & ~0xF000L) | 0x4000L, (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }
}
