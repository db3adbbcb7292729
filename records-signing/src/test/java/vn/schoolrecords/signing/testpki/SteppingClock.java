package vn.schoolrecords.signing.testpki;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves forward by a fixed step each time it is read, so that a signature, its
 * timestamp, the OCSP responses and the document timestamp get strictly increasing times, as
 * they would in real life, without waiting.
 */
public final class SteppingClock extends Clock {

    private final Instant start;
    private final Duration step;
    private final AtomicLong reads = new AtomicLong();

    public SteppingClock(Instant start, Duration step) {
        this.start = start;
        this.step = step;
    }

    @Override
    public Instant instant() {
        return start.plus(step.multipliedBy(reads.getAndIncrement()));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
