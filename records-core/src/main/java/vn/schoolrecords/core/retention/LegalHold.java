package vn.schoolrecords.core.retention;

import java.time.Instant;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/**
 * A legal hold (lệnh tạm giữ, không được tiêu hủy): an order that a record be kept whatever its
 * retention period, e.g. during an inspection, a complaint or a lawsuit. While any hold on a
 * record is passed to {@link RetentionRules#answer}, the record may not be disposed of.
 *
 * <p>The caller keeps holds and passes those in force for the record asked about; a released hold
 * is simply no longer passed.
 *
 * @param id the caller's identifier of the hold, not blank
 * @param reason why it was placed, e.g. {@code Thanh tra Sở GDĐT, QĐ 12/QĐ-TTr}, not blank
 * @param placedBy who placed it (name or staff id), not blank
 * @param placedAt when it was placed, not null
 */
public record LegalHold(String id, String reason, String placedBy, Instant placedAt) {

    /**
     * Checks that every part is present and not blank.
     *
     * @throws InvalidValueException if a text is blank
     */
    public LegalHold {
        Objects.requireNonNull(placedAt, "placedAt");
        nonBlank("id", id);
        nonBlank("reason", reason);
        nonBlank("placedBy", placedBy);
    }

    /**
     * A validated hold.
     *
     * @param id the identifier, not blank
     * @param reason the reason, not blank
     * @param placedBy who placed it, not blank
     * @param placedAt when, not null
     * @return the hold, not null
     * @throws InvalidValueException if a text is blank
     */
    public static LegalHold of(String id, String reason, String placedBy, Instant placedAt) {
        return new LegalHold(id, reason, placedBy, placedAt);
    }

    private static void nonBlank(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw InvalidValueException.of(field, "NotBlank", LocalizedText.of("không được để trống", "must not be blank"), value);
        }
    }
}
