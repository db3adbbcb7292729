package vn.schoolrecords.core.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.access.Resource;
import vn.schoolrecords.core.access.Reviewer;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.audit.internal.Sha256;

/**
 * A plan (kế hoạch) and where it stands: its header, every version of its content, its
 * submissions, the approvals of the current submission, every feedback it received, and its
 * report. Never changed in place: {@link PlanWorkflow} returns a new plan with the events that
 * lead to it, and {@link PlanLog#replay()} rebuilds it from them. The JSON (schema {@value #SCHEMA})
 * is a snapshot; the log is the authority.
 *
 * @param schema always {@value #SCHEMA}
 * @param header what the plan is, not null
 * @param status where it stands, not null
 * @param versions every version saved, in order, at least one, not null
 * @param submissions every submission, in order, not null
 * @param approvals the approvals of the current submission, in chain order, not null
 * @param feedback every return with its feedback, in order, not null
 * @param report the report to the office above, or empty, not null
 * @param version the sequence of the last event applied (the optimistic version)
 * @param head the hash of the last event applied, not null
 */
public record Plan(String schema, PlanHeader header, PlanStatus status, List<Version> versions,
        List<Submission> submissions, List<Approval> approvals, List<Feedback> feedback, Optional<Report> report,
        long version, Digest head) {

    /** The schema and version of the plan document. */
    public static final String SCHEMA = "plan/1";

    /** Checks presence and the schema, and copies the lists. */
    public Plan {
        Objects.requireNonNull(schema, "schema");
        if (!SCHEMA.equals(schema)) {
            throw InvalidValueException.of("schema", "Schema.version", LocalizedText.of(
                    "phiên bản lược đồ phải là " + SCHEMA, "the schema must be " + SCHEMA), schema);
        }
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(status, "status");
        versions = List.copyOf(versions);
        submissions = List.copyOf(submissions);
        approvals = List.copyOf(approvals);
        feedback = List.copyOf(feedback);
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(head, "head");
    }

    /**
     * The content hash of a version: SHA-256 over {@code "plan-content/1"}, the header's and the
     * document's canonical bytes ({@link CanonicalWriter}). A reviewer computes it from what they
     * read and names it when approving.
     *
     * @param header the plan's header, not null
     * @param document the content, not null
     * @return the hash, not null
     */
    public static Digest contentHash(PlanHeader header, PlanDocument document) {
        CanonicalWriter out = new CanonicalWriter().text("plan-content/1");
        header.writeTo(out);
        document.writeTo(out);
        return Digest.of(Sha256.newDigest().digest(out.toByteArray()));
    }

    /** @return the latest version, not null */
    public Version latest() {
        return versions.get(versions.size() - 1);
    }

    /** @return the current (last) submission, or empty if never submitted, not null */
    public Optional<Submission> submission() {
        return submissions.isEmpty() ? Optional.empty() : Optional.of(submissions.get(submissions.size() - 1));
    }

    /** @return the first submission, whose lateness the dashboards report, or empty, not null */
    public Optional<Submission> firstSubmission() {
        return submissions.isEmpty() ? Optional.empty() : Optional.of(submissions.get(0));
    }

    /** @return the last feedback received, or empty, not null */
    public Optional<Feedback> lastFeedback() {
        return feedback.isEmpty() ? Optional.empty() : Optional.of(feedback.get(feedback.size() - 1));
    }

    /** @return the reviewer the plan now waits for: the next step of its chain while submitted, not null */
    public Optional<Reviewer> awaiting() {
        return status == PlanStatus.SUBMITTED ? submission().map(s -> s.chain().get(approvals.size())) : Optional.empty();
    }

    /** @return the plan as the access policy sees it, not null */
    public Resource resource() {
        return Resource.plan(header.kind().recordKind(), header.school(), header.authorId(), header.group(),
                header.subgroup(), header.subject(), awaiting());
    }

    /**
     * The plan after its first two events (created, first version saved).
     *
     * @param created the entry of the {@link PlanEvent.Created} event, sequence 1, not null
     * @return the plan, with no version yet applied beyond creation, not null
     */
    static Plan created(AuditEntry<PlanEvent> created) {
        PlanEvent.Created e = (PlanEvent.Created) created.event();
        return new Plan(SCHEMA, e.header(), PlanStatus.DRAFT, List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), created.sequence(), created.hash());
    }

    /**
     * The plan after one more event. The workflow decided the event against this plan; replay
     * applies the same events in the same order, so it rebuilds the same plan.
     *
     * @param entry the next entry, not null
     * @return the new plan, not null
     */
    Plan apply(AuditEntry<PlanEvent> entry) {
        if (entry.sequence() != version + 1 || !entry.previous().equals(head)) {
            throw new PlanTransitionException("Log.notContinuous", status, LocalizedText.of(
                    "sự kiện không nối tiếp nhật kí", "the event does not follow the log"));
        }
        PlanStatus s = status;
        List<Version> vs = versions;
        List<Submission> subs = submissions;
        List<Approval> aps = approvals;
        List<Feedback> fbs = feedback;
        Optional<Report> rep = report;
        PlanEvent event = entry.event();
        if (event instanceof PlanEvent.DraftSaved e) {
            vs = plus(vs, new Version(e.version(), e.contentHash(), e.document(), e.actorId(), e.at(), e.comment()));
        } else if (event instanceof PlanEvent.Submitted e) {
            subs = plus(subs, new Submission(e.version(), e.contentHash(), e.actorId(), e.at(), e.comment(), e.chain(),
                    e.dueBefore(), e.late()));
            aps = List.of();
            s = PlanStatus.SUBMITTED;
        } else if (event instanceof PlanEvent.Approved e) {
            aps = plus(aps, new Approval(e.version(), e.contentHash(), e.reviewer(), e.actorId(), e.at(), e.comment(),
                    e.late()));
            s = aps.size() == submission().orElseThrow().chain().size() ? PlanStatus.APPROVED : PlanStatus.SUBMITTED;
        } else if (event instanceof PlanEvent.Returned e) {
            fbs = plus(fbs, new Feedback(e.version(), e.contentHash(), e.reviewer(), e.actorId(), e.at(), e.feedback()));
            aps = List.of();
            s = PlanStatus.RETURNED;
        } else if (event instanceof PlanEvent.Reported e) {
            rep = Optional.of(new Report(e.office(), e.version(), e.contentHash(), e.actorId(), e.at(), e.comment()));
            s = PlanStatus.REPORTED;
        } else {
            throw new PlanTransitionException("Log.createdTwice", status, LocalizedText.of(
                    "kế hoạch chỉ được tạo một lần", "a plan is created once"));
        }
        return new Plan(SCHEMA, header, s, vs, subs, aps, fbs, rep, entry.sequence(), entry.hash());
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return out;
    }

    /**
     * A version of the content.
     *
     * @param number the version number, from 1
     * @param contentHash its {@linkplain Plan#contentHash content hash}, not null
     * @param document the content, not null
     * @param savedBy who saved it, not null
     * @param savedAt when, not null
     * @param comment the author's note, or empty, not null
     */
    public record Version(int number, Digest contentHash, PlanDocument document, String savedBy, Instant savedAt,
            Optional<String> comment) {

        /** Checks presence. */
        public Version {
            Objects.requireNonNull(contentHash, "contentHash");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(savedBy, "savedBy");
            Objects.requireNonNull(savedAt, "savedAt");
            Objects.requireNonNull(comment, "comment");
        }
    }

    /**
     * A submission of a version.
     *
     * @param version the version submitted
     * @param contentHash its content hash, not null
     * @param actorId who submitted, not null
     * @param at when, not null
     * @param comment the author's note, or empty, not null
     * @param chain the reviewers it must pass, in order, not null
     * @param dueBefore the first day on which it is late, not null
     * @param late whether it came on or after that day
     */
    public record Submission(int version, Digest contentHash, String actorId, Instant at, Optional<String> comment,
            List<Reviewer> chain, java.time.LocalDate dueBefore, boolean late) {

        /** Checks presence and copies the chain. */
        public Submission {
            Objects.requireNonNull(contentHash, "contentHash");
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(comment, "comment");
            chain = List.copyOf(chain);
            Objects.requireNonNull(dueBefore, "dueBefore");
        }
    }

    /**
     * An approval: who approved which content hash, at which step.
     *
     * @param version the version approved
     * @param contentHash the content hash approved, not null
     * @param reviewer the step, not null
     * @param actorId who approved, not null
     * @param at when, not null
     * @param comment their comment, or empty, not null
     * @param late whether a lesson plan was approved on or after its teaching date
     */
    public record Approval(int version, Digest contentHash, Reviewer reviewer, String actorId, Instant at,
            Optional<String> comment, boolean late) {

        /** Checks presence. */
        public Approval {
            Objects.requireNonNull(contentHash, "contentHash");
            Objects.requireNonNull(reviewer, "reviewer");
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(comment, "comment");
        }
    }

    /**
     * A return to the author with the reviewer's feedback (ý kiến phản hồi).
     *
     * @param version the version reviewed
     * @param contentHash the content hash reviewed, not null
     * @param reviewer the step that returned it, not null
     * @param actorId the reviewer, not null
     * @param at when, not null
     * @param text the feedback, not blank, not null
     */
    public record Feedback(int version, Digest contentHash, Reviewer reviewer, String actorId, Instant at,
            String text) {

        /** Checks presence. */
        public Feedback {
            Objects.requireNonNull(contentHash, "contentHash");
            Objects.requireNonNull(reviewer, "reviewer");
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The report of an approved school plan to the office above.
     *
     * @param office the office, not null
     * @param version the version reported
     * @param contentHash its content hash, not null
     * @param actorId who reported, not null
     * @param at when, not null
     * @param comment a note, or empty, not null
     */
    public record Report(ReportingOffice office, int version, Digest contentHash, String actorId, Instant at,
            Optional<String> comment) {

        /** Checks presence. */
        public Report {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(contentHash, "contentHash");
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(comment, "comment");
        }
    }
}
