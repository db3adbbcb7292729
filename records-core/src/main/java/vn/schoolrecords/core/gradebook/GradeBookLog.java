package vn.schoolrecords.core.gradebook;

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
 * A grade book's edit log (nhật kí sửa điểm, 001 Điều 8): every event since the book was opened,
 * append-only and hash-chained (schema {@value #SCHEMA}). Replaying it rebuilds the grade book
 * exactly; removing, reordering, inserting or altering any event is detected.
 *
 * <p>Appending costs amortised O(1); the log is immutable, every append returns a new log.
 *
 * @param schema always {@value #SCHEMA}
 * @param entries the entries, in order, not null
 */
public record GradeBookLog(String schema, List<AuditEntry<GradeBookEvent>> entries) {

    /** The schema and version of the log document. */
    public static final String SCHEMA = "audit-log/1";

    /** Checks the schema and keeps the entries immutable. */
    public GradeBookLog {
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
    public static GradeBookLog of(List<AuditEntry<GradeBookEvent>> entries) {
        return new GradeBookLog(SCHEMA, entries);
    }

    /** @return an empty log, not null */
    public static GradeBookLog empty() {
        return of(List.of());
    }

    /**
     * Appends a decision's entries.
     *
     * @param decision the decision taken on the grade book this log rebuilds, not null
     * @return the longer log, not null
     * @throws VersionConflictException if the decision does not follow this log's last entry
     */
    public GradeBookLog append(GradeBookDecision decision) {
        return append(decision.entries());
    }

    /**
     * Appends chained entries.
     *
     * @param more entries whose first follows this log's last (sequence and previous hash), not null
     * @return the longer log, not null
     * @throws VersionConflictException if the first entry does not follow this log's last
     */
    public GradeBookLog append(List<AuditEntry<GradeBookEvent>> more) {
        if (!more.isEmpty()) {
            AuditEntry<GradeBookEvent> first = more.get(0);
            if (first.sequence() != entries.size() + 1 || !first.previous().equals(head())) {
                throw new VersionConflictException(first.sequence() - 1, entries.size(),
                        List.of("log at version " + entries.size() + ", head " + head()));
            }
        }
        return new GradeBookLog(SCHEMA, ((AppendOnlyList<AuditEntry<GradeBookEvent>>) entries).appending(more));
    }

    /** @return the hash of the last entry, or {@link Digest#GENESIS} when empty, not null; not verified */
    public Digest head() {
        return entries.isEmpty() ? Digest.GENESIS : entries.get(entries.size() - 1).hash();
    }

    /** @return the version of the grade book this log rebuilds: the number of entries */
    public long version() {
        return entries.size();
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
     * Verifies the chain and rebuilds the grade book from its events.
     *
     * @return the grade book, not null
     * @throws AuditChainBrokenException if the chain is broken
     * @throws InvalidTransitionException if the log is empty or does not start by opening a grade book
     */
    public GradeBook replay() {
        verify();
        if (entries.isEmpty() || !(entries.get(0).event() instanceof GradeBookEvent.Opened)) {
            throw new InvalidTransitionException("Log.notOpened", LocalizedText.of(
                    "nhật kí phải bắt đầu bằng sự kiện mở sổ", "a grade book's log starts by opening the book"));
        }
        GradeBook book = GradeBook.opened(entries.get(0));
        for (int i = 1; i < entries.size(); i++) {
            book = book.apply(entries.get(i));
        }
        return book;
    }

    /**
     * The entries after a version, e.g. to show what a concurrent session changed.
     *
     * @param version a version of this log
     * @return the entries with a greater sequence, not null
     */
    public List<AuditEntry<GradeBookEvent>> since(long version) {
        return entries.subList((int) Math.min(Math.max(version, 0), entries.size()), entries.size());
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
     * Reads a stored log and checks that it is exactly as written: byte for byte in canonical
     * form (so any change of any byte, even of spacing, is detected) and with an intact chain.
     *
     * @param json the bytes written by {@link #toJson()}, not null
     * @return the log, verified, not null
     * @throws MalformedDocumentException if the bytes are not a log document
     * @throws InvalidValueException if a value in it is invalid
     * @throws AuditChainBrokenException if the bytes are not canonical or the chain is broken
     */
    public static GradeBookLog parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        GradeBookLog log = RecordsJson.read(new String(json, StandardCharsets.UTF_8), GradeBookLog.class);
        if (!Arrays.equals(log.toJson(), json)) {
            throw new AuditChainBrokenException(0, AuditChainBrokenException.Fault.NOT_CANONICAL);
        }
        log.verify();
        return log;
    }
}
