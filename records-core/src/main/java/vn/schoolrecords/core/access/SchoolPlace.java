package vn.schoolrecords.core.access;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.School;

/**
 * Where a school sits in the hierarchy of education offices: province (tỉnh, thành phố; its
 * Department of Education and Training, Sở GDĐT) → district (quận, huyện; its Phòng GDĐT),
 * where the school still reports to one → school (trường).
 *
 * <p>Provinces are named as in {@link School#province()}, districts as in
 * {@link School#district()}; a district is identified by its name within its province.
 *
 * @param schoolCode the school's code (mã trường), not null
 * @param province the province, not null
 * @param district the district, or empty for a school that reports to no district office
 *     (every school since the two-tier local government of July 2025), not null
 */
public record SchoolPlace(String schoolCode, String province, Optional<String> district) {

    /**
     * Checks presence and that no name is blank.
     *
     * @throws InvalidValueException if a name is blank
     */
    public SchoolPlace {
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(district, "district");
        if (schoolCode.isBlank() || province.isBlank() || district.filter(String::isBlank).isPresent()) {
            throw InvalidValueException.of("", "SchoolPlace.blank", LocalizedText.of(
                    "mã trường, tỉnh và huyện không được để trống",
                    "the school code, province and district must not be blank"),
                    schoolCode + "/" + province + "/" + district.orElse(""));
        }
    }

    /**
     * A place in the hierarchy.
     *
     * @param schoolCode the school code, not null
     * @param province the province, not null
     * @param district the district, or empty, not null
     * @return the place, not null
     * @throws InvalidValueException if a name is blank
     */
    public static SchoolPlace of(String schoolCode, String province, Optional<String> district) {
        return new SchoolPlace(schoolCode, province, district);
    }

    /**
     * The place of a school.
     *
     * @param school the school, not null
     * @return its code, province and district, not null
     */
    public static SchoolPlace from(School school) {
        return new SchoolPlace(school.code(), school.province(), school.district());
    }

    /**
     * Whether the school lies in a district of a province.
     *
     * @param province the province, not null
     * @param district the district, not null
     * @return true if both match
     */
    public boolean isIn(String province, String district) {
        return this.province.equals(province) && this.district.equals(Optional.of(district));
    }
}
