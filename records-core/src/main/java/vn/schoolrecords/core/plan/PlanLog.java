package vn.schoolrecords.core.plan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.MalformedDocumentException;
import vn.schoolrecords.core.audit.AuditChain;
import vn.schoolrecords.core.audit.AuditChainBrokenException;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.audit.internal.AppendOnlyList;
import vn.schoolrecords.core.json.RecordsJson;

/**
 * A plan's log: every event since it was created, append-only and hash-chained by the same
 * {@link AuditChain} as the grade books (schema {@value #SCHEMA}). Replaying it rebuilds the plan
 * exactly; removing, reordering, inserting or altering any event is detected.
 *
 * @param schema always {@value #SCHEMA}
 * @param entries the entries, in order, not null
 */
public record PlanLog(String schema, List<AuditEntry<PlanEvent>> entries) {

    /** The schema and version of the log document. */
    public static final String SCHEMA = "plan-log/1";

    /** Checks the schema and keeps the entries immutable. */
    public PlanLog {
        Objects.requireNonNull(schema, "schema");
        if (!SCHEMA.equals(schema)) {
            throw InvalidValueException.of("schema", "Schema.version", LocalizedText.of(
                    "phiên bản lược đồ phải là " + SCHEMA, "the schema must be " + SCHEMA), schema);
        }
        entries = AppendOnlyList.copyOf(entries);
    }

    /**
     * A log with the given entries; call {@link #verify()} before trusting them.
     *
     * @param entries the entries, not null
     * @return the log, not null
     */
    public static PlanLog of(List<AuditEntry<PlanEvent>> entries) {
        return new PlanLog(SCHEMA, entries);
    }

    /** @return an empty log, not null */
    public static PlanLog empty() {
        return of(List.of());
    }

    /**
     * Appends a decision's entries.
     *
     * @param decision a decision taken on the plan this log rebuilds, not null
     * @return the longer log, not null
     * @throws PlanTransitionException if the decision does not follow this log's last entry
     */
    public PlanLog append(PlanDecision decision) {
        List<AuditEntry<PlanEvent>> more = decision.entries();
        if (!more.isEmpty()) {
            AuditEntry<PlanEvent> first = more.get(0);
            if (first.sequence() != entries.size() + 1 || !first.previous().equals(head())) {
                throw new PlanTransitionException("Log.notContinuous", decision.plan().status(), LocalizedText.of(
                        "quyết định không nối tiếp nhật kí (phiên bản " + entries.size() + ")",
                        "the decision does not follow the log (version " + entries.size() + ")"));
            }
        }
        return new PlanLog(SCHEMA, ((AppendOnlyList<AuditEntry<PlanEvent>>) entries).appending(more));
    }

    /** @return the hash of the last entry, or {@link Digest#GENESIS} when empty, not null; not verified */
    public Digest head() {
        return entries.isEmpty() ? Digest.GENESIS : entries.get(entries.size() - 1).hash();
    }

    /**
     * Verifies the whole chain.
     *
     * @return the head hash, not null
     * @throws AuditChainBrokenException naming the first entry that does not fit
     */
    public Digest verify() {
        return AuditChain.verify(entries);
    }

    /**
     * Verifies the chain and rebuilds the plan from its events.
     *
     * @return the plan, not null
     * @throws AuditChainBrokenException if the chain is broken
     * @throws PlanTransitionException if the log does not start by creating a plan and saving its first version
     */
    public Plan replay() {
        verify();
        if (entries.size() < 2 || !(entries.get(0).event() instanceof PlanEvent.Created)
                || !(entries.get(1).event() instanceof PlanEvent.DraftSaved)) {
            throw new PlanTransitionException("Log.notCreated", PlanStatus.DRAFT, LocalizedText.of(
                    "nhật kí phải bắt đầu bằng việc tạo kế hoạch và lưu phiên bản đầu",
                    "a plan's log starts by creating the plan and saving its first version"));
        }
        Plan plan = Plan.created(entries.get(0));
        for (int i = 1; i < entries.size(); i++) {
            plan = plan.apply(entries.get(i));
        }
        return plan;
    }

    /**
     * The log as UTF-8 JSON in its canonical form: {@link RecordsJson}'s indented output with
     * {@code \n} line ends on every platform.
     *
     * @return the bytes, not null
     */
    public byte[] toJson() {
        return RecordsJson.write(this).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a stored log and checks that it is exactly as written: byte for byte in canonical form
     * and with an intact chain.
     *
     * @param json the bytes written by {@link #toJson()}, not null
     * @return the log, verified, not null
     * @throws MalformedDocumentException if the bytes are not a plan log
     * @throws InvalidValueException if a value in it is invalid
     * @throws AuditChainBrokenException if the bytes are not canonical or the chain is broken
     */
    public static PlanLog parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        PlanLog log = RecordsJson.read(new String(json, StandardCharsets.UTF_8), PlanLog.class);
        if (!Arrays.equals(log.toJson(), json)) {
            throw new AuditChainBrokenException(0, AuditChainBrokenException.Fault.NOT_CANONICAL);
        }
        log.verify();
        return log;
    }
}
