package vn.schoolrecords.core.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * One subject's results under TT 58/2011: the semester averages (điểm trung bình môn học kỳ,
 * ĐTBmhk) and the year average (ĐTBmcn), or Đ / CĐ for a comment subject.
 *
 * @param subjectCode the subject's code, not null
 * @param first semester I's result, empty when not taught or exempt then
 * @param second semester II's result, empty likewise
 * @param year the year's result before any re-test, empty when exempt for the whole year
 *     (Điều 12: the subject then does not count)
 * @param afterReassessment the re-test result (kiểm tra lại, Điều 16) that replaced the year's, if any
 */
public record LegacySubjectResult(String subjectCode, Optional<Mark> first, Optional<Mark> second,
        Optional<Mark> year, Optional<Mark> afterReassessment) {

    /** Checks presence. */
    public LegacySubjectResult {
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(afterReassessment, "afterReassessment");
    }

    /** @return the year's result after any re-test, empty when exempt for the whole year */
    public Optional<Mark> finalYear() {
        return afterReassessment.isPresent() ? afterReassessment : year;
    }
}
