package vn.schoolrecords.core.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import vn.schoolrecords.core.audit.CanonicalWriter;

/**
 * The content of one version of a plan, in the frame CV 5512 gives its kind. Immutable; the
 * {@linkplain Plan#contentHash content hash} of a version covers these bytes and the
 * plan's header, so an approval names exactly what it approved.
 *
 * <p>JSON: an object whose {@code kind} names the frame, e.g. {@code "LESSON_PLAN"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(SchoolEducationPlan.class),
        @JsonSubTypes.Type(SubjectTeachingPlan.class),
        @JsonSubTypes.Type(ActivityPlan.class),
        @JsonSubTypes.Type(TeacherPlan.class),
        @JsonSubTypes.Type(LessonPlan.class)})
public sealed interface PlanDocument permits SchoolEducationPlan, SubjectTeachingPlan, ActivityPlan, TeacherPlan,
        LessonPlan {

    /** @return the kind of plan this content is for, not null */
    @JsonIgnore
    PlanKind kind();

    /** @return the attached files, possibly empty, not null */
    List<Attachment> attachments();

    /**
     * Writes the canonical bytes: the kind, then every field in the order of declaration.
     *
     * @param out the writer, not null
     */
    void writeTo(CanonicalWriter out);
}
