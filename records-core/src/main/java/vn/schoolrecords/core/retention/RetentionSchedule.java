package vn.schoolrecords.core.retention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.json.RecordsJson;

/**
 * A published retention schedule (danh mục hồ sơ, tài liệu và thời hạn lưu trữ) as immutable,
 * versioned data: the annex of TT 27/2016/TT-BGDĐT, the annex of TT 08/2025/TT-BGDĐT that
 * replaces it, or a supplementary rule from another act (NĐ 88/2026/NĐ-CP). A published
 * schedule is never edited; a corrected one is a new resource beside the old.
 *
 * <p>The data ships as JSON resources ({@value #SCHEMA}, schema
 * {@code /schema/retention-schedule-1.schema.json}) under {@code /retention/}.
 *
 * @param schema always {@value #SCHEMA}
 * @param id the stable identifier of this data, e.g. {@code tt27-2016}, not null
 * @param document the act's short name, e.g. {@code TT 27/2016/TT-BGDĐT}, not null
 * @param title the act's title in Vietnamese, not null
 * @param issued the date the act was signed, not null
 * @param effectiveFrom the date it took effect, or empty when no stored source gives it
 * @param role whether it is a ministry's annex (replacing the previous one) or a supplement
 * @param replaces the id of the schedule it replaces, or empty
 * @param evidence the sources read for this act as a whole, not null
 * @param rules one entry per record kind, at most one per kind, not null
 */
public record RetentionSchedule(String schema, String id, String document, String title, LocalDate issued,
        Optional<LocalDate> effectiveFrom, Role role, Optional<String> replaces, String evidence,
        List<RetentionRule> rules) {

    /** The schema and version of the data. */
    public static final String SCHEMA = "retention-schedule/1";

    /** What a schedule is in the timeline. */
    public enum Role {
        /** The ministry's annex of retention periods; a later annex replaces an earlier one. */
        ANNEX,
        /** A rule of another act that adds to, and for its kinds overrides, the annex in force. */
        SUPPLEMENT
    }

    /**
     * Checks presence, the schema version, and that no kind appears twice.
     *
     * @throws InvalidValueException otherwise
     */
    public RetentionSchedule {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(replaces, "replaces");
        Objects.requireNonNull(evidence, "evidence");
        rules = List.copyOf(rules);
        if (!SCHEMA.equals(schema)) {
            throw InvalidValueException.of("schema", "Schema.version", LocalizedText.of(
                    "lược đồ phải là " + SCHEMA, "the schema must be " + SCHEMA), schema);
        }
        if (!id.matches("[a-z0-9-]{1,40}")) {
            throw InvalidValueException.of("id", "RetentionSchedule.id", LocalizedText.of(
                    "mã danh mục chỉ gồm chữ thường, số và dấu gạch", "an id is lower-case letters, digits and hyphens"), id);
        }
        Set<RecordKind> seen = EnumSet.noneOf(RecordKind.class);
        for (int i = 0; i < rules.size(); i++) {
            if (!seen.add(rules.get(i).kind())) {
                throw InvalidValueException.of("rules[" + i + "].kind", "RetentionSchedule.duplicateKind",
                        LocalizedText.of("loại hồ sơ xuất hiện hai lần", "record kind listed twice"), rules.get(i).kind());
            }
        }
    }

    /**
     * Reads a schedule from JSON, strictly.
     *
     * @param in the UTF-8 JSON, not null; not closed
     * @return the schedule, not null
     * @throws vn.schoolrecords.core.MalformedDocumentException if it is not a schedule document
     * @throws InvalidValueException if a value breaks a rule
     */
    public static RetentionSchedule parse(InputStream in) {
        return RecordsJson.read(in, RetentionSchedule.class);
    }

    /**
     * Reads one of the schedules shipped with the library, e.g. {@code tt27-2016}.
     *
     * @param id the id, one of {@code tt27-2016}, {@code tt08-2025}, {@code nd88-2026}, not null
     * @return the schedule, not null
     * @throws IllegalArgumentException if no such resource ships
     */
    public static RetentionSchedule shipped(String id) {
        try (InputStream in = RetentionSchedule.class.getResourceAsStream("/retention/" + id + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped retention schedule " + id);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The entry of a record kind.
     *
     * @param kind the kind, not null
     * @return the entry, or empty when the schedule has none for it
     */
    public Optional<RetentionRule> rule(RecordKind kind) {
        Objects.requireNonNull(kind, "kind");
        return rules.stream().filter(r -> r.kind() == kind).findFirst();
    }
}
