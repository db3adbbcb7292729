package vn.schoolrecords.core.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.plan.internal.Check;

/**
 * A teacher education plan (kế hoạch giáo dục của giáo viên, CV 5512 Phụ lục III) for one
 * subject and grade, named in the plan's {@link PlanHeader}.
 *
 * @param classNames the classes taught (lớp), not null
 * @param programme I.1: the lessons in teaching order (phân phối chương trình), not null
 * @param electiveTopics I.2: elective topics (chuyên đề lựa chọn, THPT), not null
 * @param otherTasks II: other tasks (nhiệm vụ khác), not null
 * @param attachments the attached files, not null
 */
@JsonTypeName("TEACHER_EDUCATION_PLAN")
public record TeacherPlan(List<String> classNames, List<Line> programme, List<Line> electiveTopics,
        List<String> otherTasks, List<Attachment> attachments) implements PlanDocument {

    /**
     * Copies the lists and checks that there is content.
     *
     * @throws vn.schoolrecords.core.InvalidValueException if no class is named, or there is
     *     neither a programme nor a file
     */
    public TeacherPlan {
        classNames = Check.texts(Check.nonEmpty(classNames, "classNames"), "classNames");
        programme = Check.list(programme, "programme");
        electiveTopics = Check.list(electiveTopics, "electiveTopics");
        otherTasks = Check.texts(otherTasks, "otherTasks");
        attachments = Check.list(attachments, "attachments");
        Check.contentOrAttachment(!programme.isEmpty(), attachments, "programme");
    }

    @Override
    public PlanKind kind() {
        return PlanKind.TEACHER_EDUCATION_PLAN;
    }

    @Override
    public void writeTo(CanonicalWriter out) {
        out.name(kind()).list(classNames, CanonicalWriter::text).list(programme, (w, l) -> l.writeTo(w))
                .list(electiveTopics, (w, l) -> l.writeTo(w)).list(otherTasks, CanonicalWriter::text)
                .list(attachments, (w, a) -> a.writeTo(w));
    }

    /**
     * A lesson of the teacher's programme (Phụ lục III, I).
     *
     * @param lesson the lesson (bài học) or topic, not null
     * @param periods its periods (số tiết), at least 1
     * @param timing when (thời điểm), e.g. {@code Tuần 1}, not null
     * @param equipment the teaching equipment (thiết bị dạy học), not null
     * @param place where it is taught (địa điểm dạy học), not null
     */
    public record Line(String lesson, int periods, String timing, String equipment, String place) {

        /** Checks the texts and that there is at least one period. */
        public Line {
            Check.text(lesson, "lesson");
            Check.atLeast(periods, 1, "periods");
            Check.text(timing, "timing");
            Check.text(equipment, "equipment");
            Check.text(place, "place");
        }

        void writeTo(CanonicalWriter out) {
            out.text(lesson).int32(periods).text(timing).text(equipment).text(place);
        }
    }
}
