package vn.schoolrecords.core.gradebook;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.school.Term;

/**
 * The status of one semester of a grade book and, once locked or approved, the sealed head of
 * its log: the hash of the lock or approval event, which covers every event before it. The
 * signing module signs or timestamps that hash.
 *
 * @param term {@link Term#FIRST} or {@link Term#SECOND} (the year's conduct belongs to the
 *     second semester), not null
 * @param status the status, not null
 * @param version the sequence of the event that last changed the status (0 when opened)
 * @param seal the hash of the last lock or approval event; empty while never locked
 */
public record TermState(Term term, TermStatus status, long version, Optional<Digest> seal) {

    /** Checks presence. */
    public TermState {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(seal, "seal");
    }
}
