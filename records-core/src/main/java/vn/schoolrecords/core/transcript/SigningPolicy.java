package vn.schoolrecords.core.transcript;

import java.util.Objects;

/**
 * A school's (or province's) policy on who signs a transcript page besides the head of school
 * and the seal, which always sign.
 *
 * <p>{@link #DEFAULT} requires subject teachers and the homeroom teacher, as Ho Chi Minh City
 * does (QĐ 1789/QĐ-SGDĐT Điều 20.5, Điều 32.5) and as seed 002 §II.3 describes the year's
 * signing ("giáo viên bộ môn, giáo viên chủ nhiệm, hiệu trưởng … theo thứ tự"); TT 70/2026
 * Điều 9 khoản 1 names subject teachers and the homeroom teacher among the signers too.
 * {@link #MOET_PILOT_V1} follows the Ministry's pilot technical model (CV 2088/BGDĐT-GDTH,
 * Phụ lục 1, v1.0), whose signature list has no subject teachers and an optional {@code GVCN}.
 *
 * @param subjectTeachers whether subject teachers sign their rows, not null
 * @param homeroomTeacher whether the homeroom teacher signs the page, not null
 */
public record SigningPolicy(SigningRequirement subjectTeachers, SigningRequirement homeroomTeacher) {

    /** Subject teachers and the homeroom teacher required: the library's default. */
    public static final SigningPolicy DEFAULT = new SigningPolicy(SigningRequirement.REQUIRED,
            SigningRequirement.REQUIRED);

    /** Ho Chi Minh City, QĐ 1789/QĐ-SGDĐT Điều 20.5: subject teachers and homeroom teacher required. */
    public static final SigningPolicy HO_CHI_MINH_CITY = DEFAULT;

    /** The Ministry's pilot model v1.0: no subject teachers, homeroom teacher optional. */
    public static final SigningPolicy MOET_PILOT_V1 = new SigningPolicy(SigningRequirement.NONE,
            SigningRequirement.OPTIONAL);

    /** Checks presence. */
    public SigningPolicy {
        Objects.requireNonNull(subjectTeachers, "subjectTeachers");
        Objects.requireNonNull(homeroomTeacher, "homeroomTeacher");
    }
}
