package vn.schoolrecords.core.transcript.digital;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.WorkingCalendar;
import vn.schoolrecords.core.transcript.Signature;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.core.transcript.Transfer;

/**
 * A command to the lifecycle of a digital transcript (học bạ số), decided by
 * {@link DigitalRecord#handle}.
 */
public sealed interface DigitalRecordCommand {

    /**
     * Adds a school year's page (the record grows year by year), until the year's data is locked.
     *
     * @param page the page, not null
     * @param lockCase the regular or special lock date applies, not null
     */
    record AddYear(TranscriptYear page, LockPolicy.Case lockCase) implements DigitalRecordCommand {
        /** Checks presence. */
        public AddYear {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(lockCase, "lockCase");
        }
    }

    /**
     * Replaces a page that is not issued, until the year's data is locked; its signatures so far
     * are dropped, since they covered other data.
     *
     * @param page the corrected page, of a school year the record has, not null
     * @param lockCase the regular or special lock date applies, not null
     */
    record ReplaceYear(TranscriptYear page, LockPolicy.Case lockCase) implements DigitalRecordCommand {
        /** Checks presence. */
        public ReplaceYear {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(lockCase, "lockCase");
        }
    }

    /**
     * Records a personal signature on a year (subject teacher, homeroom teacher, head of school),
     * in the order of the year's signing plan.
     *
     * @param year the school year, not null
     * @param signature the signature as a fact (the signing module made it), not null
     */
    record Sign(SchoolYear year, Signature signature) implements DigitalRecordCommand {
        /** Checks presence. */
        public Sign {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(signature, "signature");
        }
    }

    /**
     * Issues a year (ký số phát hành): the school's organisation signature, last; logged with the
     * recipient (TT 70/2026 Điều 9 khoản 3 điểm d, Điều 10).
     *
     * @param year the school year, not null
     * @param seal the school's signature, role {@code SCHOOL_SEAL}, not null
     * @param recipient to whom it is issued, e.g. the Sở's receiving portal, not blank
     */
    record Issue(SchoolYear year, Signature seal, String recipient) implements DigitalRecordCommand {
        /** Checks presence. */
        public Issue {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(seal, "seal");
            DigitalRecord.requireText(recipient, "recipient");
        }
    }

    /**
     * Hands out an electronic copy or an extract of the issued record, logged (TT 70/2026 Điều 10).
     *
     * @param kind {@link IssueKind#ELECTRONIC_COPY} or {@link IssueKind#EXTRACT}, not null
     * @param purpose what for, not blank
     * @param recipient to whom, not blank
     */
    record ProvideCopy(IssueKind kind, String purpose, String recipient) implements DigitalRecordCommand {
        /** Checks presence. */
        public ProvideCopy {
            Objects.requireNonNull(kind, "kind");
            DigitalRecord.requireText(purpose, "purpose");
            DigitalRecord.requireText(recipient, "recipient");
        }
    }

    /**
     * Recalls the issued record to correct it (thu hồi); its lookup code is retired for good.
     * The correction requests it answers are resolved when the re-created record is issued again.
     *
     * @param reason why, not blank
     * @param decisionReference the approved correction request or decision, not blank
     * @param corrections the numbers of the open correction requests it answers, maybe none, not null
     */
    record Recall(String reason, String decisionReference, Set<Integer> corrections) implements DigitalRecordCommand {
        /** Checks presence and copies the numbers. */
        public Recall {
            DigitalRecord.requireText(reason, "reason");
            DigitalRecord.requireText(decisionReference, "decisionReference");
            corrections = Set.copyOf(new java.util.TreeSet<>(corrections));
        }

        /**
         * A recall that answers no recorded correction request.
         *
         * @param reason why, not blank
         * @param decisionReference the approved correction request or decision, not blank
         */
        public Recall(String reason, String decisionReference) {
            this(reason, decisionReference, Set.of());
        }
    }

    /**
     * Records a correction request (yêu cầu chỉnh lý) of the issued record, received at the
     * command's instant; it is due {@value CorrectionRequest#WORKING_DAYS} working days later by
     * the calendar given (TT 70/2026/TT-BGDĐT Điều 22 khoản 8). Accepted also while the record
     * is recalled.
     *
     * @param requester who asks, not blank
     * @param reason what is to be corrected and why, not blank
     * @param calendar the working days that count, with the year's lunar and announced days off, not null
     */
    record RequestCorrection(String requester, String reason, WorkingCalendar calendar) implements DigitalRecordCommand {
        /** Checks presence. */
        public RequestCorrection {
            DigitalRecord.requireText(requester, "requester");
            DigitalRecord.requireText(reason, "reason");
            Objects.requireNonNull(calendar, "calendar");
        }
    }

    /**
     * Declines an open correction request that no recall is answering (not approved, or nothing
     * to correct); it is resolved, on time or late.
     *
     * @param number the request's number
     * @param reason why, not blank
     */
    record DeclineCorrection(int number, String reason) implements DigitalRecordCommand {
        /** Checks presence. */
        public DeclineCorrection {
            DigitalRecord.requireText(reason, "reason");
        }
    }

    /**
     * Re-creates a recalled record with corrected data and a new lookup code; every year is then
     * signed and issued again.
     *
     * @param lookupCode a version 4 UUID never used by this record, not null
     * @param corrected the corrected transcript, of the same learner and level, not null
     */
    record Recreate(UUID lookupCode, Transcript corrected) implements DigitalRecordCommand {
        /** Checks presence. */
        public Recreate {
            DigitalTranscript.requireLookupCode(lookupCode);
            Objects.requireNonNull(corrected, "corrected");
        }
    }

    /**
     * Sets what the record says about the learner beyond the transcript (register number, home
     * town, address, parents or guardian). Only while no year is issued, since every year's
     * signatures cover them; the signatures made so far are dropped.
     *
     * @param details the details, {@link LearnerDetails#NONE} to clear them, not null
     */
    record SetLearnerDetails(LearnerDetails details) implements DigitalRecordCommand {
        /** Checks presence. */
        public SetLearnerDetails {
            Objects.requireNonNull(details, "details");
        }
    }

    /**
     * Sets what the record says about one school year beyond its page (weight and height, the
     * leader who signs, the issue date). Only while the year is not issued; the year's signatures
     * made so far are dropped, since they covered other data.
     *
     * @param year a school year the record has, not null
     * @param details the details, {@link YearDetails#NONE} to clear them, not null
     */
    record SetYearDetails(SchoolYear year, YearDetails details) implements DigitalRecordCommand {
        /** Checks presence. */
        public SetYearDetails {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(details, "details");
        }
    }

    /**
     * The learner moves to another school, which continues the same record (TT 70/2026 Điều 7).
     *
     * @param transfer the transfer, from the school holding the record, not null
     */
    record TransferOut(Transfer transfer) implements DigitalRecordCommand {
        /** Checks presence. */
        public TransferOut {
            Objects.requireNonNull(transfer, "transfer");
        }
    }
}
