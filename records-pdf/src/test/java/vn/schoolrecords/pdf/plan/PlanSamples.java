package vn.schoolrecords.pdf.plan;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import vn.schoolrecords.core.access.Actor;
import vn.schoolrecords.core.access.Reviewer;
import vn.schoolrecords.core.access.SchoolPlace;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.plan.ActivityPlan;
import vn.schoolrecords.core.plan.Attachment;
import vn.schoolrecords.core.plan.LessonPlan;
import vn.schoolrecords.core.plan.LessonStage;
import vn.schoolrecords.core.plan.Plan;
import vn.schoolrecords.core.plan.PlanCommand;
import vn.schoolrecords.core.plan.PlanDocument;
import vn.schoolrecords.core.plan.PlanHeader;
import vn.schoolrecords.core.plan.PlanPolicy;
import vn.schoolrecords.core.plan.PlanWorkflow;
import vn.schoolrecords.core.plan.SchoolEducationPlan;
import vn.schoolrecords.core.plan.SubjectTeachingPlan;
import vn.schoolrecords.core.plan.TeacherPlan;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.pdf.PdfOptions;

/** One plan of each kind at sample THCS school 1, 2025-2026, taken through its approval chain by the workflow. */
final class PlanSamples {

    static final PdfOptions OPTIONS = PdfOptions.builder(Instant.parse("2025-10-01T02:00:00Z"))
            .printDate(LocalDate.of(2025, 10, 1)).build();
    static final SchoolRoster ROSTER = SampleSchools.secondary(1);
    static final SchoolPlace PLACE = SchoolPlace.from(ROSTER.school());
    static final SchoolYear YEAR = ROSTER.year();
    static final String GROUP = "TO_TOAN_TIN";
    static final PlanPolicy POLICY = PlanPolicy.defaults();

    static final Staff TEACHER_STAFF = ROSTER.staff().stream()
            .filter(s -> s.subjectCodes().contains("TOAN") && !s.has(StaffRole.SUBJECT_GROUP_LEADER)).findFirst()
            .orElseThrow();
    static final Staff LEADER_STAFF = ROSTER.staff().stream()
            .filter(s -> s.has(StaffRole.SUBJECT_GROUP_LEADER)).findFirst().orElseThrow();
    static final Actor.SchoolStaff TEACHER = new Actor.SchoolStaff(TEACHER_STAFF.id(), PLACE,
            EnumSet.of(StaffRole.SUBJECT_TEACHER), Optional.of(GROUP), Optional.empty(), false);
    static final Actor.SchoolStaff LEADER = new Actor.SchoolStaff(LEADER_STAFF.id(), PLACE,
            EnumSet.of(StaffRole.SUBJECT_TEACHER, StaffRole.SUBJECT_GROUP_LEADER), Optional.of(GROUP),
            Optional.empty(), false);
    static final Actor.SchoolStaff PRINCIPAL = new Actor.SchoolStaff("CB01", PLACE, EnumSet.of(StaffRole.PRINCIPAL),
            Optional.empty(), Optional.empty(), false);
    static final Actor.SchoolStaff COUNCIL = new Actor.SchoolStaff(ROSTER.staff().get(3).id(), PLACE,
            EnumSet.of(StaffRole.SUBJECT_TEACHER), Optional.of("TO_VAN"), Optional.empty(), true);

    private PlanSamples() {
    }

    static Instant vn(int m, int d, int h) {
        int y = m >= 9 ? YEAR.startYear() : YEAR.startYear() + 1;
        return LocalDateTime.of(y, m, d, h, 0).atZone(PlanPolicy.ZONE).toInstant();
    }

    static Plan decide(Plan plan, PlanCommand command, Instant at) {
        return PlanWorkflow.decide(plan, command, at, POLICY).plan();
    }

    /** Created, submitted, and approved at every step of its chain. */
    static Plan approved(Actor author, PlanHeader header, PlanDocument document) {
        Plan p = PlanWorkflow.start(new PlanCommand.Create(author, header, document, Optional.of("Bản đầu")),
                vn(9, 2, 8), POLICY).plan();
        p = decide(p, new PlanCommand.Submit(author, p.latest().contentHash(), Optional.empty()), vn(9, 5, 8));
        for (Reviewer r : p.submission().orElseThrow().chain()) {
            Actor reviewer = switch (r) {
                case SUBJECT_GROUP_LEADER -> LEADER;
                case PRINCIPAL_BOARD -> PRINCIPAL;
                case SCHOOL_COUNCIL -> COUNCIL;
            };
            p = decide(p, new PlanCommand.Approve(reviewer, p.submission().orElseThrow().contentHash(),
                    Optional.of("Đồng ý, triển khai thực hiện")), vn(9, 8, 9));
        }
        return p;
    }

    static Attachment file(String name) {
        return Attachment.of(name, "application/pdf", Digest.of(new byte[32]));
    }

    static LessonPlan lessonPlan(String lesson, String text) {
        List<LessonPlan.Activity> activities = java.util.Arrays.stream(LessonStage.values())
                .map(s -> new LessonPlan.Activity(s, text, text, text, text)).toList();
        return LessonPlan.of(lesson, "7A1", 2, new LessonPlan.Objectives(List.of("Nhận biết được số hữu tỉ; " + text),
                List.of("Năng lực tư duy và lập luận toán học"), List.of("Chăm chỉ, trung thực, trách nhiệm")),
                "Máy chiếu, phiếu học tập, thước thẳng", activities, List.of(file("KHBD-Toan7-Bai1.pdf")));
    }

    static PlanHeader lessonHeader() {
        return PlanHeader.lessonPlan("KHBD-TOAN7-B1", PLACE, TEACHER.id(), GROUP, Optional.empty(), "TOAN",
                GradeLevel.of(7), LocalDate.of(YEAR.startYear(), 9, 15));
    }

    static Plan lesson() {
        return approved(TEACHER, lessonHeader(), lessonPlan("Bài 1. Tập hợp các số hữu tỉ", "học sinh Ặng Ữ Ệ"));
    }

    /** A teacher plan returned once with feedback, corrected, resubmitted and approved. */
    static Plan teacherPlanWithAReturn() {
        PlanHeader h = PlanHeader.teacherPlan("KHGV-TOAN7", PLACE, YEAR, TEACHER.id(), GROUP, Optional.empty(), "TOAN",
                GradeLevel.of(7));
        TeacherPlan first = new TeacherPlan(List.of("7A1", "7A2"), List.of(new TeacherPlan.Line(
                "Bài 1. Tập hợp các số hữu tỉ", 2, "Tuần 1", "Máy chiếu", "Lớp học")), List.of(), List.of(), List.of());
        Plan p = PlanWorkflow.start(new PlanCommand.Create(TEACHER, h, first, Optional.empty()), vn(9, 2, 8), POLICY)
                .plan();
        p = decide(p, new PlanCommand.Submit(TEACHER, p.latest().contentHash(), Optional.empty()), vn(9, 3, 8));
        p = decide(p, new PlanCommand.Return(LEADER, p.submission().orElseThrow().contentHash(),
                "Bổ sung nhiệm vụ bồi dưỡng học sinh giỏi"), vn(9, 4, 10));
        TeacherPlan second = new TeacherPlan(List.of("7A1", "7A2"), List.of(
                new TeacherPlan.Line("Bài 1. Tập hợp các số hữu tỉ", 2, "Tuần 1", "Máy chiếu", "Lớp học"),
                new TeacherPlan.Line("Bài 2. Cộng, trừ, nhân, chia số hữu tỉ", 3, "Tuần 2", "Phiếu học tập", "Lớp học")),
                List.of(), List.of("Bồi dưỡng học sinh giỏi Toán 7"), List.of());
        p = decide(p, new PlanCommand.SaveDraft(TEACHER, second, Optional.of("Đã bổ sung theo góp ý")), vn(9, 5, 8));
        p = decide(p, new PlanCommand.Submit(TEACHER, p.latest().contentHash(), Optional.empty()), vn(9, 5, 9));
        return decide(p, new PlanCommand.Approve(LEADER, p.submission().orElseThrow().contentHash(), Optional.empty()),
                vn(9, 6, 9));
    }

    static Plan teachingPlan() {
        PlanHeader h = PlanHeader.teachingPlan("KHDH-TOAN7", PLACE, YEAR, LEADER.id(), GROUP, Optional.empty(), "TOAN",
                GradeLevel.of(7));
        return approved(LEADER, h, new SubjectTeachingPlan(Optional.of(new SubjectTeachingPlan.GroupProfile(8, 320, 0,
                6, 1, 4, 1, 3, 2, 1, 0)), List.of(new SubjectTeachingPlan.Facility("Bộ thước đo góc", 45,
                        "Bài 3, 4", Optional.empty())), List.of(), List.of(new SubjectTeachingPlan.LessonLine(
                                "Bài 1. Tập hợp các số hữu tỉ", 2, "Nhận biết được số hữu tỉ")), List.of(),
                List.of(new SubjectTeachingPlan.AssessmentLine("Giữa kỳ I", 90, "Tuần 9", "Các bài 1–6", "Viết")),
                Optional.of("Sinh hoạt chuyên môn theo nghiên cứu bài học"), List.of()));
    }

    static Plan activityPlan() {
        PlanHeader h = PlanHeader.activityPlan("KHHD-TOAN", PLACE, YEAR, LEADER.id(), GROUP, Optional.empty(),
                Optional.empty());
        return approved(LEADER, h, new ActivityPlan(List.of(new ActivityPlan.Activity("Ngày hội Toán học",
                "Yêu thích môn Toán", 2, "Tháng 11", "Sân trường", "Tổ Toán - Tin", Optional.of("Đoàn Đội"),
                Optional.empty())), Optional.empty(), List.of()));
    }

    /** The school plan, approved by the council and reported to the office above. */
    static Plan schoolPlan() {
        Plan p = approved(PRINCIPAL, PlanHeader.schoolPlan("KHGD-NT", ROSTER.school(), YEAR, PRINCIPAL.id()),
                SchoolEducationPlan.of(List.of(new SchoolEducationPlan.Section("I. Căn cứ xây dựng kế hoạch",
                        "Công văn 5512/BGDĐT-GDTrH ngày 18/12/2020; Thông tư 32/2020/TT-BGDĐT."),
                        new SchoolEducationPlan.Section("II. Điều kiện thực hiện",
                                "Đội ngũ giáo viên đủ về số lượng, đạt chuẩn về trình độ.")), List.of()));
        return decide(p, new PlanCommand.Report(PRINCIPAL, Optional.of("Kính gửi")), vn(9, 10, 8));
    }

    static byte[] render(PlanPrintout p, PdfOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanRenderer().render(p, options, out);
        return out.toByteArray();
    }
}
