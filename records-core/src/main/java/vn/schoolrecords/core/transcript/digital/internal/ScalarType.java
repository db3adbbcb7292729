package vn.schoolrecords.core.transcript.digital.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.Award;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.Competence;
import vn.schoolrecords.core.assessment.PrimaryResult;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.Quality;
import vn.schoolrecords.core.assessment.QualityLevel;
import vn.schoolrecords.core.assessment.Regime;
import vn.schoolrecords.core.assessment.SubjectLevel;
import vn.schoolrecords.core.assessment.SupplementaryAssessment;
import vn.schoolrecords.core.register.RegisterNumber;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.Gender;
import vn.schoolrecords.core.school.PersonalIdentifier;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * The value types a mapping may name, each with its lexical form in the XML and the Java type
 * it carries in a {@link Group}. The lexical rules of the model (decimal point, at most four
 * places, date-time with offset) are written here once.
 *
 * @param kind the kind of value, not null
 * @param enumType the enum of an {@link Kind#ENUM}, or null
 */
public record ScalarType(Kind kind, Class<? extends Enum<?>> enumType) {

    /** The kinds of value. */
    public enum Kind { TEXT, ID, CODE, INT, DECIMAL, DATE, DATETIME, BOOL, UUID, PERSONALID, SCHOOLYEAR, REGISTERNUMBER, ENUM }

    /** The largest number of decimal places the model allows ("tối đa 4 chữ số phần thập phân"). */
    public static final int MAX_DECIMAL_PLACES = 4;

    /** The model's date-time form, {@code YYYY-MM-DDThh:mm:ss±hh:mm}, written once. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    // The enums a mapping may name; a closed list, so a mapping file cannot reach other classes.
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
            Map.entry("EducationLevel", EducationLevel.class), Map.entry("Gender", Gender.class),
            Map.entry("AssessmentMode", AssessmentMode.class), Map.entry("Regime", Regime.class),
            Map.entry("AchievementLevel", AchievementLevel.class), Map.entry("CommentResult", CommentResult.class),
            Map.entry("PromotionStatus", PromotionStatus.class), Map.entry("Award", Award.class),
            Map.entry("SubjectLevel", SubjectLevel.class), Map.entry("QualityLevel", QualityLevel.class),
            Map.entry("Competence", Competence.class), Map.entry("Quality", Quality.class),
            Map.entry("PrimaryResult", PrimaryResult.class),
            Map.entry("SupplementaryAssessment", SupplementaryAssessment.class));

    /** @throws NullPointerException if the kind is null */
    public ScalarType {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The scalar type a mapping names.
     *
     * @param name e.g. {@code text}, {@code enum:Gender}
     * @return the type, or null if the name is not a scalar type
     */
    static ScalarType named(String name) {
        if (name.startsWith("enum:")) {
            Class<? extends Enum<?>> type = ENUMS.get(name.substring(5));
            if (type == null) {
                throw new IllegalArgumentException("unknown enum in mapping: " + name);
            }
            return new ScalarType(Kind.ENUM, type);
        }
        for (Kind k : Kind.values()) {
            if (k != Kind.ENUM && k.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
                return new ScalarType(k, null);
            }
        }
        return null;
    }

    /** @return the constant names of an enum type, in declaration order; empty for other kinds */
    public List<String> enumNames() {
        if (enumType == null) {
            return List.of();
        }
        return java.util.Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toList();
    }

    /**
     * The lexical form of a value.
     *
     * @param value a value of this type's Java type, not null
     * @return the text, not null
     * @throws IllegalArgumentException if the value is not of this type or breaks a lexical rule
     */
    public String format(Object value) {
        return switch (kind) {
            case TEXT, ID, CODE -> (String) value;
            case INT -> Integer.toString((Integer) value);
            case DECIMAL -> decimal((BigDecimal) value);
            case DATE -> ((LocalDate) value).toString();
            case DATETIME -> DATE_TIME.format((OffsetDateTime) value);
            case BOOL -> Boolean.toString((Boolean) value);
            case UUID -> value.toString();
            case PERSONALID -> ((PersonalIdentifier) value).value();
            case SCHOOLYEAR -> value.toString();
            case REGISTERNUMBER -> ((RegisterNumber) value).toString();
            case ENUM -> ((Enum<?>) enumType.cast(value)).name();
        };
    }

    /**
     * Reads a lexical form the schema has accepted.
     *
     * @param text the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException (or a domain exception) if the text is not of this type
     */
    public Object parse(String text) {
        return switch (kind) {
            case TEXT, ID, CODE -> text;
            case INT -> Integer.valueOf(text);
            case DECIMAL -> {
                BigDecimal d = new BigDecimal(text);
                if (d.scale() > MAX_DECIMAL_PLACES) {
                    throw new IllegalArgumentException("more than " + MAX_DECIMAL_PLACES + " decimal places: " + text);
                }
                yield d;
            }
            case DATE -> LocalDate.parse(text);
            case DATETIME -> OffsetDateTime.parse(text, DATE_TIME);
            case BOOL -> Boolean.valueOf(text);
            case UUID -> java.util.UUID.fromString(text);
            case PERSONALID -> PersonalIdentifier.parse(text);
            case SCHOOLYEAR -> SchoolYear.parse(text);
            case REGISTERNUMBER -> RegisterNumber.parse(text);
            case ENUM -> enumConstant(text);
        };
    }

    private Object enumConstant(String name) {
        for (Enum<?> e : enumType.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("not a constant of " + enumType.getSimpleName() + ": " + name);
    }

    private static String decimal(BigDecimal value) {
        BigDecimal d = value.stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        if (d.scale() > MAX_DECIMAL_PLACES) {
            throw new IllegalArgumentException("more than " + MAX_DECIMAL_PLACES + " decimal places: " + value);
        }
        return d.toPlainString();
    }
}
