package vn.schoolrecords.core.school;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.Objects;
import vn.schoolrecords.core.RecordsValidation;

/**
 * A subject or educational activity (môn học, hoạt động giáo dục) as taught in one grade.
 *
 * @param code a stable upper-case code, e.g. {@code TOAN}, {@code NGU_VAN}, {@code GDTC}
 * @param name the Vietnamese name, e.g. {@code Toán}, kept as given (Unicode NFC)
 * @param periodsPerYear the periods per school year (số tiết/năm học), which decides the number
 *     of regular assessments under TT 22/2021 Điều 6.2
 * @param mode how the subject is assessed, not null
 * @param compulsory true for a compulsory subject (môn bắt buộc), false for an elective one
 *     (môn lựa chọn)
 */
public record Subject(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,29}", message = "{vn.schoolrecords.Code.format}") String code,
        @NotBlank @Size(max = 120) @Pattern(regexp = "(?U)\\S(?:.*\\S)?", message = "{vn.schoolrecords.Text.trimmed}") String name,
        @Min(1) @Max(1000) int periodsPerYear,
        AssessmentMode mode,
        boolean compulsory) {

    /** Checks presence and brings the name to Unicode NFC; {@link #of} checks the rest. */
    public Subject {
        Objects.requireNonNull(code, "code");
        name = Normalizer.normalize(Objects.requireNonNull(name, "name"), Normalizer.Form.NFC);
        Objects.requireNonNull(mode, "mode");
    }

    /**
     * A validated subject.
     *
     * @param code the upper-case code, not null
     * @param name the Vietnamese name, not null
     * @param periodsPerYear periods per school year, 1–1000
     * @param mode how it is assessed, not null
     * @param compulsory whether it is compulsory
     * @return the subject, not null
     * @throws vn.schoolrecords.core.InvalidValueException if any part is invalid
     */
    public static Subject of(String code, String name, int periodsPerYear, AssessmentMode mode, boolean compulsory) {
        return RecordsValidation.requireValid(new Subject(code, name, periodsPerYear, mode, compulsory));
    }

    /**
     * The same subject with another number of periods (schools may adjust the plan).
     *
     * @param periods periods per school year, 1–1000
     * @return the copy, not null
     */
    public Subject withPeriodsPerYear(int periods) {
        return of(code, name, periods, mode, compulsory);
    }
}
