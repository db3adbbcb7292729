package vn.schoolrecords.core.gradebook;

import java.util.List;
import java.util.Objects;
import vn.schoolrecords.core.audit.AuditEntry;

/**
 * The outcome of a command: the new grade book and the chained events that lead to it from the
 * old one. Store both, or only the events ({@link GradeBookLog#append}) and replay them.
 *
 * @param book the new grade book, not null
 * @param entries the new log entries, in order, at least one, not null
 */
public record GradeBookDecision(GradeBook book, List<AuditEntry<GradeBookEvent>> entries) {

    /** Checks presence and copies the list. */
    public GradeBookDecision {
        Objects.requireNonNull(book, "book");
        entries = List.copyOf(entries);
    }
}
