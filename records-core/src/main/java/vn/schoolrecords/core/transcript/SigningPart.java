package vn.schoolrecords.core.transcript;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * The part of a transcript page a signature covers: a subject row (phần kết quả môn học) for a
 * subject teacher, the whole page for the homeroom teacher, the principal and the seal.
 *
 * @param role the role that signs the part, not null
 * @param subjectCode the subject row's code for {@link SigningRole#SUBJECT_TEACHER}; empty for
 *     every other role, not null
 */
public record SigningPart(SigningRole role, Optional<String> subjectCode) {

    /** Checks that exactly the subject teacher's part names a subject. */
    public SigningPart {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(subjectCode, "subjectCode").ifPresent(c -> Texts.code(c, "subjectCode"));
        if ((role == SigningRole.SUBJECT_TEACHER) != subjectCode.isPresent()) {
            throw InvalidValueException.of("subjectCode", "SigningPart.subject", LocalizedText.of(
                    "chỉ phần ký của giáo viên môn học gắn với một môn học",
                    "only a subject teacher's part names a subject"), subjectCode.orElse("null"));
        }
    }

    /**
     * The row of a subject.
     *
     * @param subjectCode the subject's code, not null
     * @return the part, not null
     */
    public static SigningPart subjectRow(String subjectCode) {
        return new SigningPart(SigningRole.SUBJECT_TEACHER, Optional.of(subjectCode));
    }

    /**
     * The whole page, signed in a role other than subject teacher.
     *
     * @param role {@code HOMEROOM_TEACHER}, {@code PRINCIPAL} or {@code SCHOOL_SEAL}, not null
     * @return the part, not null
     */
    public static SigningPart page(SigningRole role) {
        return new SigningPart(role, Optional.empty());
    }

    /** @return e.g. {@code SUBJECT_TEACHER:TOAN} or {@code PRINCIPAL} */
    @Override
    public String toString() {
        return role + subjectCode.map(c -> ":" + c).orElse("");
    }
}
