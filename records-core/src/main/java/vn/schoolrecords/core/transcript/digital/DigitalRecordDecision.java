package vn.schoolrecords.core.transcript.digital;

import java.util.List;
import java.util.Objects;
import vn.schoolrecords.core.audit.AuditEntry;

/**
 * What a lifecycle command produced: the new state and the chained log entries that lead to it.
 * A vendor stores the entries (append-only); replaying them rebuilds the state.
 *
 * @param record the new state, not null
 * @param entries the new entries, in order, not null
 */
public record DigitalRecordDecision(DigitalRecord record, List<AuditEntry<DigitalRecordEvent>> entries) {

    /** Checks presence and copies the entries. */
    public DigitalRecordDecision {
        Objects.requireNonNull(record, "record");
        entries = List.copyOf(entries);
    }
}
