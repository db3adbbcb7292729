package vn.schoolrecords.core.gradebook;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A change of an entered value needs a reason and evidence: the personal grade book, the test
 * paper, or for an oral score the confirmation of two named students (001 Điều 8.1–8.2).
 * Nothing was changed.
 */
public final class EvidenceRequiredException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "EVIDENCE_REQUIRED";

    private final String missing;

    /**
     * Creates the exception.
     *
     * @param missing what is missing or wrong: {@code reason}, {@code evidence} or {@code evidence.confirmingStudentIds}, not null
     * @param detail why, in both languages, not null
     */
    public EvidenceRequiredException(String missing, LocalizedText detail) {
        super(CODE, LocalizedText.of(
                "sửa điểm phải có lý do và minh chứng (001 Điều 8.1–8.2): " + detail.vi(),
                "a change needs a reason and evidence (001 Điều 8.1–8.2): " + detail.en()));
        this.missing = missing;
    }

    /** @return what is missing: {@code reason}, {@code evidence} or {@code evidence.confirmingStudentIds}, not null */
    public String missing() {
        return missing;
    }
}
