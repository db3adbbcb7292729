package vn.schoolrecords.core.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;

/**
 * Who acts, and where in the hierarchy province → district → school they stand: a member of a
 * school's staff, a district office (Phòng GDĐT), a provincial subject specialist (chuyên viên
 * of the Sở GDĐT's secondary division) or the provincial leadership (ban giám đốc Sở, lãnh đạo
 * phòng GDTrH). Every actor has one account of its own (004 §2.3).
 */
public sealed interface Actor {

    /** @return the account's id, not blank, not null */
    String id();

    /**
     * A member of a school's staff.
     *
     * @param id the staff id, not null
     * @param school the school, not null
     * @param roles the roles held in the school, at least one, not null
     * @param group the subject group (tổ chuyên môn) the person belongs to, or empty, not null
     * @param subgroup the sub-group (nhóm chuyên môn) within that group, or empty; sub-group ids
     *     are unique within a school, not null
     * @param schoolCouncil whether the person records decisions of the school council (hội đồng
     *     trường) — its chair, or a member the council mandates
     */
    record SchoolStaff(String id, SchoolPlace school, Set<StaffRole> roles, Optional<String> group,
            Optional<String> subgroup, boolean schoolCouncil) implements Actor {

        /**
         * Checks presence, copies the roles, and that a leader has the group or sub-group led.
         *
         * @throws InvalidValueException if no role is held, a group leader has no group, or a
         *     sub-group leader no sub-group, or a sub-group is given without its group
         */
        public SchoolStaff {
            Actors.requireId(id);
            Objects.requireNonNull(school, "school");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(subgroup, "subgroup");
            roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
            if (roles.isEmpty()) {
                throw InvalidValueException.of("roles", "Actor.roles", LocalizedText.of(
                        "người dùng phải có ít nhất một chức vụ", "a member of staff holds at least one role"), roles);
            }
            if ((roles.contains(StaffRole.SUBJECT_GROUP_LEADER) && group.isEmpty())
                    || (roles.contains(StaffRole.SUBJECT_SUBGROUP_LEADER) && subgroup.isEmpty())
                    || (subgroup.isPresent() && group.isEmpty())) {
                throw InvalidValueException.of("group", "Actor.groupLed", LocalizedText.of(
                        "tổ trưởng phải thuộc một tổ, nhóm trưởng thuộc một nhóm của một tổ",
                        "a group leader belongs to a group, a sub-group leader to a sub-group of a group"),
                        group.orElse("") + "/" + subgroup.orElse(""));
            }
        }

        /**
         * A member of staff as the school's roster knows them.
         *
         * @param staff the member of staff, not null
         * @param school their school, not null
         * @param group their subject group, or empty, not null
         * @param subgroup their sub-group, or empty, not null
         * @return the actor, not a council member, not null
         */
        public static SchoolStaff of(Staff staff, School school, Optional<String> group, Optional<String> subgroup) {
            return new SchoolStaff(staff.id(), SchoolPlace.from(school), staff.roles(), group, subgroup, false);
        }

        /** @return the same person, recording decisions of the school council, not null */
        public SchoolStaff asSchoolCouncil() {
            return new SchoolStaff(id, school, roles, group, subgroup, true);
        }

        /**
         * Whether a role is held.
         *
         * @param role the role, not null
         * @return true if held
         */
        public boolean has(StaffRole role) {
            return roles.contains(role);
        }

        /** @return true for the principal and vice principals (ban giám hiệu) */
        public boolean isPrincipalBoard() {
            return roles.stream().anyMatch(StaffRole::isPrincipalBoard);
        }
    }

    /**
     * A district office of education (Phòng Giáo dục và Đào tạo): one account per office, which
     * reads every professional record of every school in its district (004 §2.3).
     *
     * @param id the account id, not null
     * @param province the province, not null
     * @param district the district, not null
     */
    record DistrictOffice(String id, String province, String district) implements Actor {

        /** Checks presence. */
        public DistrictOffice {
            Actors.requireId(id);
            Actors.requireName(province, "province");
            Actors.requireName(district, "district");
        }
    }

    /**
     * A subject specialist of the provincial department's secondary division (chuyên viên phòng
     * Giáo dục trung học, Sở GDĐT): reads the records of the subjects in their charge, of every
     * group and teacher in the province (004 §2.3).
     *
     * @param id the account id, not null
     * @param province the province, not null
     * @param subjectCodes the subjects in their charge, at least one, not null; iterated in
     *     alphabetical order
     */
    record ProvincialSpecialist(String id, String province, Set<String> subjectCodes) implements Actor {

        /**
         * Checks presence and copies the subjects.
         *
         * @throws InvalidValueException if no subject is given
         */
        public ProvincialSpecialist {
            Actors.requireId(id);
            Actors.requireName(province, "province");
            subjectCodes = Collections.unmodifiableSet(new TreeSet<>(subjectCodes));
            if (subjectCodes.isEmpty()) {
                throw InvalidValueException.of("subjectCodes", "Actor.subjects", LocalizedText.of(
                        "chuyên viên phụ trách ít nhất một môn", "a specialist is in charge of at least one subject"),
                        subjectCodes);
            }
        }
    }

    /**
     * The provincial leadership: the department's directors (ban giám đốc Sở) and the secondary
     * division's leaders (lãnh đạo phòng GDTrH), who read every record in the province (004 §2.3).
     *
     * @param id the account id, not null
     * @param province the province, not null
     */
    record ProvincialLeadership(String id, String province) implements Actor {

        /** Checks presence. */
        public ProvincialLeadership {
            Actors.requireId(id);
            Actors.requireName(province, "province");
        }
    }
}

final class Actors {

    private Actors() {
    }

    static void requireId(String id) {
        requireName(id, "id");
    }

    static void requireName(String name, String path) {
        Objects.requireNonNull(name, path);
        if (name.isBlank()) {
            throw InvalidValueException.of(path, "Actor.blank", LocalizedText.of(
                    "không được để trống", "must not be blank"), name);
        }
    }
}
