package vn.schoolrecords.pdf.plan;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;

import vn.schoolrecords.core.access.Reviewer;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.plan.ActivityPlan;
import vn.schoolrecords.core.plan.Attachment;
import vn.schoolrecords.core.plan.LessonPlan;
import vn.schoolrecords.core.plan.Plan;
import vn.schoolrecords.core.plan.PlanDocument;
import vn.schoolrecords.core.plan.PlanHeader;
import vn.schoolrecords.core.plan.PlanKind;
import vn.schoolrecords.core.plan.PlanPolicy;
import vn.schoolrecords.core.plan.ReportingOffice;
import vn.schoolrecords.core.plan.SchoolEducationPlan;
import vn.schoolrecords.core.plan.SubjectTeachingPlan;
import vn.schoolrecords.core.plan.TeacherPlan;
import vn.schoolrecords.pdf.internal.Box;
import vn.schoolrecords.pdf.internal.Canvas;
import vn.schoolrecords.pdf.internal.Decree30;
import vn.schoolrecords.pdf.internal.FontSet;
import vn.schoolrecords.pdf.internal.Pagination;
import vn.schoolrecords.pdf.internal.Print;
import vn.schoolrecords.pdf.internal.Rect;
import vn.schoolrecords.pdf.internal.Signatures;
import vn.schoolrecords.pdf.internal.Style;
import vn.schoolrecords.pdf.internal.Table;

/** Lays out a plan in its CV 5512 frame, then its approval trail and the signer blocks of its chain. */
final class PlanLayout {

    static final String AUTHOR_FIELD = "author";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Style BODY = Style.regular(13);
    private static final Style SECTION = Style.bold(13);
    private static final Style ITALIC = Style.italic(12);
    private static final Style TABLE_HEADER = Style.bold(11);
    private static final Style TABLE_BODY = Style.regular(11);
    private static final Style SMALL_HEADER = Style.bold(9);
    private static final Style SMALL_BODY = Style.regular(9);

    private PlanLayout() {
    }

    static String title(PlanPrintout p) {
        PlanHeader h = p.plan().header();
        return h.kind().vietnameseName() + p.subjectName().map(s -> " - " + s).orElse("") + " - Năm học " + h.year()
                + " (" + h.planId() + ")";
    }

    static List<Box> draw(PDDocument doc, PlanPrintout p, Print print) {
        FontSet fonts = new FontSet(doc, print.fonts());
        Signatures signatures = new Signatures(doc);
        Plan plan = p.plan();
        PlanHeader h = plan.header();
        try (Canvas canvas = new Canvas(doc, fonts, print.layout())) {
            Decree30.decoratePages(canvas, print.printDate());
            canvas.newPage();
            Decree30.heading(canvas, print.agency(doc), Decree30.placeAndDate(print.place(), print.printDate()));
            Decree30.title(canvas, h.kind().vietnameseName(), subtitles(p));
            Rect area = canvas.area();
            PlanDocument content = p.version().document();
            Digest hash = Plan.contentHash(h, content);
            text(canvas, "Mã kế hoạch: " + h.planId() + "; phiên bản " + p.version().number() + "; trạng thái: "
                    + status(plan), ITALIC);
            text(canvas, "Mã băm nội dung (SHA-256): " + hash, ITALIC);
            canvas.advance(8);
            if (content instanceof SchoolEducationPlan s) {
                school(canvas, s);
            } else if (content instanceof SubjectTeachingPlan s) {
                teaching(canvas, s);
            } else if (content instanceof ActivityPlan s) {
                activities(canvas, s);
            } else if (content instanceof TeacherPlan s) {
                teacher(canvas, s);
            } else {
                lesson(canvas, (LessonPlan) content);
            }
            if (!content.attachments().isEmpty()) {
                section(canvas, "Tệp đính kèm");
                List<List<String>> rows = new ArrayList<>();
                int n = 1;
                for (Attachment a : content.attachments()) {
                    rows.add(List.of(Integer.toString(n++), a.name(), a.mediaType(), a.sha256().toString()));
                }
                table(canvas, List.of(col("STT", 5), col("Tên tệp", 30), col("Kiểu tệp", 20), col("SHA-256", 30)),
                        rows, true);
            }
            canvas.advance(8);
            section(canvas, "Quá trình nộp và duyệt");
            table(canvas, List.of(col("STT", 5), col("Thời điểm", 11), col("Người thực hiện", 15), col("Bước", 16),
                    col("Phiên bản", 7), col("Ý kiến", 18), col("Mã băm nội dung (SHA-256)", 22)), trail(p), true);
            Decree30.signers(canvas, signatures, signers(p));
            Pagination.stampPageOfTotal(canvas);
            return canvas.boxes();
        }
    }

    private static List<String> subtitles(PlanPrintout p) {
        PlanHeader h = p.plan().header();
        List<String> lines = new ArrayList<>();
        String subject = p.subjectName().map(s -> "Môn " + s).orElse("");
        String grade = h.grade().map(g -> "khối lớp " + g.number()).orElse("");
        switch (h.kind()) {
            case SCHOOL_EDUCATION_PLAN -> { }
            case SUBJECT_TEACHING_PLAN -> lines.add(subject + " - " + grade);
            case EDUCATIONAL_ACTIVITY_PLAN -> p.subjectName().ifPresent(s -> lines.add("Môn " + s));
            case TEACHER_EDUCATION_PLAN, LESSON_PLAN -> lines.add(subject + " - " + grade);
        }
        h.group().ifPresent(g -> lines.add("Tổ chuyên môn: " + g + h.subgroup().map(s -> " - Nhóm: " + s).orElse("")));
        if (h.kind() == PlanKind.TEACHER_EDUCATION_PLAN || h.kind() == PlanKind.LESSON_PLAN) {
            lines.add("Giáo viên: " + p.name(h.authorId()));
        }
        h.teachingDate().ifPresent(d -> lines.add("Ngày dạy: " + d.format(DAY)));
        lines.add("Năm học " + h.year());
        return lines;
    }

    private static void school(Canvas canvas, SchoolEducationPlan s) {
        for (SchoolEducationPlan.Section section : s.sections()) {
            section(canvas, section.heading());
            text(canvas, section.body(), BODY);
            canvas.advance(6);
        }
    }

    private static void teaching(Canvas canvas, SubjectTeachingPlan s) {
        section(canvas, "I. Đặc điểm tình hình");
        s.profile().ifPresent(p -> {
            text(canvas, "1. Số lớp: " + p.classes() + "; số học sinh: " + p.students()
                    + "; số học sinh học chuyên đề lựa chọn: " + p.electiveStudents(), BODY);
            text(canvas, "2. Tình hình đội ngũ: số giáo viên: " + p.teachers() + "; trình độ đào tạo: cao đẳng: "
                    + p.college() + ", đại học: " + p.university() + ", trên đại học: " + p.postgraduate()
                    + "; mức đạt chuẩn nghề nghiệp giáo viên: tốt: " + p.standardGood() + ", khá: " + p.standardFair()
                    + ", đạt: " + p.standardPass() + ", chưa đạt: " + p.standardNotMet(), BODY);
        });
        subsection(canvas, "3. Thiết bị dạy học");
        table(canvas, facilityColumns("Thiết bị dạy học"), facilities(s.equipment()), false);
        subsection(canvas, "4. Phòng học bộ môn, phòng thí nghiệm, phòng đa năng, sân chơi, bãi tập");
        table(canvas, facilityColumns("Tên phòng"), facilities(s.rooms()), false);
        section(canvas, "II. Kế hoạch dạy học");
        subsection(canvas, "1. Phân phối chương trình");
        table(canvas, lessonColumns(), lessons(s.programme()), false);
        subsection(canvas, "2. Chuyên đề lựa chọn");
        table(canvas, lessonColumns(), lessons(s.electiveTopics()), false);
        subsection(canvas, "3. Kiểm tra, đánh giá định kỳ");
        List<List<String>> rows = new ArrayList<>();
        for (SubjectTeachingPlan.AssessmentLine a : s.assessments()) {
            rows.add(List.of(a.test(), a.minutes() + " phút", a.timing(), a.requirements(), a.form()));
        }
        table(canvas, List.of(col("Bài kiểm tra", 16), col("Thời gian", 10), col("Thời điểm", 12),
                col("Yêu cầu cần đạt", 30), col("Hình thức", 18)), rows, false);
        s.otherContent().ifPresent(o -> {
            section(canvas, "III. Các nội dung khác");
            text(canvas, o, BODY);
        });
    }

    private static void activities(Canvas canvas, ActivityPlan s) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ActivityPlan.Activity a : s.activities()) {
            rows.add(List.of(Integer.toString(n++), a.topic(), a.requirements(), Integer.toString(a.periods()),
                    a.timing(), a.place(), a.lead(), a.partners().orElse(""), a.conditions().orElse("")));
        }
        table(canvas, List.of(col("STT", 5), col("Chủ đề", 14), col("Yêu cầu cần đạt", 16), col("Số tiết", 6),
                col("Thời điểm", 9), col("Địa điểm", 10), col("Chủ trì", 10), col("Phối hợp", 10),
                col("Điều kiện thực hiện", 12)), rows, true);
        s.otherContent().ifPresent(o -> {
            section(canvas, "Các nội dung khác");
            text(canvas, o, BODY);
        });
    }

    private static void teacher(Canvas canvas, TeacherPlan s) {
        text(canvas, "Lớp: " + String.join(", ", s.classNames()), BODY);
        section(canvas, "I. Kế hoạch dạy học");
        subsection(canvas, "1. Phân phối chương trình");
        table(canvas, teacherColumns(), teacherLines(s.programme()), false);
        subsection(canvas, "2. Chuyên đề lựa chọn");
        table(canvas, teacherColumns(), teacherLines(s.electiveTopics()), false);
        section(canvas, "II. Nhiệm vụ khác");
        if (s.otherTasks().isEmpty()) {
            text(canvas, "Không có.", BODY);
        }
        s.otherTasks().forEach(t -> text(canvas, "- " + t, BODY));
    }

    private static void lesson(Canvas canvas, LessonPlan s) {
        text(canvas, "Tên bài dạy: " + s.lesson(), SECTION);
        text(canvas, "Lớp: " + s.className() + "; thời gian thực hiện: " + s.periods() + " tiết", BODY);
        section(canvas, "I. Mục tiêu");
        subsection(canvas, "1. Về kiến thức");
        s.objectives().knowledge().forEach(k -> text(canvas, "- " + k, BODY));
        subsection(canvas, "2. Về năng lực");
        s.objectives().competences().forEach(k -> text(canvas, "- " + k, BODY));
        subsection(canvas, "3. Về phẩm chất");
        s.objectives().qualities().forEach(k -> text(canvas, "- " + k, BODY));
        section(canvas, "II. Thiết bị dạy học và học liệu");
        text(canvas, s.equipment(), BODY);
        section(canvas, "III. Tiến trình dạy học");
        int n = 1;
        for (LessonPlan.Activity a : s.activities()) {
            subsection(canvas, "Hoạt động " + n++ + ": " + a.stage().vietnameseName());
            text(canvas, "a) Mục tiêu: " + a.objective(), BODY);
            text(canvas, "b) Nội dung: " + a.content(), BODY);
            text(canvas, "c) Sản phẩm: " + a.product(), BODY);
            text(canvas, "d) Tổ chức thực hiện: " + a.organisation(), BODY);
        }
    }

    /** Every step of the plan's life, in time order: saved, submitted, approved, returned, reported. */
    private static List<List<String>> trail(PlanPrintout p) {
        record Step(Instant at, String who, String what, int version, String comment, Digest hash) {
        }
        Plan plan = p.plan();
        List<Step> steps = new ArrayList<>();
        plan.versions().forEach(v -> steps.add(new Step(v.savedAt(), v.savedBy(), "Lưu bản dự thảo", v.number(),
                v.comment().orElse(""), v.contentHash())));
        plan.submissions().forEach(s -> steps.add(new Step(s.at(), s.actorId(), "Nộp" + (s.late() ? " (muộn hạn)" : ""),
                s.version(), s.comment().orElse(""), s.contentHash())));
        plan.approvals().forEach(a -> steps.add(new Step(a.at(), a.actorId(), "Duyệt - " + a.reviewer().vietnameseName()
                + (a.late() ? " (sau ngày dạy)" : ""), a.version(), a.comment().orElse(""), a.contentHash())));
        plan.feedback().forEach(f -> steps.add(new Step(f.at(), f.actorId(), "Trả lại - " + f.reviewer().vietnameseName(),
                f.version(), f.text(), f.contentHash())));
        plan.report().ifPresent(r -> steps.add(new Step(r.at(), r.actorId(), "Gửi báo cáo " + office(r.office()),
                r.version(), r.comment().orElse(""), r.contentHash())));
        steps.sort(Comparator.comparing(Step::at));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Step s : steps) {
            rows.add(List.of(Integer.toString(n++), s.at().atZone(PlanPolicy.ZONE).format(WHEN), p.name(s.who()),
                    s.what(), Integer.toString(s.version()), s.comment(), s.hash().toString()));
        }
        return rows;
    }

    /** The author, then each step of the chain the plan was (or will be) submitted to. */
    private static List<Decree30.Signer> signers(PlanPrintout p) {
        Plan plan = p.plan();
        PlanHeader h = plan.header();
        List<Reviewer> chain = plan.submission().map(Plan.Submission::chain)
                .orElseGet(() -> PlanPolicy.defaults().chain(h.kind()));
        List<Decree30.Signer> signers = new ArrayList<>();
        boolean teacherAuthor = h.kind() == PlanKind.TEACHER_EDUCATION_PLAN || h.kind() == PlanKind.LESSON_PLAN;
        signers.add(new Decree30.Signer(teacherAuthor ? "Giáo viên" : "Người lập kế hoạch", p.name(h.authorId()),
                AUTHOR_FIELD, Optional.empty()));
        for (Reviewer r : chain) {
            String approver = plan.approvals().stream().filter(a -> a.reviewer() == r).findFirst()
                    .map(a -> p.name(a.actorId())).orElse("");
            signers.add(switch (r) {
                case SUBJECT_GROUP_LEADER -> new Decree30.Signer("Tổ trưởng chuyên môn", approver,
                        "subject-group-leader", Optional.empty());
                case PRINCIPAL_BOARD -> new Decree30.Signer("Hiệu trưởng", approver, "principal", Optional.empty());
                case SCHOOL_COUNCIL -> new Decree30.Signer("TM. Hội đồng trường", approver, "school-council",
                        Optional.empty());
            });
        }
        return signers;
    }

    private static String status(Plan plan) {
        return switch (plan.status()) {
            case DRAFT -> "dự thảo";
            case SUBMITTED -> "đã nộp, chờ duyệt";
            case RETURNED -> "trả lại kèm ý kiến";
            case APPROVED -> "đã phê duyệt";
            case REPORTED -> "đã gửi báo cáo";
        };
    }

    private static String office(ReportingOffice o) {
        return switch (o.kind()) {
            case DISTRICT_OFFICE -> "Phòng GDĐT " + o.district().orElse("") + ", " + o.province();
            case PROVINCIAL_SECONDARY_DIVISION -> "Phòng Giáo dục trung học, Sở GDĐT " + o.province();
        };
    }

    private static List<Table.Column> facilityColumns(String name) {
        return List.of(col("STT", 5), col(name, 25), col("Số lượng", 9), col("Các bài thí nghiệm/thực hành", 25),
                col("Ghi chú", 14));
    }

    private static List<List<String>> facilities(List<SubjectTeachingPlan.Facility> items) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (SubjectTeachingPlan.Facility f : items) {
            rows.add(List.of(Integer.toString(n++), f.name(), Integer.toString(f.quantity()), f.use(),
                    f.note().orElse("")));
        }
        return rows;
    }

    private static List<Table.Column> lessonColumns() {
        return List.of(col("STT", 5), col("Bài học", 30), col("Số tiết", 8), col("Yêu cầu cần đạt", 40));
    }

    private static List<List<String>> lessons(List<SubjectTeachingPlan.LessonLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (SubjectTeachingPlan.LessonLine l : lines) {
            rows.add(List.of(Integer.toString(n++), l.lesson(), Integer.toString(l.periods()), l.requirements()));
        }
        return rows;
    }

    private static List<Table.Column> teacherColumns() {
        return List.of(col("STT", 5), col("Bài học", 28), col("Số tiết", 8), col("Thời điểm", 12),
                col("Thiết bị dạy học", 20), col("Địa điểm dạy học", 15));
    }

    private static List<List<String>> teacherLines(List<TeacherPlan.Line> lines) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (TeacherPlan.Line l : lines) {
            rows.add(List.of(Integer.toString(n++), l.lesson(), Integer.toString(l.periods()), l.timing(),
                    l.equipment(), l.place()));
        }
        return rows;
    }

    private static Table.Column col(String header, float weight) {
        return new Table.Column(header, weight, header.equals("STT") || header.equals("Số tiết")
                || header.equals("Phiên bản") || header.equals("Số lượng") ? Canvas.Align.CENTER : Canvas.Align.LEFT);
    }

    /** A table, or "Không có." for no rows; small type for the wide tables. */
    private static void table(Canvas canvas, List<Table.Column> columns, List<List<String>> rows, boolean small) {
        if (rows.isEmpty()) {
            text(canvas, "Không có.", BODY);
            return;
        }
        canvas.advance(2);
        new Table(columns, small ? SMALL_HEADER : TABLE_HEADER, small ? SMALL_BODY : TABLE_BODY, 2).draw(canvas, rows);
        canvas.advance(6);
    }

    private static void section(Canvas canvas, String heading) {
        canvas.ensure(SECTION.leading() * 3);
        canvas.advance(4);
        text(canvas, heading, SECTION);
    }

    private static void subsection(Canvas canvas, String heading) {
        canvas.ensure(BODY.leading() * 3);
        text(canvas, heading, Style.bold(12));
    }

    private static void text(Canvas canvas, String text, Style style) {
        Rect area = canvas.area();
        canvas.paragraph(text, style, Canvas.Align.LEFT, area.x(), area.width());
    }
}
