package vn.schoolrecords.core.gradebook;

import java.util.List;
import java.util.Objects;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.audit.CanonicalWriter;

/**
 * The evidence (minh chứng) kept for a change of an entered value, as 001 Điều 8.1–8.2 requires.
 *
 * @param kind the kind, not null
 * @param reference where the evidence is kept, e.g. {@code "Sổ điểm cá nhân, trang 12"} or a
 *     document number, not blank
 * @param confirmingStudentIds for {@link EvidenceKind#ORAL_CONFIRMATION}: the two students who
 *     signed, distinct; empty for the other kinds
 */
public record Evidence(EvidenceKind kind, String reference, List<String> confirmingStudentIds) {

    /**
     * Checks the evidence.
     *
     * @throws InvalidValueException if the reference is blank, or an oral confirmation does not
     *     name two distinct students, or another kind names any
     */
    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        confirmingStudentIds = List.copyOf(confirmingStudentIds);
        if (reference.isBlank()) {
            throw InvalidValueException.of("reference", "Evidence.reference", LocalizedText.of(
                    "minh chứng phải ghi nơi lưu giữ", "evidence must say where it is kept"), reference);
        }
        boolean oral = kind == EvidenceKind.ORAL_CONFIRMATION;
        if (oral && (confirmingStudentIds.size() != 2
                || confirmingStudentIds.get(0).equals(confirmingStudentIds.get(1)))) {
            throw InvalidValueException.of("confirmingStudentIds", "Evidence.oralConfirmation", LocalizedText.of(
                    "xác nhận điểm miệng cần chữ ký của hai học sinh khác nhau, ghi rõ họ tên (001 Điều 8.2)",
                    "an oral-score confirmation is signed by two different named students (001 Điều 8.2)"),
                    confirmingStudentIds);
        }
        if (!oral && !confirmingStudentIds.isEmpty()) {
            throw InvalidValueException.of("confirmingStudentIds", "Evidence.noConfirmation", LocalizedText.of(
                    "chỉ xác nhận điểm miệng mới ghi học sinh ký", "only an oral-score confirmation names students"),
                    confirmingStudentIds);
        }
    }

    /**
     * The teacher's personal grade book.
     *
     * @param reference where, e.g. the page, not blank
     * @return the evidence, not null
     */
    public static Evidence personalGradeBook(String reference) {
        return new Evidence(EvidenceKind.PERSONAL_GRADE_BOOK, reference, List.of());
    }

    /**
     * The student's test paper.
     *
     * @param reference where it is kept, not blank
     * @return the evidence, not null
     */
    public static Evidence testPaper(String reference) {
        return new Evidence(EvidenceKind.TEST_PAPER, reference, List.of());
    }

    /**
     * An oral-score confirmation signed by the corrected student and another student of the class.
     *
     * @param reference where the signed confirmation is kept, not blank
     * @param correctedStudentId the student whose score is corrected, not null
     * @param witnessStudentId another student of the class, not null
     * @return the evidence, not null
     */
    public static Evidence oralConfirmation(String reference, String correctedStudentId, String witnessStudentId) {
        return new Evidence(EvidenceKind.ORAL_CONFIRMATION, reference, List.of(correctedStudentId, witnessStudentId));
    }

    void writeTo(CanonicalWriter out) {
        out.name(kind).text(reference).list(confirmingStudentIds, CanonicalWriter::text);
    }
}
