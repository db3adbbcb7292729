package vn.schoolrecords.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.schoolrecords.core.access.Actor;
import vn.schoolrecords.core.access.SchoolPlace;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.StaffRole;

/** A THCS school in a district of Hải Phòng, its staff, and one plan of each kind. */
final class PlanFixture {

    static final School SCHOOL = School.of("31000123", "Trường THCS Lê Lợi", EnumSet.of(EducationLevel.LOWER_SECONDARY),
            "Hải Phòng", Optional.of("Lê Chân"), "Phòng GDĐT quận Lê Chân");
    static final School THPT = School.of("31000456", "Trường THPT Trần Phú", EnumSet.of(EducationLevel.UPPER_SECONDARY),
            "Hải Phòng", Optional.of("Lê Chân"), "Sở GDĐT Hải Phòng");
    static final SchoolPlace PLACE = SchoolPlace.from(SCHOOL);
    static final SchoolPlace OTHER = SchoolPlace.from(THPT);
    static final SchoolYear YEAR = SchoolYear.of(2024);
    static final String GROUP = "TO_TOAN_TIN";
    static final Optional<String> SUBGROUP = Optional.of("NHOM_TOAN");

    static final Actor.SchoolStaff TEACHER = staff("GV01", EnumSet.of(StaffRole.SUBJECT_TEACHER), SUBGROUP);
    static final Actor.SchoolStaff TEACHER_2 = staff("GV02", EnumSet.of(StaffRole.SUBJECT_TEACHER), SUBGROUP);
    static final Actor.SchoolStaff GROUP_LEADER = staff("GV10",
            EnumSet.of(StaffRole.SUBJECT_TEACHER, StaffRole.SUBJECT_GROUP_LEADER), Optional.empty());
    static final Actor.SchoolStaff SUBGROUP_LEADER = staff("GV11",
            EnumSet.of(StaffRole.SUBJECT_TEACHER, StaffRole.SUBJECT_SUBGROUP_LEADER), SUBGROUP);
    static final Actor.SchoolStaff OTHER_SUBGROUP_LEADER = staff("GV12",
            EnumSet.of(StaffRole.SUBJECT_TEACHER, StaffRole.SUBJECT_SUBGROUP_LEADER), Optional.of("NHOM_TIN"));
    static final Actor.SchoolStaff PRINCIPAL = new Actor.SchoolStaff("CB01", PLACE, EnumSet.of(StaffRole.PRINCIPAL),
            Optional.empty(), Optional.empty(), false);
    static final Actor.SchoolStaff VICE_PRINCIPAL = new Actor.SchoolStaff("CB02", PLACE,
            EnumSet.of(StaffRole.VICE_PRINCIPAL), Optional.empty(), Optional.empty(), false);
    static final Actor.SchoolStaff COUNCIL = new Actor.SchoolStaff("GV20", PLACE, EnumSet.of(StaffRole.SUBJECT_TEACHER),
            Optional.of("TO_VAN"), Optional.empty(), true);
    static final Actor.SchoolStaff PRINCIPAL_ELSEWHERE = new Actor.SchoolStaff("CB01", OTHER,
            EnumSet.of(StaffRole.PRINCIPAL), Optional.empty(), Optional.empty(), false);
    static final Actor.SchoolStaff LEADER_ELSEWHERE = new Actor.SchoolStaff("GV10", OTHER,
            EnumSet.of(StaffRole.SUBJECT_TEACHER, StaffRole.SUBJECT_GROUP_LEADER), Optional.of(GROUP), Optional.empty(),
            false);
    static final Actor DISTRICT = new Actor.DistrictOffice("PGD-LECHAN", "Hải Phòng", "Lê Chân");
    static final Actor SPECIALIST = new Actor.ProvincialSpecialist("SGD-TOAN", "Hải Phòng", Set.of("TOAN"));

    static final PlanPolicy POLICY = PlanPolicy.defaults();

    private PlanFixture() {
    }

    static Actor.SchoolStaff staff(String id, Set<StaffRole> roles, Optional<String> subgroup) {
        return new Actor.SchoolStaff(id, PLACE, roles, Optional.of(GROUP), subgroup, false);
    }

    /** An instant given in Vietnam's local time. */
    static Instant vn(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(PlanPolicy.ZONE).toInstant();
    }

    static Attachment file(String name) {
        return Attachment.of(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Digest.of(new byte[32]));
    }

    static LessonPlan.Activity activity(LessonStage stage) {
        return new LessonPlan.Activity(stage, "Mục tiêu " + stage.vietnameseName(), "Nội dung", "Sản phẩm",
                "Tổ chức thực hiện");
    }

    static List<LessonPlan.Activity> fourActivities() {
        return List.of(activity(LessonStage.OPENING), activity(LessonStage.NEW_KNOWLEDGE),
                activity(LessonStage.PRACTICE), activity(LessonStage.APPLICATION));
    }

    static LessonPlan lessonPlan(String lesson) {
        return LessonPlan.of(lesson, "7A1", 2, new LessonPlan.Objectives(List.of("Nhận biết số hữu tỉ"),
                List.of("Năng lực tư duy và lập luận toán học"), List.of("Chăm chỉ, trung thực")),
                "Máy chiếu, phiếu học tập", fourActivities(), List.of(file("KHBD-Toan7-Bai1.docx")));
    }

    static TeacherPlan teacherPlan(String firstLesson) {
        return new TeacherPlan(List.of("7A1", "7A2"), List.of(new TeacherPlan.Line(firstLesson, 2, "Tuần 1",
                "Máy chiếu", "Lớp học")), List.of(), List.of("Bồi dưỡng học sinh giỏi"), List.of());
    }

    static SubjectTeachingPlan teachingPlan() {
        return new SubjectTeachingPlan(Optional.of(new SubjectTeachingPlan.GroupProfile(8, 320, 0, 6, 1, 4, 1, 3, 2, 1,
                0)), List.of(new SubjectTeachingPlan.Facility("Bộ thước đo góc", 45, "Bài 3, 4", Optional.empty())),
                List.of(), List.of(new SubjectTeachingPlan.LessonLine("Bài 1. Tập hợp các số hữu tỉ", 2,
                        "Nhận biết được số hữu tỉ")), List.of(), List.of(new SubjectTeachingPlan.AssessmentLine(
                                "Giữa kỳ I", 90, "Tuần 9", "Các bài 1–6", "Viết")), Optional.empty(), List.of());
    }

    static ActivityPlan activityPlan() {
        return new ActivityPlan(List.of(new ActivityPlan.Activity("Ngày hội Toán học", "Yêu thích môn Toán", 2,
                "Tháng 11", "Sân trường", "Nhóm Toán", Optional.of("Đoàn Đội"), Optional.empty())), Optional.empty(),
                List.of());
    }

    static SchoolEducationPlan schoolPlan() {
        return SchoolEducationPlan.of(List.of(new SchoolEducationPlan.Section("I. Căn cứ xây dựng kế hoạch",
                "Công văn 5512/BGDĐT-GDTrH…")), List.of());
    }

    static PlanHeader teacherHeader(String author) {
        return PlanHeader.teacherPlan("KHGV-" + author, PLACE, YEAR, author, GROUP, SUBGROUP, "TOAN", GradeLevel.of(7));
    }

    static PlanHeader lessonHeader(String author, LocalDate date) {
        return PlanHeader.lessonPlan("KHBD-" + author + "-" + date, PLACE, author, GROUP, SUBGROUP, "TOAN",
                GradeLevel.of(7), date);
    }

    static PlanDecision create(Actor actor, PlanHeader header, PlanDocument document, Instant at) {
        return PlanWorkflow.start(new PlanCommand.Create(actor, header, document, Optional.empty()), at, POLICY);
    }

    static Plan decide(Plan plan, PlanCommand command, Instant at) {
        return PlanWorkflow.decide(plan, command, at, POLICY).plan();
    }

    static PlanCommand.Submit submit(Actor actor, Plan plan) {
        return new PlanCommand.Submit(actor, plan.latest().contentHash(), Optional.empty());
    }

    static PlanCommand.Approve approve(Actor actor, Plan plan) {
        return new PlanCommand.Approve(actor, plan.submission().orElseThrow().contentHash(), Optional.of("Đồng ý"));
    }
}
