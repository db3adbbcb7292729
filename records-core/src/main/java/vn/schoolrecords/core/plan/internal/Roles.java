package vn.schoolrecords.core.plan.internal;

import vn.schoolrecords.core.access.Actor;
import vn.schoolrecords.core.access.Reviewer;
import vn.schoolrecords.core.school.StaffRole;

/** The staff role an audit event records for an actor acting in a capacity. */
public final class Roles {

    private Roles() {
    }

    /** The role in which an author acts: the leading role for group plans, the board's for the school plan. */
    public static StaffRole author(Actor.SchoolStaff s, boolean groupPlan, boolean schoolPlan) {
        if (schoolPlan) {
            return board(s);
        }
        if (groupPlan) {
            return s.has(StaffRole.SUBJECT_GROUP_LEADER) ? StaffRole.SUBJECT_GROUP_LEADER : StaffRole.SUBJECT_SUBGROUP_LEADER;
        }
        return StaffRole.SUBJECT_TEACHER;
    }

    /**
     * The role in which a reviewer acts. The school council has no staff role: its decision is
     * recorded under the recorder's first role in declaration order.
     */
    public static StaffRole reviewer(Actor.SchoolStaff s, Reviewer reviewer) {
        switch (reviewer) {
            case SUBJECT_GROUP_LEADER:
                return s.has(StaffRole.SUBJECT_GROUP_LEADER) ? StaffRole.SUBJECT_GROUP_LEADER
                        : StaffRole.SUBJECT_SUBGROUP_LEADER;
            case PRINCIPAL_BOARD:
                return board(s);
            default:
                return s.roles().iterator().next();
        }
    }

    /** The principal if held, otherwise vice principal. */
    public static StaffRole board(Actor.SchoolStaff s) {
        return s.has(StaffRole.PRINCIPAL) ? StaffRole.PRINCIPAL : StaffRole.VICE_PRINCIPAL;
    }
}
