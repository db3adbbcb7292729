package vn.schoolrecords.core.transcript;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * The names of the signature fields (trường chữ ký) that printouts place for the parts of a
 * {@link SigningPlan}, in one place, so that the PDF that places a field, the signer who fills
 * it and the verifier that reports on it agree: {@code subject-TOAN}, {@code homeroom},
 * {@code principal}, {@code school-seal}; on a transcript, whose pages each have their own
 * fields, with the school year's first calendar year: {@code subject-2025-TOAN},
 * {@code homeroom-2025}, {@code principal-2025}, {@code school-seal-2025}.
 */
public final class SignatureFields {

    private static final Map<SigningRole, String> PREFIXES = Map.of(
            SigningRole.SUBJECT_TEACHER, "subject",
            SigningRole.HOMEROOM_TEACHER, "homeroom",
            SigningRole.PRINCIPAL, "principal",
            SigningRole.SCHOOL_SEAL, "school-seal");

    private static final Pattern NAME = Pattern.compile(
            "(subject|homeroom|principal|school-seal)(?:-(\\d{4}))?(?:-([A-Za-z0-9_]+))?");

    private SignatureFields() {
    }

    /**
     * The field of a part on a single-page printout (a grade book, a plan).
     *
     * @param part the part signed, not null
     * @return e.g. {@code subject-TOAN} or {@code principal}, not null
     */
    public static String name(SigningPart part) {
        Objects.requireNonNull(part, "part");
        return PREFIXES.get(part.role()) + part.subjectCode().map(c -> "-" + c).orElse("");
    }

    /**
     * The field of a part of one school year's page of a transcript.
     *
     * @param year the page's school year, not null
     * @param part the part signed, not null
     * @return e.g. {@code subject-2025-TOAN} or {@code principal-2025}, not null
     */
    public static String name(SchoolYear year, SigningPart part) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(part, "part");
        return PREFIXES.get(part.role()) + "-" + year.startYear() + part.subjectCode().map(c -> "-" + c).orElse("");
    }

    /**
     * The part a field name stands for, with or without a year.
     *
     * @param fieldName a field's name, not null
     * @return the part, or empty if the name is not one of these, not null
     */
    public static Optional<SigningPart> partOf(String fieldName) {
        Matcher m = NAME.matcher(Objects.requireNonNull(fieldName, "fieldName"));
        if (!m.matches()) {
            return Optional.empty();
        }
        SigningRole role = PREFIXES.entrySet().stream().filter(e -> e.getValue().equals(m.group(1)))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        Optional<String> code = Optional.ofNullable(m.group(3));
        if ((role == SigningRole.SUBJECT_TEACHER) != code.isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SigningPart(role, code));
        } catch (RecordsException notACode) {
            return Optional.empty();
        }
    }

    /**
     * The school year a transcript field names.
     *
     * @param fieldName a field's name, not null
     * @return the school year's first calendar year, or empty if the name has none, not null
     */
    public static Optional<Integer> startYearOf(String fieldName) {
        Matcher m = NAME.matcher(Objects.requireNonNull(fieldName, "fieldName"));
        return m.matches() && m.group(2) != null ? Optional.of(Integer.parseInt(m.group(2))) : Optional.empty();
    }
}
