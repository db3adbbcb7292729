package vn.schoolrecords.core.gradebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.gradebook.internal.MarkJson;

/**
 * An entered mark and the version of the grade book that last changed it.
 *
 * @param cell the cell, not null
 * @param mark the mark, not null
 * @param version the sequence of the event that last set it, from 1
 */
public record MarkEntry(MarkCell cell,
        @JsonSerialize(using = MarkJson.Writer.class) @JsonDeserialize(using = MarkJson.Reader.class) Mark mark,
        long version) {

    /** Checks presence. */
    public MarkEntry {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(mark, "mark");
    }
}
