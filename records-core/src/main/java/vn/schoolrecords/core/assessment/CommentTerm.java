package vn.schoolrecords.core.assessment;

import java.util.List;
import java.util.Objects;

/**
 * A semester of a subject assessed by comment only (Đạt / Chưa đạt).
 *
 * @param regular the regular results, not null
 * @param periodic the periodic (mid-term) results, not null
 * @param endOfTerm the end-of-term result, not null
 */
public record CommentTerm(List<CommentResult> regular, List<CommentResult> periodic, CommentResult endOfTerm)
        implements TermAssessments {

    /** Checks presence and copies the lists. */
    public CommentTerm {
        regular = List.copyOf(regular);
        periodic = List.copyOf(periodic);
        Objects.requireNonNull(endOfTerm, "endOfTerm");
    }

    /**
     * A semester with one mid-term, as under TT 22/2021.
     *
     * @param regular the regular results, not null
     * @param midterm the mid-term result, not null
     * @param endOfTerm the end-of-term result, not null
     * @return the semester, not null
     */
    public static CommentTerm of(List<CommentResult> regular, CommentResult midterm, CommentResult endOfTerm) {
        return new CommentTerm(regular, List.of(midterm), endOfTerm);
    }
}
