package vn.schoolrecords.core.school.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.Enrolment;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.TeachingAssignment;

/** Checks {@link ConsistentRoster}; each broken reference is reported at its own path. */
public final class ConsistentRosterValidator implements ConstraintValidator<ConsistentRoster, SchoolRoster> {

    @Override
    public boolean isValid(SchoolRoster roster, ConstraintValidatorContext context) {
        Report report = new Report(context);
        Map<String, Staff> staff = unique(roster.staff(), Staff::id, "staff", "id", report);
        Map<String, ClassGroup> classes = unique(roster.classes(), ClassGroup::id, "classes", "id", report);
        Set<String> students = unique(roster.students(), s -> s.id(), "students", "id", report).keySet();
        unique(roster.curricula(), c -> String.valueOf(c.grade().number()), "curricula", "grade", report);
        checkBirthDates(roster, report);
        checkClasses(roster, staff, report);
        checkEnrolments(roster.enrolments(), students, classes, report);
        checkAssignments(roster, staff, classes, report);
        return report.valid;
    }

    /** A student is born before the school year starts; checked here because values read no clock. */
    private static void checkBirthDates(SchoolRoster roster, Report report) {
        for (int i = 0; i < roster.students().size(); i++) {
            if (!roster.students().get(i).dateOfBirth().isBefore(roster.year().startDate())) {
                report.add("students[" + i + "].dateOfBirth", "{vn.schoolrecords.Roster.bornBeforeYear}",
                        roster.students().get(i).dateOfBirth());
            }
        }
    }

    private static void checkClasses(SchoolRoster roster, Map<String, Staff> staff, Report report) {
        for (int i = 0; i < roster.classes().size(); i++) {
            ClassGroup c = roster.classes().get(i);
            String at = "classes[" + i + "]";
            if (!c.year().equals(roster.year())) {
                report.add(at + ".year", "{vn.schoolrecords.Roster.classYear}", c.year());
            }
            if (!roster.school().teaches(c.grade()) || roster.curriculum(c.grade()).isEmpty()) {
                report.add(at + ".grade", "{vn.schoolrecords.Roster.grade}", c.grade().number());
            }
            Staff homeroom = staff.get(c.homeroomTeacherId());
            if (homeroom == null || !homeroom.has(StaffRole.HOMEROOM_TEACHER)) {
                report.add(at + ".homeroomTeacherId", "{vn.schoolrecords.Roster.homeroom}", c.homeroomTeacherId());
            }
        }
    }

    private static void checkEnrolments(List<Enrolment> enrolments, Set<String> students,
            Map<String, ClassGroup> classes, Report report) {
        Set<String> enrolled = new HashSet<>();
        for (int i = 0; i < enrolments.size(); i++) {
            Enrolment e = enrolments.get(i);
            String at = "enrolments[" + i + "]";
            if (!students.contains(e.studentId())) {
                report.add(at + ".studentId", "{vn.schoolrecords.Roster.reference}", e.studentId());
            } else if (!enrolled.add(e.studentId())) {
                report.add(at + ".studentId", "{vn.schoolrecords.Roster.enrolledTwice}", e.studentId());
            }
            if (!classes.containsKey(e.classId())) {
                report.add(at + ".classId", "{vn.schoolrecords.Roster.reference}", e.classId());
            }
        }
        if (enrolled.size() < students.size()) {
            Set<String> missing = new TreeSet<>(students);
            missing.removeAll(enrolled);
            report.add("enrolments", "{vn.schoolrecords.Roster.notEnrolled}", String.join(", ", missing));
        }
    }

    private static void checkAssignments(SchoolRoster roster, Map<String, Staff> staff,
            Map<String, ClassGroup> classes, Report report) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < roster.assignments().size(); i++) {
            TeachingAssignment a = roster.assignments().get(i);
            String at = "assignments[" + i + "]";
            ClassGroup c = classes.get(a.classId());
            if (c == null) {
                report.add(at + ".classId", "{vn.schoolrecords.Roster.reference}", a.classId());
            } else if (roster.curriculum(c.grade()).flatMap(cur -> cur.subject(a.subjectCode())).isEmpty()) {
                report.add(at + ".subjectCode", "{vn.schoolrecords.Roster.subject}", a.subjectCode());
            }
            Staff teacher = staff.get(a.teacherId());
            if (teacher == null || !teacher.has(StaffRole.SUBJECT_TEACHER)) {
                report.add(at + ".teacherId", "{vn.schoolrecords.Roster.teacher}", a.teacherId());
            }
            if (!seen.add(a.classId() + "\u0000" + a.subjectCode())) {
                report.add(at, "{vn.schoolrecords.Roster.assignedTwice}", a.classId() + " " + a.subjectCode());
            }
        }
    }

    private static <T> Map<String, T> unique(List<T> items, Function<T, String> id, String list, String field,
            Report report) {
        Map<String, T> byId = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            if (byId.putIfAbsent(key, items.get(i)) != null) {
                report.add(list + "[" + i + "]." + field, "{vn.schoolrecords.Roster.duplicateId}", key);
            }
        }
        return byId;
    }

    /** Collects violations at their own paths instead of one on the whole roster. */
    private static final class Report {
        private final ConstraintValidatorContext context;
        private boolean valid = true;

        Report(ConstraintValidatorContext context) {
            this.context = context;
            context.disableDefaultConstraintViolation();
        }

        /** The offending value travels as the dynamic payload: the roster itself would say nothing. */
        void add(String path, String template, Object offending) {
            valid = false;
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(offending);
            context.buildConstraintViolationWithTemplate(template)
                    .addPropertyNode(path)
                    .addConstraintViolation();
        }
    }
}
