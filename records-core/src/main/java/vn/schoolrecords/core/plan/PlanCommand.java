package vn.schoolrecords.core.plan;

import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.access.Actor;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.plan.internal.Check;

/** What an actor asks of a plan; {@link PlanWorkflow} decides it. */
public sealed interface PlanCommand {

    /** @return who asks, not null */
    Actor actor();

    /**
     * The author creates a plan with its first version ({@link PlanWorkflow#start}).
     *
     * @param actor the author, not null
     * @param header what the plan is, not null
     * @param document its first content, of the header's kind, not null
     * @param comment a note, or empty, not null
     */
    record Create(Actor actor, PlanHeader header, PlanDocument document, Optional<String> comment)
            implements PlanCommand {

        /** Checks presence. */
        public Create {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(document, "document");
            Check.optionalText(comment, "comment");
        }
    }

    /**
     * The author saves a new version while the plan is a draft or returned.
     *
     * @param actor the author, not null
     * @param document the new content, not null
     * @param comment a note, or empty, not null
     */
    record SaveDraft(Actor actor, PlanDocument document, Optional<String> comment) implements PlanCommand {

        /** Checks presence. */
        public SaveDraft {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(document, "document");
            Check.optionalText(comment, "comment");
        }
    }

    /**
     * The author submits the latest version, named by its content hash.
     *
     * @param actor the author, not null
     * @param contentHash the hash of the version submitted, not null
     * @param comment a note, or empty, not null
     */
    record Submit(Actor actor, Digest contentHash, Optional<String> comment) implements PlanCommand {

        /** Checks presence. */
        public Submit {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(contentHash, "contentHash");
            Check.optionalText(comment, "comment");
        }
    }

    /**
     * The reviewer of the current step approves the version they reviewed, named by its content hash.
     *
     * @param actor the reviewer, not null
     * @param reviewedHash the content hash of the version reviewed, not null
     * @param comment a comment, or empty, not null
     */
    record Approve(Actor actor, Digest reviewedHash, Optional<String> comment) implements PlanCommand {

        /** Checks presence. */
        public Approve {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reviewedHash, "reviewedHash");
            Check.optionalText(comment, "comment");
        }
    }

    /**
     * The reviewer of the current step returns the version they reviewed with feedback.
     *
     * @param actor the reviewer, not null
     * @param reviewedHash the content hash of the version reviewed, not null
     * @param feedback what to change, not blank, not null
     */
    record Return(Actor actor, Digest reviewedHash, String feedback) implements PlanCommand {

        /** Checks presence; the workflow checks the feedback is not blank. */
        public Return {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reviewedHash, "reviewedHash");
            Objects.requireNonNull(feedback, "feedback");
        }
    }

    /**
     * The principal board reports the approved school plan to the office above.
     *
     * @param actor a member of the principal board, not null
     * @param comment a note, or empty, not null
     */
    record Report(Actor actor, Optional<String> comment) implements PlanCommand {

        /** Checks presence. */
        public Report {
            Objects.requireNonNull(actor, "actor");
            Check.optionalText(comment, "comment");
        }
    }
}
