package vn.schoolrecords.core.retention;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/**
 * One entry of a retention schedule: a record kind, where the schedule names it and for how long
 * it is kept, and whether that was confirmed.
 *
 * @param kind the record kind, not null
 * @param itemName the item's name as the document writes it, e.g. {@code Sổ ghi đầu bài}, not null
 * @param group the group of the annex (nhóm), e.g. {@code 3}, or empty when unknown
 * @param item the item number in the annex (mục), e.g. {@code 58}, or empty when unknown
 * @param citation where the rule is written, e.g. {@code NĐ 88/2026/NĐ-CP, Điều 8, khoản 3}, or
 *     empty for an annex item (cited by {@code item})
 * @param period the period, {@link RetentionPeriod#unknown()} when unconfirmed, not null
 * @param confirmation whether the entry was read in a source, not null
 * @param evidence the source read, or the note of what was not found, not null
 */
public record RetentionRule(RecordKind kind, String itemName, Optional<String> group, Optional<String> item,
        Optional<String> citation, RetentionPeriod period, Confirmation confirmation, String evidence) {

    /**
     * Checks presence, and that an unconfirmed entry carries no period.
     *
     * @throws InvalidValueException if an unconfirmed entry has a known period
     */
    public RetentionRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemName, "itemName");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(confirmation, "confirmation");
        Objects.requireNonNull(evidence, "evidence");
        if (confirmation == Confirmation.UNCONFIRMED && period.type() != RetentionPeriod.Type.UNKNOWN) {
            throw InvalidValueException.of("period", "RetentionRule.unconfirmedPeriod", LocalizedText.of(
                    "mục chưa được xác nhận không được ghi thời hạn (không đoán)",
                    "an unconfirmed entry carries no period (no guessing)"), period);
        }
        if (confirmation == Confirmation.CONFIRMED && period.type() == RetentionPeriod.Type.UNKNOWN) {
            throw InvalidValueException.of("period", "RetentionRule.confirmedUnknown", LocalizedText.of(
                    "mục đã xác nhận phải có thời hạn", "a confirmed entry has a period"), period);
        }
    }

    /**
     * Where this entry is written, e.g. {@code TT 27/2016/TT-BGDĐT, Phụ lục, mục 58}.
     *
     * @param document the short name of the schedule's document, not null
     * @return the citation, not null
     */
    public String cite(String document) {
        return citation.orElseGet(() -> document + ", Phụ lục" + group.map(g -> ", nhóm " + g).orElse("")
                + item.map(i -> ", mục " + i).orElse(", mục chưa rõ"));
    }
}
