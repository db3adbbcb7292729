package vn.schoolrecords.core.assessment;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.school.Subject;

/**
 * A subject's results for the year under TT 22/2021 or TT 43/2021: the semester averages
 * (điểm trung bình môn học kỳ, ĐTBmhk) and year average (điểm trung bình môn cả năm, ĐTBmcn) of
 * a scored subject, or the Đạt / Chưa đạt results of a comment-only one, and the result after
 * the summer re-assessment when one was taken.
 *
 * @param subject the subject, not null
 * @param first semester I's result: a {@link Score} or a {@link CommentResult}, not null
 * @param second semester II's result, not null
 * @param year the year's result (for a comment subject, semester II's — Điều 9.1a), not null
 * @param afterReassessment the result of the summer re-assessment, which replaces the year's
 *     result, or empty, not null
 */
public record SubjectResult(Subject subject, Mark first, Mark second, Mark year, Optional<Mark> afterReassessment) {

    /** Checks presence. */
    public SubjectResult {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(afterReassessment, "afterReassessment");
    }

    /** @return the result that counts for promotion: after re-assessment if taken, else the year's, not null */
    public Mark finalResult() {
        return afterReassessment.orElse(year);
    }

    /** @return the year average when the subject is scored, else empty, not null */
    public Optional<Score> yearAverage() {
        return year instanceof Score s ? Optional.of(s) : Optional.empty();
    }
}
