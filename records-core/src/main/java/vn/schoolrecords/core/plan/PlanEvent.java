package vn.schoolrecords.core.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.access.Reviewer;
import vn.schoolrecords.core.audit.AuditEvent;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.plan.internal.Canon;
import vn.schoolrecords.core.plan.internal.Check;
import vn.schoolrecords.core.school.StaffRole;

/**
 * An event of a plan's log, in the same hash-chained audit log as the grade books
 * ({@link vn.schoolrecords.core.audit.AuditEntry}): who, in which role, when, with which comment,
 * and the content hash of the version it concerns. Replaying the events rebuilds the plan
 * ({@link PlanLog#replay()}).
 *
 * <p>JSON: an object whose {@code type} names the event, e.g. {@code "PLAN_APPROVED"}.
 * Canonical bytes: the type name, {@code actorId}, {@code role}, {@code at}, then the event's own
 * fields in the order of its components.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(PlanEvent.Created.class),
        @JsonSubTypes.Type(PlanEvent.DraftSaved.class),
        @JsonSubTypes.Type(PlanEvent.Submitted.class),
        @JsonSubTypes.Type(PlanEvent.Approved.class),
        @JsonSubTypes.Type(PlanEvent.Returned.class),
        @JsonSubTypes.Type(PlanEvent.Reported.class)})
public sealed interface PlanEvent extends AuditEvent {

    /**
     * The author created the plan, fixing its header.
     *
     * @param actorId the author, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param header the header, not null
     */
    @JsonTypeName("PLAN_CREATED")
    record Created(String actorId, StaffRole role, Instant at, PlanHeader header) implements PlanEvent {

        /** Checks presence. */
        public Created {
            requireHeader(actorId, role, at);
            Objects.requireNonNull(header, "header");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("PLAN_CREATED", this);
            header.writeTo(out);
        }
    }

    /**
     * The author saved a new version of the content (soạn, sửa).
     *
     * @param actorId the author, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param comment the author's note, or empty, not null
     * @param version the version number, from 1
     * @param contentHash the version's content hash, not null
     * @param document the content, not null
     */
    @JsonTypeName("PLAN_DRAFT_SAVED")
    record DraftSaved(String actorId, StaffRole role, Instant at, Optional<String> comment, int version,
            Digest contentHash, PlanDocument document) implements PlanEvent {

        /** Checks presence. */
        public DraftSaved {
            requireHeader(actorId, role, at);
            Check.optionalText(comment, "comment");
            Check.atLeast(version, 1, "version");
            Objects.requireNonNull(contentHash, "contentHash");
            Objects.requireNonNull(document, "document");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("PLAN_DRAFT_SAVED", this);
            Canon.text(out, comment);
            out.int32(version).text(contentHash.toString());
            document.writeTo(out);
        }
    }

    /**
     * The author submitted a version (nộp), first or again after a return.
     *
     * @param actorId the author, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param comment the author's note, or empty, not null
     * @param version the version submitted
     * @param contentHash its content hash, not null
     * @param chain the reviewers it must pass, in order, fixed at submission, not null
     * @param dueBefore the first day on which it is late, not null
     * @param late whether it was submitted on or after that day
     */
    @JsonTypeName("PLAN_SUBMITTED")
    record Submitted(String actorId, StaffRole role, Instant at, Optional<String> comment, int version,
            Digest contentHash, List<Reviewer> chain, LocalDate dueBefore, boolean late) implements PlanEvent {

        /** Checks presence and copies the chain. */
        public Submitted {
            requireHeader(actorId, role, at);
            Check.optionalText(comment, "comment");
            Check.atLeast(version, 1, "version");
            Objects.requireNonNull(contentHash, "contentHash");
            chain = Check.nonEmpty(chain, "chain");
            Objects.requireNonNull(dueBefore, "dueBefore");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("PLAN_SUBMITTED", this);
            Canon.text(out, comment);
            out.int32(version).text(contentHash.toString()).list(chain, CanonicalWriter::name)
                    .text(dueBefore.toString()).bool(late);
        }
    }

    /**
     * A reviewer approved the submitted version, named by its content hash (phê duyệt).
     *
     * @param actorId the reviewer, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param comment the reviewer's comment, or empty, not null
     * @param reviewer the step of the chain approved, not null
     * @param version the version approved
     * @param contentHash the content hash approved, not null
     * @param late whether a lesson plan was approved on or after its teaching date
     */
    @JsonTypeName("PLAN_APPROVED")
    record Approved(String actorId, StaffRole role, Instant at, Optional<String> comment, Reviewer reviewer,
            int version, Digest contentHash, boolean late) implements PlanEvent {

        /** Checks presence. */
        public Approved {
            requireHeader(actorId, role, at);
            Check.optionalText(comment, "comment");
            Objects.requireNonNull(reviewer, "reviewer");
            Check.atLeast(version, 1, "version");
            Objects.requireNonNull(contentHash, "contentHash");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("PLAN_APPROVED", this);
            Canon.text(out, comment);
            out.name(reviewer).int32(version).text(contentHash.toString()).bool(late);
        }
    }

    /**
     * A reviewer returned the submitted version to its author with feedback (trả lại, phản hồi
     * thông tin đến người nộp, 000 §1b).
     *
     * @param actorId the reviewer, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param feedback the reviewer's feedback, not blank, not null
     * @param reviewer the step of the chain that returned it, not null
     * @param version the version reviewed
     * @param contentHash the content hash reviewed, not null
     */
    @JsonTypeName("PLAN_RETURNED")
    record Returned(String actorId, StaffRole role, Instant at, String feedback, Reviewer reviewer, int version,
            Digest contentHash) implements PlanEvent {

        /** Checks presence. */
        public Returned {
            requireHeader(actorId, role, at);
            Check.text(feedback, "feedback");
            Objects.requireNonNull(reviewer, "reviewer");
            Check.atLeast(version, 1, "version");
            Objects.requireNonNull(contentHash, "contentHash");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("PLAN_RETURNED", this);
            out.text(feedback).name(reviewer).int32(version).text(contentHash.toString());
        }
    }

    /**
     * The principal board reported the approved school plan to the office above (gửi báo cáo,
     * 004 §2.2).
     *
     * @param actorId who reported, not null
     * @param role the role in which they acted, not null
     * @param at when, not null
     * @param comment a note, or empty, not null
     * @param office the office reported to, not null
     * @param version the version reported
     * @param contentHash its content hash, not null
     */
    @JsonTypeName("PLAN_REPORTED")
    record Reported(String actorId, StaffRole role, Instant at, Optional<String> comment, ReportingOffice office,
            int version, Digest contentHash) implements PlanEvent {

        /** Checks presence. */
        public Reported {
            requireHeader(actorId, role, at);
            Check.optionalText(comment, "comment");
            Objects.requireNonNull(office, "office");
            Check.atLeast(version, 1, "version");
            Objects.requireNonNull(contentHash, "contentHash");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("PLAN_REPORTED", this);
            Canon.text(out, comment);
            office.writeTo(out);
            out.int32(version).text(contentHash.toString());
        }
    }

    private static void requireHeader(String actorId, StaffRole role, Instant at) {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
    }
}
