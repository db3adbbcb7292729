package vn.schoolrecords.core.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.plan.internal.Check;

/**
 * The school education plan (kế hoạch giáo dục nhà trường), framed by CV 5512 Part II rather than
 * by an appendix: its content is a list of titled sections (căn cứ, điều kiện thực hiện, mục
 * tiêu, phân phối thời lượng, tổ chức thực hiện…) as the school writes them, or its own file.
 *
 * @param sections the sections in order, not null
 * @param attachments the attached files, not null
 */
@JsonTypeName("SCHOOL_EDUCATION_PLAN")
public record SchoolEducationPlan(List<Section> sections, List<Attachment> attachments) implements PlanDocument {

    /**
     * Copies the lists and checks that there is content.
     *
     * @throws vn.schoolrecords.core.InvalidValueException if there is neither a section nor a file
     */
    public SchoolEducationPlan {
        sections = Check.list(sections, "sections");
        attachments = Check.list(attachments, "attachments");
        Check.contentOrAttachment(!sections.isEmpty(), attachments, "sections");
    }

    /**
     * A school plan.
     *
     * @param sections the sections, not null
     * @param attachments the files, not null
     * @return the content, not null
     */
    public static SchoolEducationPlan of(List<Section> sections, List<Attachment> attachments) {
        return new SchoolEducationPlan(sections, attachments);
    }

    @Override
    public PlanKind kind() {
        return PlanKind.SCHOOL_EDUCATION_PLAN;
    }

    @Override
    public void writeTo(CanonicalWriter out) {
        out.name(kind()).list(sections, (w, s) -> w.text(s.heading()).text(s.body()))
                .list(attachments, (w, a) -> a.writeTo(w));
    }

    /**
     * A titled section of the plan.
     *
     * @param heading the heading, e.g. {@code I. Căn cứ xây dựng kế hoạch}, not null
     * @param body the text, not null
     */
    public record Section(String heading, String body) {

        /** Checks that both texts are present and not blank. */
        public Section {
            Check.text(heading, "heading");
            Check.text(body, "body");
        }
    }
}
