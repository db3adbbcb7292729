package vn.schoolrecords.core.transcript.digital.submission;

import java.util.Objects;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/** A submission package could not be built or read: its {@linkplain #problem() problem} says why. */
public final class SubmissionException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** Why a submission package was refused; each has its stable code. */
    public enum Problem {
        /** The content is not Base64, lacks its length prefix, is not GZip, or its length differs from the prefix. */
        CONTENT_MALFORMED("SUBMISSION_CONTENT_MALFORMED"),
        /** The content would decompress to more than the limit allowed. */
        CONTENT_TOO_LARGE("SUBMISSION_CONTENT_TOO_LARGE"),
        /** A single record does not fit in one transaction of the size limit. */
        RECORD_TOO_LARGE("SUBMISSION_RECORD_TOO_LARGE"),
        /** A value of the envelope breaks the model (a message id, a missing content). */
        ENVELOPE_INVALID("SUBMISSION_ENVELOPE_INVALID");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        /** @return the stable code, not null */
        public String code() {
            return code;
        }
    }

    private final Problem problem;

    /**
     * Creates the exception.
     *
     * @param problem why, not null
     * @param text the message in both languages, not null
     * @param cause the cause, or null
     */
    public SubmissionException(Problem problem, LocalizedText text, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").code(), text, cause);
        this.problem = problem;
    }

    static SubmissionException of(Problem problem, String vi, String en) {
        return new SubmissionException(problem, LocalizedText.of(vi, en), null);
    }

    /** @return why, not null */
    public Problem problem() {
        return problem;
    }
}
