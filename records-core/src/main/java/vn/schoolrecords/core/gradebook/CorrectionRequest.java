package vn.schoolrecords.core.gradebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Objects;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.gradebook.internal.MarkJson;

/**
 * A request to correct an entered mark (đề nghị sửa điểm, 002 §II.2): filed by the teacher of
 * record with reason and evidence, confirmed by the homeroom teacher, approved or rejected by
 * the principal.
 *
 * @param id the request's id: the sequence of the event that filed it
 * @param cell the cell to correct, not null
 * @param oldMark the mark when the request was filed, not null
 * @param newMark the mark asked for, not null
 * @param reason why, not blank
 * @param evidence the evidence, not null
 * @param requestedBy the teacher's staff id, not null
 * @param requestedAt when it was filed, not null
 * @param status where it stands, not null
 * @param version the sequence of the event that last changed it
 */
public record CorrectionRequest(long id, MarkCell cell,
        @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark oldMark,
        @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark newMark,
        String reason, Evidence evidence, String requestedBy, Instant requestedAt, CorrectionStatus status,
        long version) {

    /** Checks presence. */
    public CorrectionRequest {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(oldMark, "oldMark");
        Objects.requireNonNull(newMark, "newMark");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
    }

    CorrectionRequest with(CorrectionStatus newStatus, long atVersion) {
        return new CorrectionRequest(id, cell, oldMark, newMark, reason, evidence, requestedBy, requestedAt,
                newStatus, atVersion);
    }
}
