package vn.schoolrecords.core.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.access.SchoolPlace;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.plan.internal.Canon;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * What a plan is, fixed when it is created: its id, kind, school, school year, author, and the
 * group, subject, grade and teaching date its kind needs. Use the factory of each kind.
 *
 * @param planId the plan's id, unique in the vendor's store, e.g. {@code KH-2024-TOAN10-GV03}, not null
 * @param kind the kind, not null
 * @param school the school, not null
 * @param year the school year (năm học), not null
 * @param authorId the staff id of the author (người soạn), who submits it, not null
 * @param group the subject group (tổ chuyên môn); empty only for the school plan, not null
 * @param subgroup the sub-group (nhóm chuyên môn), or empty, not null
 * @param subject the subject code; present for the teaching, teacher and lesson plans, optional
 *     for an activity plan, empty for the school plan, not null
 * @param grade the grade (khối lớp); present for the teaching, teacher and lesson plans, not null
 * @param teachingDate the date the lesson is taught; present exactly for a lesson plan, within
 *     the school year, not null
 * @param reportsTo the office the approved plan is reported to; present exactly for the school
 *     plan, not null
 */
public record PlanHeader(String planId, PlanKind kind, SchoolPlace school, SchoolYear year, String authorId,
        Optional<String> group, Optional<String> subgroup, Optional<String> subject, Optional<GradeLevel> grade,
        Optional<LocalDate> teachingDate, Optional<ReportingOffice> reportsTo) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,60}");

    /**
     * Checks that the kind has exactly the parts it needs.
     *
     * @throws InvalidValueException naming the first part missing or out of place
     */
    public PlanHeader {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(subgroup, "subgroup");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(teachingDate, "teachingDate");
        Objects.requireNonNull(reportsTo, "reportsTo");
        require(ID.matcher(planId).matches(), "planId", "PlanHeader.id", "mã kế hoạch gồm chữ, số, . _ -, tối đa 60 kí tự",
                "a plan id is letters, digits, . _ -, at most 60 characters", planId);
        require(!authorId.isBlank(), "authorId", "PlanHeader.author", "phải có người soạn", "needs an author", authorId);
        boolean schoolPlan = kind == PlanKind.SCHOOL_EDUCATION_PLAN;
        boolean subjectPlan = kind != PlanKind.SCHOOL_EDUCATION_PLAN && kind != PlanKind.EDUCATIONAL_ACTIVITY_PLAN;
        require(group.isPresent() != schoolPlan, "group", "PlanHeader.group",
                "kế hoạch nhà trường không thuộc tổ; mọi kế hoạch khác thuộc một tổ",
                "the school plan has no group; every other plan belongs to one", group.orElse(""));
        require(subgroup.isEmpty() || !schoolPlan, "subgroup", "PlanHeader.subgroup",
                "kế hoạch nhà trường không thuộc nhóm", "the school plan has no sub-group", subgroup.orElse(""));
        require(subject.isPresent() == subjectPlan || kind == PlanKind.EDUCATIONAL_ACTIVITY_PLAN, "subject",
                "PlanHeader.subject", "kế hoạch dạy học, của giáo viên và bài dạy thuộc một môn; kế hoạch nhà trường thì không",
                "teaching, teacher and lesson plans have a subject; the school plan has none", subject.orElse(""));
        require(grade.isPresent() == subjectPlan, "grade", "PlanHeader.grade",
                "kế hoạch dạy học, của giáo viên và bài dạy thuộc một khối lớp; các kế hoạch khác thì không",
                "teaching, teacher and lesson plans are for one grade; the others are not", grade);
        require(teachingDate.isPresent() == (kind == PlanKind.LESSON_PLAN), "teachingDate", "PlanHeader.teachingDate",
                "chỉ kế hoạch bài dạy có ngày dạy, và luôn có", "a lesson plan, and only a lesson plan, has a teaching date",
                teachingDate);
        require(teachingDate.map(year::contains).orElse(true), "teachingDate", "PlanHeader.teachingDateInYear",
                "ngày dạy phải thuộc năm học " + year, "the teaching date must fall in the school year " + year,
                teachingDate);
        require(reportsTo.isPresent() == schoolPlan, "reportsTo", "PlanHeader.reportsTo",
                "chỉ kế hoạch nhà trường được gửi báo cáo lên cấp trên",
                "only the school plan is reported to the office above", reportsTo);
        require(reportsTo.map(o -> o.province().equals(school.province())).orElse(true), "reportsTo",
                "PlanHeader.reportsToProvince", "cơ quan nhận báo cáo phải cùng tỉnh với trường",
                "the office reported to is in the school's province", reportsTo);
        subject.ifPresent(s -> require(!s.isBlank(), "subject", "PlanHeader.subjectBlank", "mã môn trống",
                "blank subject code", s));
        group.ifPresent(g -> require(!g.isBlank(), "group", "PlanHeader.groupBlank", "mã tổ trống", "blank group", g));
        subgroup.ifPresent(g -> require(!g.isBlank(), "subgroup", "PlanHeader.subgroupBlank", "mã nhóm trống",
                "blank sub-group", g));
    }

    /**
     * The header of a school education plan; the office it reports to follows from the school.
     *
     * @param planId the id, not null
     * @param school the school, not null
     * @param year the school year, not null
     * @param authorId the author, a member of the principal board, not null
     * @return the header, not null
     */
    public static PlanHeader schoolPlan(String planId, School school, SchoolYear year, String authorId) {
        return new PlanHeader(planId, PlanKind.SCHOOL_EDUCATION_PLAN, SchoolPlace.from(school), year, authorId,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(ReportingOffice.forSchool(school)));
    }

    /**
     * The header of a subject group's teaching plan for a subject and grade (Phụ lục I).
     *
     * @param planId the id, not null
     * @param school the school, not null
     * @param year the school year, not null
     * @param authorId the author, the group's or sub-group's leader, not null
     * @param group the group, not null
     * @param subgroup the sub-group, or empty, not null
     * @param subject the subject code, not null
     * @param grade the grade, not null
     * @return the header, not null
     */
    public static PlanHeader teachingPlan(String planId, SchoolPlace school, SchoolYear year, String authorId,
            String group, Optional<String> subgroup, String subject, GradeLevel grade) {
        return new PlanHeader(planId, PlanKind.SUBJECT_TEACHING_PLAN, school, year, authorId, Optional.of(group),
                subgroup, Optional.of(subject), Optional.of(grade), Optional.empty(), Optional.empty());
    }

    /**
     * The header of a group's or sub-group's plan of educational activities (Phụ lục II).
     *
     * @param planId the id, not null
     * @param school the school, not null
     * @param year the school year, not null
     * @param authorId the author, the group's or sub-group's leader, not null
     * @param group the group, not null
     * @param subgroup the sub-group, or empty for the whole group, not null
     * @param subject the subject, or empty, not null
     * @return the header, not null
     */
    public static PlanHeader activityPlan(String planId, SchoolPlace school, SchoolYear year, String authorId,
            String group, Optional<String> subgroup, Optional<String> subject) {
        return new PlanHeader(planId, PlanKind.EDUCATIONAL_ACTIVITY_PLAN, school, year, authorId, Optional.of(group),
                subgroup, subject, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The header of a teacher education plan for a subject and grade (Phụ lục III).
     *
     * @param planId the id, not null
     * @param school the school, not null
     * @param year the school year, not null
     * @param authorId the teacher, not null
     * @param group the teacher's group, not null
     * @param subgroup the teacher's sub-group, or empty, not null
     * @param subject the subject code, not null
     * @param grade the grade, not null
     * @return the header, not null
     */
    public static PlanHeader teacherPlan(String planId, SchoolPlace school, SchoolYear year, String authorId,
            String group, Optional<String> subgroup, String subject, GradeLevel grade) {
        return new PlanHeader(planId, PlanKind.TEACHER_EDUCATION_PLAN, school, year, authorId, Optional.of(group),
                subgroup, Optional.of(subject), Optional.of(grade), Optional.empty(), Optional.empty());
    }

    /**
     * The header of a lesson plan (Phụ lục IV).
     *
     * @param planId the id, not null
     * @param school the school, not null
     * @param authorId the teacher, not null
     * @param group the teacher's group, not null
     * @param subgroup the teacher's sub-group, or empty, not null
     * @param subject the subject code, not null
     * @param grade the grade, not null
     * @param teachingDate the date the lesson is taught; the school year is the one containing it, not null
     * @return the header, not null
     */
    public static PlanHeader lessonPlan(String planId, SchoolPlace school, String authorId, String group,
            Optional<String> subgroup, String subject, GradeLevel grade, LocalDate teachingDate) {
        return new PlanHeader(planId, PlanKind.LESSON_PLAN, school, SchoolYear.containing(teachingDate), authorId,
                Optional.of(group), subgroup, Optional.of(subject), Optional.of(grade), Optional.of(teachingDate),
                Optional.empty());
    }

    void writeTo(CanonicalWriter out) {
        out.text(planId).name(kind).text(school.schoolCode()).text(school.province());
        Canon.text(out, school.district());
        out.text(year.toString()).text(authorId);
        Canon.text(out, group);
        Canon.text(out, subgroup);
        Canon.text(out, subject);
        out.present(grade.isPresent());
        grade.ifPresent(g -> out.int32(g.number()));
        out.present(teachingDate.isPresent());
        teachingDate.ifPresent(d -> out.text(d.toString()));
        out.present(reportsTo.isPresent());
        reportsTo.ifPresent(o -> o.writeTo(out));
    }

    private static void require(boolean holds, String path, String rule, String vi, String en, Object value) {
        if (!holds) {
            throw InvalidValueException.of(path, rule, LocalizedText.of(vi, en), value);
        }
    }
}
