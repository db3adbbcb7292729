package vn.schoolrecords.core.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Objects;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.plan.internal.Check;

/**
 * A lesson plan (kế hoạch bài dạy, CV 5512 Phụ lục IV) of exactly one lesson or topic (004 §2.2).
 * The teaching date, subject and grade are in the plan's {@link PlanHeader}.
 *
 * @param lessons the lesson or topic covered (tên bài dạy), as named in the teacher's plan:
 *     exactly one, not null
 * @param className the class (lớp), not null
 * @param periods the periods it takes (thời gian thực hiện: số tiết), at least 1
 * @param objectives I: objectives (mục tiêu), not null
 * @param equipment II: teaching equipment and materials (thiết bị dạy học và học liệu), not null
 * @param activities III: the four activities (tiến trình dạy học), in order, not null
 * @param attachments the teacher's own file(s), not null
 */
@JsonTypeName("LESSON_PLAN")
public record LessonPlan(List<String> lessons, String className, int periods, Objectives objectives,
        String equipment, List<Activity> activities, List<Attachment> attachments) implements PlanDocument {

    /**
     * Checks the frame of Phụ lục IV.
     *
     * @throws SeveralLessonsException if it names several lessons, or repeats the four activities
     * @throws vn.schoolrecords.core.InvalidValueException if a part is missing, or the activities
     *     are not the four stages in order
     */
    public LessonPlan {
        lessons = Check.texts(Check.nonEmpty(lessons, "lessons"), "lessons");
        if (lessons.size() > 1) {
            throw new SeveralLessonsException(lessons.size());
        }
        Check.text(className, "className");
        Check.atLeast(periods, 1, "periods");
        Objects.requireNonNull(objectives, "objectives");
        Check.text(equipment, "equipment");
        activities = Check.list(activities, "activities");
        attachments = Check.list(attachments, "attachments");
        LessonStage[] stages = LessonStage.values();
        int runs = activities.size() / stages.length;
        boolean inOrder = activities.size() % stages.length == 0 && runs > 0;
        for (int i = 0; inOrder && i < activities.size(); i++) {
            inOrder = activities.get(i).stage() == stages[i % stages.length];
        }
        if (inOrder && runs > 1) {
            throw new SeveralLessonsException(runs);
        }
        Check.that(inOrder, "activities", "LessonPlan.activities",
                "tiến trình dạy học gồm đúng 4 hoạt động: mở đầu, hình thành kiến thức mới, luyện tập, vận dụng",
                "the teaching process is exactly four activities: opening, new knowledge, practice, application",
                activities.stream().map(Activity::stage).toList());
    }

    /**
     * A lesson plan of one lesson.
     *
     * @param lesson the lesson or topic, not null
     * @param className the class, not null
     * @param periods the periods, at least 1
     * @param objectives the objectives, not null
     * @param equipment the equipment and materials, not null
     * @param activities the four activities, not null
     * @param attachments the files, not null
     * @return the lesson plan, not null
     */
    public static LessonPlan of(String lesson, String className, int periods, Objectives objectives,
            String equipment, List<Activity> activities, List<Attachment> attachments) {
        return new LessonPlan(List.of(lesson), className, periods, objectives, equipment, activities, attachments);
    }

    /** @return the one lesson or topic, not null */
    public String lesson() {
        return lessons.get(0);
    }

    @Override
    public PlanKind kind() {
        return PlanKind.LESSON_PLAN;
    }

    @Override
    public void writeTo(CanonicalWriter out) {
        out.name(kind()).list(lessons, CanonicalWriter::text).text(className).int32(periods);
        out.list(objectives.knowledge(), CanonicalWriter::text).list(objectives.competences(), CanonicalWriter::text)
                .list(objectives.qualities(), CanonicalWriter::text);
        out.text(equipment).list(activities, (w, a) -> w.name(a.stage()).text(a.objective()).text(a.content())
                .text(a.product()).text(a.organisation()));
        out.list(attachments, (w, a) -> a.writeTo(w));
    }

    /**
     * The objectives (mục tiêu, Phụ lục IV, I), each at least one statement.
     *
     * @param knowledge about knowledge (về kiến thức), not null
     * @param competences about competences, general and specific (về năng lực), not null
     * @param qualities about qualities (về phẩm chất), not null
     */
    public record Objectives(List<String> knowledge, List<String> competences, List<String> qualities) {

        /** Copies the lists and checks that none is empty. */
        public Objectives {
            knowledge = Check.texts(Check.nonEmpty(knowledge, "knowledge"), "knowledge");
            competences = Check.texts(Check.nonEmpty(competences, "competences"), "competences");
            qualities = Check.texts(Check.nonEmpty(qualities, "qualities"), "qualities");
        }
    }

    /**
     * One activity of the teaching process (Phụ lục IV, III).
     *
     * @param stage which of the four, not null
     * @param objective a) its objective (mục tiêu), not null
     * @param content b) its content (nội dung), not null
     * @param product c) its product (sản phẩm), not null
     * @param organisation d) how it is organised (tổ chức thực hiện), not null
     */
    public record Activity(LessonStage stage, String objective, String content, String product,
            String organisation) {

        /** Checks that every part is present and not blank. */
        public Activity {
            Objects.requireNonNull(stage, "stage");
            Check.text(objective, "objective");
            Check.text(content, "content");
            Check.text(product, "product");
            Check.text(organisation, "organisation");
        }
    }
}
