package vn.schoolrecords.core.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Optional;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.plan.internal.Canon;
import vn.schoolrecords.core.plan.internal.Check;

/**
 * A subject group's plan of educational activities (kế hoạch tổ chức các hoạt động giáo dục
 * của tổ chuyên môn, CV 5512 Phụ lục II). A sub-group's plan may merge work the whole group shares;
 * the sub-group leader submits it (004 §2.2).
 *
 * @param activities the activities, in order, not null
 * @param otherContent other content, or empty, not null
 * @param attachments the attached files, not null
 */
@JsonTypeName("EDUCATIONAL_ACTIVITY_PLAN")
public record ActivityPlan(List<Activity> activities, Optional<String> otherContent, List<Attachment> attachments)
        implements PlanDocument {

    /**
     * Copies the lists and checks that there is content.
     *
     * @throws vn.schoolrecords.core.InvalidValueException if there is neither an activity nor a file
     */
    public ActivityPlan {
        activities = Check.list(activities, "activities");
        Check.optionalText(otherContent, "otherContent");
        attachments = Check.list(attachments, "attachments");
        Check.contentOrAttachment(!activities.isEmpty(), attachments, "activities");
    }

    @Override
    public PlanKind kind() {
        return PlanKind.EDUCATIONAL_ACTIVITY_PLAN;
    }

    @Override
    public void writeTo(CanonicalWriter out) {
        out.name(kind()).list(activities, (w, a) -> a.writeTo(w));
        Canon.text(out, otherContent);
        out.list(attachments, (w, a) -> a.writeTo(w));
    }

    /**
     * One row of the Phụ lục II table.
     *
     * @param topic the topic (chủ đề), not null
     * @param requirements the required outcomes (yêu cầu cần đạt), not null
     * @param periods its periods (số tiết), at least 1
     * @param timing when (thời điểm), not null
     * @param place where (địa điểm), not null
     * @param lead who leads (chủ trì), not null
     * @param partners who takes part (phối hợp), or empty, not null
     * @param conditions the conditions it needs (điều kiện thực hiện), or empty, not null
     */
    public record Activity(String topic, String requirements, int periods, String timing, String place, String lead,
            Optional<String> partners, Optional<String> conditions) {

        /** Checks the texts and that there is at least one period. */
        public Activity {
            Check.text(topic, "topic");
            Check.text(requirements, "requirements");
            Check.atLeast(periods, 1, "periods");
            Check.text(timing, "timing");
            Check.text(place, "place");
            Check.text(lead, "lead");
            Check.optionalText(partners, "partners");
            Check.optionalText(conditions, "conditions");
        }

        void writeTo(CanonicalWriter out) {
            out.text(topic).text(requirements).int32(periods).text(timing).text(place).text(lead);
            Canon.text(out, partners);
            Canon.text(out, conditions);
        }
    }
}
