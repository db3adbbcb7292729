package vn.schoolrecords.core.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;
import vn.schoolrecords.core.RecordsValidation;
import vn.schoolrecords.core.school.internal.IdentifierMatchesBirth;

/**
 * A student (học sinh) or, in continuing education, a learner (học viên).
 *
 * <p>The full name is kept exactly as given — no change of case, spacing or spelling — in
 * Unicode NFC, so that {@code "Nguyễn"} typed with combining marks and {@code "Nguyễn"} typed
 * precomposed are the same name. Leading or trailing spaces are an error, not trimmed.
 *
 * @param id the school's code for the student (mã học sinh), e.g. {@code HS0001}
 * @param personalId the personal identification number (số định danh cá nhân), whose birth year
 *     and sex must agree with {@code dateOfBirth} and {@code gender}
 * @param fullName full name (họ và tên), e.g. {@code Nguyễn Thị Ánh Tuyết}
 * @param dateOfBirth date of birth (ngày sinh); a roster checks that it precedes the school year
 *     (the library never compares it with today's date, which it does not read)
 * @param gender gender (giới tính)
 * @param ethnicity ethnic group (dân tộc), e.g. {@code Kinh}, {@code Tày}
 * @param placeOfBirth place of birth (nơi sinh), as written on the birth certificate
 */
@IdentifierMatchesBirth
public record Student(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "{vn.schoolrecords.Id.format}") String id,
        PersonalIdentifier personalId,
        @NotBlank @Size(max = 100) @Pattern(regexp = "(?U)\\S(?:.*\\S)?", message = "{vn.schoolrecords.Text.trimmed}") String fullName,
        LocalDate dateOfBirth,
        Gender gender,
        @NotBlank @Size(max = 60) String ethnicity,
        @NotBlank @Size(max = 200) String placeOfBirth) {

    /** Checks presence and brings the texts to Unicode NFC; {@link #of} checks the rest. */
    public Student {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personalId, "personalId");
        fullName = nfc(fullName, "fullName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(gender, "gender");
        ethnicity = nfc(ethnicity, "ethnicity");
        placeOfBirth = nfc(placeOfBirth, "placeOfBirth");
    }

    /**
     * A validated student.
     *
     * @param id the school's code for the student, not null
     * @param personalId the personal identification number, not null
     * @param fullName the full name, not null
     * @param dateOfBirth the date of birth, not null
     * @param gender the gender, not null
     * @param ethnicity the ethnic group, not null
     * @param placeOfBirth the place of birth, not null
     * @return the student, not null
     * @throws vn.schoolrecords.core.InvalidValueException naming every invalid field
     */
    public static Student of(String id, PersonalIdentifier personalId, String fullName, LocalDate dateOfBirth,
            Gender gender, String ethnicity, String placeOfBirth) {
        return RecordsValidation.requireValid(
                new Student(id, personalId, fullName, dateOfBirth, gender, ethnicity, placeOfBirth));
    }

    static String nfc(String text, String name) {
        return Normalizer.normalize(Objects.requireNonNull(text, name), Normalizer.Form.NFC);
    }
}
