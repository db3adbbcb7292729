package vn.schoolrecords.core.plan;

import java.util.List;
import java.util.Objects;
import vn.schoolrecords.core.audit.AuditEntry;

/**
 * The outcome of a command: the new plan and the chained events that lead to it. Store both, or
 * only the events ({@link PlanLog#append}) and replay them.
 *
 * @param plan the new plan, not null
 * @param entries the new log entries, in order, at least one, not null
 */
public record PlanDecision(Plan plan, List<AuditEntry<PlanEvent>> entries) {

    /** Checks presence and copies the list. */
    public PlanDecision {
        Objects.requireNonNull(plan, "plan");
        entries = List.copyOf(entries);
    }
}
