package vn.schoolrecords.core.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.plan.internal.Canon;
import vn.schoolrecords.core.plan.internal.Check;

/**
 * A subject group's teaching plan for one subject and grade (kế hoạch dạy học môn học của tổ
 * chuyên môn, CV 5512 Phụ lục I). The subject and grade are in the plan's {@link PlanHeader}.
 *
 * @param profile I.1–2: classes, students and teachers (đặc điểm tình hình), or empty when the
 *     content is in the attached file, not null
 * @param equipment I.3: teaching equipment (thiết bị dạy học), not null
 * @param rooms I.4: subject rooms, laboratories, multipurpose rooms, playgrounds (phòng học bộ
 *     môn…), not null
 * @param programme II.1: the distribution of the programme (phân phối chương trình), in order, not null
 * @param electiveTopics II.2: elective topics (chuyên đề lựa chọn, THPT), in order, not null
 * @param assessments II.3: periodic tests (kiểm tra, đánh giá định kỳ), not null
 * @param otherContent III: other content (các nội dung khác), or empty, not null
 * @param attachments the attached files, not null
 */
@JsonTypeName("SUBJECT_TEACHING_PLAN")
public record SubjectTeachingPlan(Optional<GroupProfile> profile, List<Facility> equipment, List<Facility> rooms,
        List<LessonLine> programme, List<LessonLine> electiveTopics, List<AssessmentLine> assessments,
        Optional<String> otherContent, List<Attachment> attachments) implements PlanDocument {

    /**
     * Copies the lists and checks that there is content.
     *
     * @throws vn.schoolrecords.core.InvalidValueException if there is neither a programme nor a file
     */
    public SubjectTeachingPlan {
        Objects.requireNonNull(profile, "profile");
        equipment = Check.list(equipment, "equipment");
        rooms = Check.list(rooms, "rooms");
        programme = Check.list(programme, "programme");
        electiveTopics = Check.list(electiveTopics, "electiveTopics");
        assessments = Check.list(assessments, "assessments");
        Check.optionalText(otherContent, "otherContent");
        attachments = Check.list(attachments, "attachments");
        Check.contentOrAttachment(!programme.isEmpty(), attachments, "programme");
    }

    @Override
    public PlanKind kind() {
        return PlanKind.SUBJECT_TEACHING_PLAN;
    }

    @Override
    public void writeTo(CanonicalWriter out) {
        out.name(kind()).present(profile.isPresent());
        profile.ifPresent(p -> p.writeTo(out));
        out.list(equipment, (w, f) -> f.writeTo(w)).list(rooms, (w, f) -> f.writeTo(w))
                .list(programme, (w, l) -> l.writeTo(w)).list(electiveTopics, (w, l) -> l.writeTo(w))
                .list(assessments, (w, a) -> a.writeTo(w));
        Canon.text(out, otherContent);
        out.list(attachments, (w, a) -> a.writeTo(w));
    }

    /**
     * Classes, students and teachers of the subject in the grade (Phụ lục I, I.1–2).
     *
     * @param classes number of classes (số lớp)
     * @param students number of students (số học sinh)
     * @param electiveStudents students taking elective topics (số học sinh học chuyên đề lựa chọn), 0 if none
     * @param teachers number of teachers (số giáo viên)
     * @param college teachers trained to college level (cao đẳng)
     * @param university teachers trained to university level (đại học)
     * @param postgraduate teachers trained beyond (trên đại học)
     * @param standardGood teachers at professional standard level Tốt (TT 20/2018)
     * @param standardFair … Khá
     * @param standardPass … Đạt
     * @param standardNotMet … Chưa đạt
     */
    public record GroupProfile(int classes, int students, int electiveStudents, int teachers, int college,
            int university, int postgraduate, int standardGood, int standardFair, int standardPass,
            int standardNotMet) {

        /**
         * Checks the counts: none negative; elective students within the students; trained and
         * rated teachers within the teachers.
         *
         * @throws vn.schoolrecords.core.InvalidValueException if a count is out of range
         */
        public GroupProfile {
            Check.atLeast(classes, 0, "classes");
            Check.atLeast(students, 0, "students");
            Check.atLeast(electiveStudents, 0, "electiveStudents");
            Check.atLeast(teachers, 0, "teachers");
            Check.atLeast(college, 0, "college");
            Check.atLeast(university, 0, "university");
            Check.atLeast(postgraduate, 0, "postgraduate");
            Check.atLeast(standardGood, 0, "standardGood");
            Check.atLeast(standardFair, 0, "standardFair");
            Check.atLeast(standardPass, 0, "standardPass");
            Check.atLeast(standardNotMet, 0, "standardNotMet");
            Check.that(electiveStudents <= students, "electiveStudents", "GroupProfile.electives",
                    "số học sinh học chuyên đề không vượt số học sinh", "elective students cannot exceed students",
                    electiveStudents);
            Check.that(college + university + postgraduate <= teachers, "teachers", "GroupProfile.training",
                    "số giáo viên theo trình độ không vượt số giáo viên", "teachers by training cannot exceed teachers",
                    teachers);
            Check.that(standardGood + standardFair + standardPass + standardNotMet <= teachers, "teachers",
                    "GroupProfile.standard", "số giáo viên theo chuẩn nghề nghiệp không vượt số giáo viên",
                    "teachers by professional standard cannot exceed teachers", teachers);
        }

        void writeTo(CanonicalWriter out) {
            out.int32(classes).int32(students).int32(electiveStudents).int32(teachers).int32(college)
                    .int32(university).int32(postgraduate).int32(standardGood).int32(standardFair)
                    .int32(standardPass).int32(standardNotMet);
        }
    }

    /**
     * A line of the equipment or rooms table (Phụ lục I, I.3–4).
     *
     * @param name the item or room, not null
     * @param quantity how many (số lượng)
     * @param use the experiments, practicals or lessons it serves, not null
     * @param note a note (ghi chú), or empty, not null
     */
    public record Facility(String name, int quantity, String use, Optional<String> note) {

        /** Checks the texts and that the quantity is at least 1. */
        public Facility {
            Check.text(name, "name");
            Check.atLeast(quantity, 1, "quantity");
            Check.text(use, "use");
            Check.optionalText(note, "note");
        }

        void writeTo(CanonicalWriter out) {
            out.text(name).int32(quantity).text(use);
            Canon.text(out, note);
        }
    }

    /**
     * A line of the programme: a lesson or elective topic (Phụ lục I, II.1–2).
     *
     * @param lesson the lesson (bài học) or topic, not null
     * @param periods its periods (số tiết), at least 1
     * @param requirements the required outcomes (yêu cầu cần đạt), not null
     */
    public record LessonLine(String lesson, int periods, String requirements) {

        /** Checks the texts and that there is at least one period. */
        public LessonLine {
            Check.text(lesson, "lesson");
            Check.atLeast(periods, 1, "periods");
            Check.text(requirements, "requirements");
        }

        void writeTo(CanonicalWriter out) {
            out.text(lesson).int32(periods).text(requirements);
        }
    }

    /**
     * A periodic test (Phụ lục I, II.3).
     *
     * @param test the test (bài kiểm tra), e.g. {@code Giữa kỳ I}, not null
     * @param minutes its duration (thời gian), at least 1
     * @param timing when, e.g. {@code Tuần 9} (thời điểm), not null
     * @param requirements the required outcomes (yêu cầu cần đạt), not null
     * @param form its form (hình thức), e.g. {@code Viết, trắc nghiệm kết hợp tự luận}, not null
     */
    public record AssessmentLine(String test, int minutes, String timing, String requirements, String form) {

        /** Checks the texts and that the duration is at least a minute. */
        public AssessmentLine {
            Check.text(test, "test");
            Check.atLeast(minutes, 1, "minutes");
            Check.text(timing, "timing");
            Check.text(requirements, "requirements");
            Check.text(form, "form");
        }

        void writeTo(CanonicalWriter out) {
            out.text(test).int32(minutes).text(timing).text(requirements).text(form);
        }
    }
}
