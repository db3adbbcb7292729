package vn.schoolrecords.core.transcript;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/**
 * The results part of a transcript page: {@link SecondaryResults} (TT 22/2021, TT 43/2021),
 * {@link LegacySecondaryResults} (TT 58/2011, with or without TT 26/2020) or
 * {@link PrimaryResults} (TT 27/2020). In JSON its {@code kind} says which.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SecondaryResults.class, name = "SECONDARY"),
    @JsonSubTypes.Type(value = PrimaryResults.class, name = "PRIMARY"),
    @JsonSubTypes.Type(value = LegacySecondaryResults.class, name = "LEGACY_SECONDARY")
})
public sealed interface YearResults permits SecondaryResults, PrimaryResults, LegacySecondaryResults {

    /**
     * The teacher who confirms each subject row, in the rows' order.
     *
     * @return subject code → teacher, iteration in row order, not null
     */
    Map<String, Signatory> subjectTeachers();

    /** @return the codes of the subjects to re-take in the summer (or re-assess, primary), not null */
    List<String> reassessmentSubjects();
}
