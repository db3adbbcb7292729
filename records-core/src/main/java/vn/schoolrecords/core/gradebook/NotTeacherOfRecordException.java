package vn.schoolrecords.core.gradebook;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * Only the teacher assigned to the class and subject enters, edits or asks to correct its marks
 * (001 Điều 7.1); nobody else writes, the IT administrator included (001 Điều 10). Nothing was
 * changed.
 */
public final class NotTeacherOfRecordException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "NOT_TEACHER_OF_RECORD";

    private final String actorId;
    private final String subjectCode;
    private final String teacherOfRecordId;

    /**
     * Creates the exception.
     *
     * @param actorId who tried, not null
     * @param subjectCode the subject, not null
     * @param teacherOfRecordId the teacher assigned, not null
     */
    public NotTeacherOfRecordException(String actorId, String subjectCode, String teacherOfRecordId) {
        super(CODE, LocalizedText.of(
                actorId + " không phải giáo viên bộ môn " + subjectCode + " của lớp (001 Điều 7.1, Điều 10)",
                actorId + " is not the teacher of record of " + subjectCode + " for this class (001 Điều 7.1, Điều 10)"));
        this.actorId = actorId;
        this.subjectCode = subjectCode;
        this.teacherOfRecordId = teacherOfRecordId;
    }

    /** @return the staff id of who tried, not null */
    public String actorId() {
        return actorId;
    }

    /** @return the subject's code, not null */
    public String subjectCode() {
        return subjectCode;
    }

    /** @return the staff id of the teacher of record, not null */
    public String teacherOfRecordId() {
        return teacherOfRecordId;
    }
}
