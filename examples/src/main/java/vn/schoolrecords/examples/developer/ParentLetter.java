package vn.schoolrecords.examples.developer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.SecondaryOutcome;
import vn.schoolrecords.core.assessment.SubjectResult;
import vn.schoolrecords.core.school.Student;

/**
 * A developer's own feature built on the library, for the developer example: the year-end letter
 * to a student's parents (thông báo kết quả học tập), with the year's marks, the learning and
 * conduct levels, and — for a student who must re-take subjects in the summer — which subjects.
 * Its tests ({@code ParentLetterProperties}) use the library's sample generators with jqwik.
 */
public final class ParentLetter {

    private ParentLetter() {
    }

    /**
     * Writes the letter.
     *
     * @param student the student
     * @param outcome the year's assessment of the student
     * @return the letter's lines
     */
    public static List<String> of(Student student, SecondaryOutcome outcome) {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(outcome, "outcome");
        if (!student.id().equals(outcome.studentId())) {
            throw new IllegalArgumentException("the outcome is of " + outcome.studentId() + ", not " + student.id());
        }
        List<String> lines = new ArrayList<>();
        lines.add("Kính gửi phụ huynh em " + student.fullName() + ",");
        lines.add("Kết quả năm học " + outcome.record().year() + ":");
        for (SubjectResult r : outcome.subjects()) {
            lines.add("  " + r.subject().name() + ": " + r.year().display());
        }
        lines.add("Kết quả học tập: " + outcome.learningLevel().vietnameseName());
        outcome.conductLevel().ifPresent(c -> lines.add("Kết quả rèn luyện: " + c.vietnameseName()));
        lines.add(outcome.promotion().vietnameseName() + ".");
        if (outcome.promotion() == PromotionStatus.SUMMER_REASSESSMENT) {
            List<String> names = outcome.subjects().stream()
                    .filter(r -> outcome.reassessmentSubjects().contains(r.subject().code()))
                    .map(r -> r.subject().name()).toList();
            lines.add("Các môn kiểm tra lại: " + String.join("; ", names) + ".");
        }
        outcome.award().ifPresent(a -> lines.add("Danh hiệu: " + a.vietnameseName() + "."));
        return List.copyOf(lines);
    }
}
