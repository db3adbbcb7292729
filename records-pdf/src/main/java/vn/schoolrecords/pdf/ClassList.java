package vn.schoolrecords.pdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Student;

/**
 * The class list (danh sách lớp) of one class: the class, its homeroom teacher (giáo viên chủ
 * nhiệm), its students in the roster's order, and the school's principal (hiệu trưởng) who
 * signs it.
 *
 * <p>Its {@linkplain #record() record} is the school roster cut down to this class — the class,
 * its students and enrolments, its teaching assignments, the curriculum of its grade and the
 * staff it names — a valid {@code school-roster/1} document in its own right, which is what the
 * printed PDF embeds.
 */
public final class ClassList {

    private final SchoolRoster record;
    private final ClassGroup classGroup;

    private ClassList(SchoolRoster record, ClassGroup classGroup) {
        this.record = record;
        this.classGroup = classGroup;
    }

    /**
     * The class list of a class of the roster.
     *
     * @param roster the school's roster, not null
     * @param classId the class's id, not null
     * @return the class list, not null
     * @throws InvalidValueException if the roster has no such class
     */
    public static ClassList of(SchoolRoster roster, String classId) {
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(classId, "classId");
        ClassGroup group = roster.classGroup(classId).orElseThrow(() -> InvalidValueException.of("classId",
                "ClassList.class", LocalizedText.of("danh sách trường không có lớp này", "the roster has no such class"),
                classId));
        Set<String> staffIds = new LinkedHashSet<>();
        staffIds.add(group.homeroomTeacherId());
        roster.assignments().stream().filter(a -> a.classId().equals(classId)).forEach(a -> staffIds.add(a.teacherId()));
        roster.staff().stream().filter(s -> s.has(StaffRole.PRINCIPAL)).forEach(s -> staffIds.add(s.id()));
        SchoolRoster record = SchoolRoster.of(roster.school(), roster.year(),
                roster.curricula().stream().filter(c -> c.grade().equals(group.grade())).toList(),
                roster.staff().stream().filter(s -> staffIds.contains(s.id())).toList(),
                List.of(group),
                roster.studentsOf(classId),
                roster.enrolments().stream().filter(e -> e.classId().equals(classId)).toList(),
                roster.assignments().stream().filter(a -> a.classId().equals(classId)).toList());
        return new ClassList(record, group);
    }

    /**
     * The roster cut down to this class, as embedded in the PDF.
     *
     * @return the one-class roster, not null
     */
    public SchoolRoster record() {
        return record;
    }

    /** @return the class, not null */
    public ClassGroup classGroup() {
        return classGroup;
    }

    /** @return the students in the roster's order, possibly empty, not null */
    public List<Student> students() {
        return record.students();
    }

    /** @return the homeroom teacher, not null */
    public Staff homeroomTeacher() {
        return record.staffMember(classGroup.homeroomTeacherId()).orElseThrow();
    }

    /** @return the school's principal, or empty if the roster names none */
    public Optional<Staff> principal() {
        return record.staff().stream().filter(s -> s.has(StaffRole.PRINCIPAL)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassList c && record.equals(c.record);
    }

    @Override
    public int hashCode() {
        return record.hashCode();
    }

    @Override
    public String toString() {
        return "ClassList[" + record.school().name() + ", " + classGroup.name() + ", " + record.year() + "]";
    }
}
