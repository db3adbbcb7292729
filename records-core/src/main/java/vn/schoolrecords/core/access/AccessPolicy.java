package vn.schoolrecords.core.access;

import static vn.schoolrecords.core.access.AccessDecision.allow;
import static vn.schoolrecords.core.access.AccessDecision.deny;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.school.StaffRole;

/**
 * Who may see, write, submit, approve and report which professional record (phân quyền, 004
 * §2.3): one pure function {@link #decide(Actor, Action, Resource)}.
 *
 * <p>Checked in this order, the first that fails deciding:
 * <ol>
 * <li><b>hierarchy</b>: staff act only in their own school; a district office only on schools of
 *     its district; provincial actors only on schools of their province;</li>
 * <li><b>offices read only</b>: district office, provincial specialist and leadership only READ;</li>
 * <li><b>subject</b>: a provincial specialist reads only records of the subjects in their charge
 *     (so never the school plan, which has no subject);</li>
 * <li><b>the staff member's part</b>: the principal board (ban giám hiệu) reads everything in the
 *     school; a teacher reads and writes their own records; a subject-group leader reads the
 *     records of their group, a sub-group leader those of their sub-group and their group's
 *     plans; the school council reads the school plan. Only the author edits and submits a plan,
 *     and only an author of the right kind: the principal board the school plan, the group's
 *     leader or a sub-group leader the group's plans, a subject teacher the teacher and lesson
 *     plans. A plan is reviewed by whoever it {@linkplain Resource#awaiting() awaits}, never by
 *     its author; only the principal board reports the school plan.</li>
 * </ol>
 */
public final class AccessPolicy {

    private static final String SEED = " (004 §2.3)";

    private AccessPolicy() {
    }

    /**
     * Decides whether an actor may act on a record.
     *
     * @param actor who acts, not null
     * @param action what they want to do, not null
     * @param resource the record, not null
     * @return allowed or denied, with the rule and the reason, not null
     */
    public static AccessDecision decide(Actor actor, Action action, Resource resource) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        SchoolPlace place = resource.school();
        if (actor instanceof Actor.SchoolStaff s) {
            return s.school().equals(place) ? staff(s, action, resource)
                    : outside("trường " + s.school().schoolCode(), "school " + s.school().schoolCode());
        }
        if (actor instanceof Actor.DistrictOffice d) {
            if (!place.isIn(d.province(), d.district())) {
                return outside("huyện " + d.district(), "district " + d.district());
            }
            return readOnly(action).orElseGet(() -> allow("Access.districtOffice",
                    "phòng GDĐT kiểm tra mọi hồ sơ chuyên môn của các trường trong huyện" + SEED,
                    "a district office reads every professional record of its district's schools" + SEED));
        }
        if (actor instanceof Actor.ProvincialSpecialist p) {
            if (!place.province().equals(p.province())) {
                return outside("tỉnh " + p.province(), "province " + p.province());
            }
            Optional<AccessDecision> denied = readOnly(action);
            if (denied.isPresent()) {
                return denied.get();
            }
            if (resource.subject().filter(p.subjectCodes()::contains).isEmpty()) {
                return deny("Access.otherSubject",
                        "chuyên viên chỉ kiểm tra hồ sơ của bộ môn mình phụ trách" + SEED,
                        "a specialist reads only the records of the subjects in their charge" + SEED);
            }
            return allow("Access.specialist", "hồ sơ thuộc bộ môn chuyên viên phụ trách" + SEED,
                    "a record of a subject in the specialist's charge" + SEED);
        }
        Actor.ProvincialLeadership l = (Actor.ProvincialLeadership) actor;
        if (!place.province().equals(l.province())) {
            return outside("tỉnh " + l.province(), "province " + l.province());
        }
        return readOnly(action).orElseGet(() -> allow("Access.provincialLeadership",
                "lãnh đạo Sở, lãnh đạo phòng GDTrH kiểm tra toàn bộ hồ sơ trong tỉnh" + SEED,
                "the provincial leadership reads every record in the province" + SEED));
    }

    /**
     * Decides, and throws when denied.
     *
     * @param actor who acts, not null
     * @param action what they want to do, not null
     * @param resource the record, not null
     * @return the allowing decision, not null
     * @throws AccessDeniedException if denied
     */
    public static AccessDecision require(Actor actor, Action action, Resource resource) {
        AccessDecision d = decide(actor, action, resource);
        if (!d.allowed()) {
            throw new AccessDeniedException(actor.id(), action, d);
        }
        return d;
    }

    private static AccessDecision staff(Actor.SchoolStaff s, Action action, Resource r) {
        boolean owner = r.ownerIds().contains(s.id());
        switch (action) {
            case READ:
                if (s.isPrincipalBoard()) {
                    return allow("Access.principalBoard", "ban giám hiệu kiểm tra mọi hồ sơ của trường" + SEED,
                            "the principal board reads every record of the school" + SEED);
                }
                if (owner) {
                    return allow("Access.own", "hồ sơ của chính mình", "the actor's own record");
                }
                if (leads(s, r, true)) {
                    return allow("Access.groupLeader", "hồ sơ của tổ/nhóm mình quản lý" + SEED,
                            "a record of the group or sub-group the actor leads" + SEED);
                }
                if (s.schoolCouncil() && r.kind() == RecordKind.SCHOOL_PLAN) {
                    return allow("Access.schoolCouncil", "hội đồng trường xem kế hoạch giáo dục nhà trường",
                            "the school council reads the school education plan");
                }
                return notInCharge();
            case EDIT:
            case SUBMIT:
                if (r.kind() == RecordKind.GRADE_BOOK && action == Action.SUBMIT) {
                    return deny("Access.notAPlan", "sổ điểm không nộp duyệt như kế hoạch",
                            "a grade book is not submitted like a plan");
                }
                if (!owner) {
                    return deny("Access.notOwner", "chỉ người soạn mới sửa và nộp hồ sơ của mình",
                            "only the author writes and submits their record");
                }
                return authors(s, r) ? allow("Access.author", "người soạn hồ sơ", "the record's author")
                        : deny("Access.cannotAuthor", "chức vụ không soạn loại hồ sơ này" + SEED,
                                "the actor's roles do not write this kind of record" + SEED);
            case REVIEW:
                if (!r.kind().isPlan()) {
                    return deny("Access.notAPlan", "sổ điểm được duyệt theo quy trình sổ điểm",
                            "a grade book is approved in its own workflow");
                }
                if (r.awaiting().isEmpty()) {
                    return deny("Access.nothingToReview", "kế hoạch không chờ duyệt", "the plan awaits no review");
                }
                if (owner) {
                    return deny("Access.ownRecord", "không ai tự duyệt kế hoạch của mình",
                            "nobody approves their own plan");
                }
                return reviews(s, r.awaiting().get(), r)
                        ? allow("Access.reviewer", "người phê duyệt bước này: " + r.awaiting().get().vietnameseName()
                                + " (004 §2.2)", "the reviewer of this step: " + r.awaiting().get() + " (004 §2.2)")
                        : deny("Access.notReviewer", "bước này do " + r.awaiting().get().vietnameseName()
                                + " phê duyệt (004 §2.2)", "this step is approved by the " + r.awaiting().get()
                                + " (004 §2.2)");
            case REPORT:
                if (r.kind() != RecordKind.SCHOOL_PLAN) {
                    return deny("Access.notReported", "chỉ kế hoạch giáo dục nhà trường được gửi báo cáo",
                            "only the school education plan is reported");
                }
                return s.isPrincipalBoard()
                        ? allow("Access.report", "ban giám hiệu gửi báo cáo kế hoạch nhà trường (004 §2.2)",
                                "the principal board reports the school plan (004 §2.2)")
                        : deny("Access.notReporter", "chỉ ban giám hiệu gửi báo cáo (004 §2.2)",
                                "only the principal board reports (004 §2.2)");
            default:
                throw new IllegalStateException("unknown action " + action);
        }
    }

    // Leads the record's group, or its sub-group; a sub-group leader also reads their group's plans.
    private static boolean leads(Actor.SchoolStaff s, Resource r, boolean reading) {
        if (r.group().isEmpty() || !r.group().equals(s.group())) {
            return false;
        }
        if (s.has(StaffRole.SUBJECT_GROUP_LEADER)) {
            return true;
        }
        return s.has(StaffRole.SUBJECT_SUBGROUP_LEADER)
                && (r.subgroup().equals(s.subgroup()) || (reading && r.kind().isGroupPlan() && r.subgroup().isEmpty()));
    }

    private static boolean authors(Actor.SchoolStaff s, Resource r) {
        switch (r.kind()) {
            case SCHOOL_PLAN:
                return s.isPrincipalBoard();
            case GROUP_TEACHING_PLAN:
            case GROUP_ACTIVITY_PLAN:
                return leads(s, r, false);
            case TEACHER_PLAN:
            case LESSON_PLAN:
                return s.has(StaffRole.SUBJECT_TEACHER) && r.group().isPresent() && r.group().equals(s.group());
            case GRADE_BOOK:
                return s.has(StaffRole.SUBJECT_TEACHER) || s.has(StaffRole.HOMEROOM_TEACHER);
            default:
                throw new IllegalStateException("unknown kind " + r.kind());
        }
    }

    private static boolean reviews(Actor.SchoolStaff s, Reviewer reviewer, Resource r) {
        switch (reviewer) {
            case SUBJECT_GROUP_LEADER:
                return leads(s, r, false);
            case PRINCIPAL_BOARD:
                return s.isPrincipalBoard();
            case SCHOOL_COUNCIL:
                return s.schoolCouncil();
            default:
                throw new IllegalStateException("unknown reviewer " + reviewer);
        }
    }

    private static AccessDecision outside(String vi, String en) {
        return deny("Access.outsideHierarchy", "hồ sơ nằm ngoài phạm vi quản lý: " + vi + SEED,
                "the record lies outside the actor's hierarchy: " + en + SEED);
    }

    private static Optional<AccessDecision> readOnly(Action action) {
        return action == Action.READ ? Optional.empty() : Optional.of(deny("Access.readOnly",
                "cơ quan quản lý cấp trên chỉ được kiểm tra (xem)" + SEED,
                "the offices above the school only read" + SEED));
    }

    private static AccessDecision notInCharge() {
        return deny("Access.notInCharge", "hồ sơ không thuộc phạm vi phụ trách" + SEED,
                "the record is not in the actor's charge" + SEED);
    }
}
