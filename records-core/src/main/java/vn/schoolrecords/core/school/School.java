package vn.schoolrecords.core.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.schoolrecords.core.RecordsValidation;

/**
 * A school (trường) or continuing-education centre (trung tâm GDTX).
 *
 * @param code the school's code in the sector database (mã trường), e.g. {@code 79000701}
 * @param name the full name, e.g. {@code Trường THPT Lê Quý Đôn}
 * @param levels the education levels taught (one for most schools; several for a multi-level
 *     school, trường phổ thông có nhiều cấp học), iterated in declaration order
 * @param province the province or centrally governed city (tỉnh, thành phố)
 * @param district the district (quận, huyện), where the school still reports to one; districts
 *     were abolished as administrative units in 2025, so this may be empty
 * @param governingOffice the office that governs the school (cơ quan quản lý trực tiếp), e.g.
 *     {@code Sở Giáo dục và Đào tạo Quảng Ngãi}
 */
public record School(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "{vn.schoolrecords.Id.format}") String code,
        @NotBlank @Size(max = 200) @Pattern(regexp = "(?U)\\S(?:.*\\S)?", message = "{vn.schoolrecords.Text.trimmed}") String name,
        @NotEmpty Set<EducationLevel> levels,
        @NotBlank @Size(max = 100) String province,
        // Not @NotBlank: Hibernate Validator hands an empty Optional to its element constraints
        // as null, which @NotBlank rejects; @Pattern accepts null and rejects "" and blanks.
        Optional<@Size(max = 100) @Pattern(regexp = "(?U)\\S(?:.*\\S)?", message = "{vn.schoolrecords.Text.trimmed}") String> district,
        @NotBlank @Size(max = 200) String governingOffice) {

    /** Checks presence, copies the set and brings texts to NFC; {@link #of} checks the rest. */
    public School {
        Objects.requireNonNull(code, "code");
        name = Student.nfc(name, "name");
        levels = levels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(levels));
        province = Student.nfc(province, "province");
        district = Objects.requireNonNull(district, "district").map(d -> Student.nfc(d, "district"));
        governingOffice = Student.nfc(governingOffice, "governingOffice");
    }

    /**
     * A validated school.
     *
     * @param code the school code, not null
     * @param name the name, not null
     * @param levels the levels taught, at least one, not null
     * @param province the province, not null
     * @param district the district, or empty, not null
     * @param governingOffice the governing office, not null
     * @return the school, not null
     * @throws vn.schoolrecords.core.InvalidValueException naming every invalid field
     */
    public static School of(String code, String name, Set<EducationLevel> levels, String province,
            Optional<String> district, String governingOffice) {
        return RecordsValidation.requireValid(new School(code, name, levels, province, district, governingOffice));
    }

    /**
     * Whether the school teaches a grade at any of its levels.
     *
     * @param grade the grade, not null
     * @return true if taught
     */
    public boolean teaches(GradeLevel grade) {
        return levels.stream().anyMatch(level -> level.includes(grade));
    }
}
