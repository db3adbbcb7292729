package vn.schoolrecords.core.audit;

import java.time.Instant;
import vn.schoolrecords.core.school.StaffRole;

/**
 * An event of an append-only, hash-chained log (nhật kí): who did it, in which role, when, and
 * its canonical bytes. Grade books and plans define their own events.
 */
public interface AuditEvent {

    /** @return the staff id of the person who acted, not null */
    String actorId();

    /** @return the role in which the person acted, not null */
    StaffRole role();

    /** @return when the event happened, as given by the caller's clock, not null */
    Instant at();

    /**
     * Writes the event's canonical bytes: its type name, then every field, in a fixed order.
     * Every field that the event's JSON holds must be written, so that changing any of them
     * changes the hash.
     *
     * @param out the writer, not null
     */
    void writeTo(CanonicalWriter out);
}
