package vn.schoolrecords.core.plan;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.plan.internal.Canon;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.School;

/**
 * The office an approved school education plan is reported to through the software (004 §2.2):
 * the provincial department's secondary division (phòng Giáo dục trung học, Sở GDĐT) for a THPT
 * school, the district office (Phòng GDĐT quận/huyện) for a THCS school.
 *
 * @param kind which office, not null
 * @param province the province, not null
 * @param district the district for a district office, empty for the provincial division, not null
 */
public record ReportingOffice(Kind kind, String province, Optional<String> district) {

    /** The two offices of 004 §2.2. */
    public enum Kind {
        /** The district office of education (Phòng GDĐT quận/huyện). */
        DISTRICT_OFFICE,
        /** The provincial department's secondary division (phòng Giáo dục trung học, Sở GDĐT). */
        PROVINCIAL_SECONDARY_DIVISION
    }

    /**
     * Checks that a district office has its district and the division none.
     *
     * @throws InvalidValueException otherwise
     */
    public ReportingOffice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(district, "district");
        if ((kind == Kind.DISTRICT_OFFICE) != district.isPresent()) {
            throw InvalidValueException.of("district", "ReportingOffice.district", LocalizedText.of(
                    "phòng GDĐT có huyện, phòng GDTrH của Sở thì không",
                    "a district office has a district, the provincial division none"), district.orElse(""));
        }
    }

    /**
     * The office a school reports its plan to: the provincial division when the school teaches
     * upper secondary (THPT) or is a continuing-education centre, or when it reports to no
     * district (every school since the two-tier local government of July 2025); otherwise its
     * district office.
     *
     * @param school the school, not null
     * @return the office, not null
     */
    public static ReportingOffice forSchool(School school) {
        boolean provincial = school.levels().contains(EducationLevel.UPPER_SECONDARY)
                || school.levels().contains(EducationLevel.CONTINUING) || school.district().isEmpty();
        return provincial ? new ReportingOffice(Kind.PROVINCIAL_SECONDARY_DIVISION, school.province(), Optional.empty())
                : new ReportingOffice(Kind.DISTRICT_OFFICE, school.province(), school.district());
    }

    void writeTo(CanonicalWriter out) {
        out.name(kind).text(province);
        Canon.text(out, district);
    }
}
