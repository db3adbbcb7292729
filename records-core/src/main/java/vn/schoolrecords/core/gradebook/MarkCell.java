package vn.schoolrecords.core.gradebook;

import java.util.Comparator;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.school.Term;

/**
 * One cell of a grade book: a student's assessment of one kind in one subject and semester,
 * e.g. the second regular score of Toán in semester I.
 *
 * @param studentId the student's id, not null
 * @param subjectCode the subject's code, not null
 * @param term {@link Term#FIRST} or {@link Term#SECOND}, not null
 * @param kind the kind of assessment, not null
 * @param index the column among assessments of that kind, from 0 (always 0 for periodic and end-of-term)
 */
public record MarkCell(String studentId, String subjectCode, Term term, AssessmentKind kind, int index)
        implements Comparable<MarkCell> {

    private static final Comparator<MarkCell> ORDER = Comparator.comparing(MarkCell::studentId)
            .thenComparing(MarkCell::subjectCode).thenComparing(MarkCell::term).thenComparing(MarkCell::kind)
            .thenComparingInt(MarkCell::index);

    /**
     * Checks presence and the term.
     *
     * @throws InvalidValueException if the term is the whole year or the index is negative
     */
    public MarkCell {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(kind, "kind");
        if (term == Term.WHOLE_YEAR) {
            throw InvalidValueException.of("term", "MarkCell.semester", LocalizedText.of(
                    "điểm được ghi theo học kỳ I hoặc II, không ghi cho cả năm",
                    "marks are recorded per semester, I or II, not for the whole year"), term);
        }
        if (index < 0) {
            throw InvalidValueException.of("index", "MarkCell.index", LocalizedText.of(
                    "số thứ tự cột điểm bắt đầu từ 0", "a column index starts at 0"), index);
        }
    }

    /**
     * A cell.
     *
     * @param studentId the student's id, not null
     * @param subjectCode the subject's code, not null
     * @param term a semester, not null
     * @param kind the kind, not null
     * @param index the column, from 0
     * @return the cell, not null
     */
    public static MarkCell of(String studentId, String subjectCode, Term term, AssessmentKind kind, int index) {
        return new MarkCell(studentId, subjectCode, term, kind, index);
    }

    /** Orders cells by student id, subject code, semester, kind and column, the order of a grade book's marks. */
    @Override
    public int compareTo(MarkCell other) {
        return ORDER.compare(this, other);
    }

    void writeTo(CanonicalWriter out) {
        out.text(studentId).text(subjectCode).name(term).name(kind).int32(index);
    }

    /** @return e.g. {@code HS01/TOAN/FIRST/REGULAR#1}, not null */
    @Override
    public String toString() {
        return studentId + "/" + subjectCode + "/" + term + "/" + kind + "#" + index;
    }
}
