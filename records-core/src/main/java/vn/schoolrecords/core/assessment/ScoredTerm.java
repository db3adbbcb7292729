package vn.schoolrecords.core.assessment;

import java.util.List;
import java.util.Objects;

/**
 * A semester of a subject assessed by score: ĐĐGtx weight 1, ĐĐGgk weight 2, ĐĐGck weight 3.
 *
 * @param regular the regular scores, not null
 * @param periodic the periodic (mid-term) scores, not null
 * @param endOfTerm the end-of-term score, not null
 */
public record ScoredTerm(List<Score> regular, List<Score> periodic, Score endOfTerm) implements TermAssessments {

    /** Checks presence and copies the lists. */
    public ScoredTerm {
        regular = List.copyOf(regular);
        periodic = List.copyOf(periodic);
        Objects.requireNonNull(endOfTerm, "endOfTerm");
    }

    /**
     * A semester with one mid-term, as under TT 22/2021, TT 43/2021 and TT 26/2020.
     *
     * @param regular the regular scores, not null
     * @param midterm the mid-term score, not null
     * @param endOfTerm the end-of-term score, not null
     * @return the semester, not null
     */
    public static ScoredTerm of(List<Score> regular, Score midterm, Score endOfTerm) {
        return new ScoredTerm(regular, List.of(midterm), endOfTerm);
    }
}
