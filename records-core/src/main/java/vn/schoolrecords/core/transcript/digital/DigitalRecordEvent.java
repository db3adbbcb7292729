package vn.schoolrecords.core.transcript.digital;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.schoolrecords.core.audit.AuditEvent;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.PersonalIdentifier;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.transcript.Signature;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.core.transcript.Transfer;

/**
 * An event of a digital transcript's lifecycle, chained in the hash-chained audit log
 * ({@link vn.schoolrecords.core.audit.AuditEntry}): who, in which role, when, and what. Replaying
 * the events rebuilds the state ({@link DigitalRecord#replay}).
 *
 * <p>Canonical bytes: the header ({@link CanonicalWriter#header}), then the event's fields in
 * the order of its components; transcript data as its JSON (the library's exchange format).
 */
public sealed interface DigitalRecordEvent extends AuditEvent {

    /**
     * The record was created.
     *
     * @param actorId who acted, not null
     * @param role in which role, not null
     * @param at when, not null
     * @param record the record, not null
     * @param signingPolicy who signs each year besides the head of school and the seal, not null
     */
    record Created(String actorId, StaffRole role, Instant at, DigitalTranscript record, SigningPolicy signingPolicy)
            implements DigitalRecordEvent {
        /** Checks presence. */
        public Created {
            requireHeader(actorId, role, at);
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(signingPolicy, "signingPolicy");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("HOC_BA_SO_CREATED", this);
            writeRecord(out, record);
            out.name(signingPolicy.subjectTeachers()).name(signingPolicy.homeroomTeacher());
            writeDetails(out, record);
        }
    }

    /**
     * A school year's page was added.
     *
     * @param actorId who acted, not null
     * @param role in which role, not null
     * @param at when, not null
     * @param page the page, not null
     */
    record YearAdded(String actorId, StaffRole role, Instant at, TranscriptYear page) implements DigitalRecordEvent {
        /** Checks presence. */
        public YearAdded {
            requireHeader(actorId, role, at);
            Objects.requireNonNull(page, "page");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("HOC_BA_SO_YEAR_ADDED", this).text(RecordsJson.write(page));
        }
    }

    /**
     * A page that was not issued was replaced; its signatures were dropped.
     *
     * @param actorId who acted, not null
     * @param role in which role, not null
     * @param at when, not null
     * @param page the new page, not null
     */
    record YearReplaced(String actorId, StaffRole role, Instant at, TranscriptYear page) implements DigitalRecordEvent {
        /** Checks presence. */
        public YearReplaced {
            requireHeader(actorId, role, at);
            Objects.requireNonNull(page, "page");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("HOC_BA_SO_YEAR_REPLACED", this).text(RecordsJson.write(page));
        }
    }

    /**
     * A personal signature was recorded on a year.
     *
     * @param actorId who acted, not null
     * @param role in which role, not null
     * @param at when, not null
     * @param year the school year, not null
     * @param signature the signature, not null
     */
    record Signed(String actorId, StaffRole role, Instant at, SchoolYear year, Signature signature)
            implements DigitalRecordEvent {
        /** Checks presence. */
        public Signed {
            requireHeader(actorId, role, at);
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(signature, "signature");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("HOC_BA_SO_SIGNED", this).text(year.toString());
            writeSignature(out, signature);
        }
    }

    /**
     * A year was issued with the school's signature; one line of the issue log.
     *
     * @param actorId the issuer, not null
     * @param role in which role, not null
     * @param at when, not null
     * @param year the school year, not null
     * @param seal the school's signature, not null
     * @param lookupCode the lookup code issued, not null
     * @param recipient to whom, not null
     */
    record Issued(String actorId, StaffRole role, Instant at, SchoolYear year, Signature seal, UUID lookupCode,
            String recipient) implements DigitalRecordEvent {
        /** Checks presence. */
        public Issued {
            requireHeader(actorId, role, at);
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(seal, "seal");
            Objects.requireNonNull(lookupCode, "lookupCode");
            DigitalRecord.requireText(recipient, "recipient");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("HOC_BA_SO_ISSUED", this).text(year.toString());
            writeSignature(out, seal);
            out.text(lookupCode.toString()).text(recipient);
        }
    }

    /**
     * An electronic copy or an extract was handed out; one line of the issue log.
     *
     * @param actorId the issuer, not null
     * @param role in which role, not null
     * @param at when, not null
     * @param kind what was handed out, not null
     * @param lookupCode the lookup code of the record it came from, not null
     * @param purpose what for, not null
     * @param recipient to whom, not null
     */
    record CopyProvided(String actorId, StaffRole role, Instant at, IssueKind kind, UUID lookupCode, String purpose,
            String recipient) implements DigitalRecordEvent {
        /** Checks presence. */
        public CopyProvided {
            requireHeader(actorId, role, at);
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(lookupCode, "lookupCode");
            DigitalRecord.requireText(purpose, "purpose");
            DigitalRecord.requireText(recipient, "recipient");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("HOC_BA_SO_COPY_PROVIDED", this).name(kind).text(lookupCode.toString()).text(purpose)
                    .text(recipient);
        }
    }

    /**
     * The issued record was recalled; its lookup code is retired.
     *
     * @param actorId who acted, not null
     * @param role in which role, not null
     * @param at when, not null
     * @param lookupCode the retired lookup code, not null
     * @param reason why, not null
     * @param decisionReference the approved request or decision, not null
     * @param corrections the numbers of the correction requests it answers, maybe none, not null
     */
    record Recalled(String actorId, StaffRole role, Instant at, UUID lookupCode, String reason,
            String decisionReference, Set<Integer> corrections) implements DigitalRecordEvent {
        /** Checks presence and copies the numbers. */
        public Recalled {
            requireHeader(actorId, role, at);
            Objects.requireNonNull(lookupCode, "lookupCode");
            DigitalRecord.requireText(reason, "reason");
            DigitalRecord.requireText(decisionReference, "decisionReference");
            corrections = Set.copyOf(new TreeSet<>(corrections));
        }

        /**
         * A recall answering no recorded correction request.
         *
         * @param actorId who acted, not null
         * @param role in which role, not null
         * @param at when, not null
         * @param lookupCode the retired lookup code, not null
         * @param reason why, not null
         * @param decisionReference the approved request or decision, not null
         */
        public Recalled(String actorId, StaffRole role, Instant at, UUID lookupCode, String reason,
                String decisionReference) {
            this(actorId, role, at, lookupCode, reason, decisionReference, Set.of());
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("HOC_BA_SO_RECALLED", this).text(lookupCode.toString()).text(reason).text(decisionReference);
            // a suffix only when there are any, so a log written before requests existed keeps its hashes
            if (!corrections.isEmpty()) {
                out.list(new TreeSet<>(corrections), CanonicalWriter::int32);
            }
        }
    }

    /**
     * A recalled record was re-created with corrected data under a new lookup code.
     *
     * @param actorId who acted, not null
     * @param role in which role, not null
     * @param at when, which is the new record's creation time, not null
     * @param lookupCode the new lookup code, not null
     * @param corrected the corrected transcript, not null
     */
    record Recreated(String actorId, StaffRole role, Instant at, UUID lookupCode, Transcript corrected)
            implements DigitalRecordEvent {
        /** Checks presence. */
        public Recreated {
            requireHeader(actorId, role, at);
            Objects.requireNonNull(lookupCode, "lookupCode");
            Objects.requireNonNull(corrected, "corrected");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("HOC_BA_SO_RECREATED", this).text(lookupCode.toString()).text(RecordsJson.write(corrected));
        }
    }

    /**
     * The learner moved school; the receiving school holds the record from now on.
     *
     * @param actorId who acted, not null
     * @param role in which role, not null
     * @param at when, not null
     * @param transfer the transfer, not null
     */
    record TransferredOut(String actorId, StaffRole role, Instant at, Transfer transfer) implements DigitalRecordEvent {
        /** Checks presence. */
        public TransferredOut {
            requireHeader(actorId, role, at);
            Objects.requireNonNull(transfer, "transfer");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("HOC_BA_SO_TRANSFERRED", this).text(RecordsJson.write(transfer));
        }
    }

    /**
     * The learner's details beyond the transcript were set; every year's signatures were dropped.
     *
     * @param actorId who acted, not null
     * @param role in which role, not null
     * @param at when, not null
     * @param details the details, not null
     */
    record LearnerDetailsSet(String actorId, StaffRole role, Instant at, LearnerDetails details)
            implements DigitalRecordEvent {
        /** Checks presence. */
        public LearnerDetailsSet {
            requireHeader(actorId, role, at);
            Objects.requireNonNull(details, "details");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            writeLearner(out.header("HOC_BA_SO_LEARNER_DETAILS_SET", this), details);
        }
    }

    /**
     * A year's details beyond its page were set; the year's signatures were dropped.
     *
     * @param actorId who acted, not null
     * @param role in which role, not null
     * @param at when, not null
     * @param year the school year, not null
     * @param details the details, not null
     */
    record YearDetailsSet(String actorId, StaffRole role, Instant at, SchoolYear year, YearDetails details)
            implements DigitalRecordEvent {
        /** Checks presence. */
        public YearDetailsSet {
            requireHeader(actorId, role, at);
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(details, "details");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            writeYearDetails(out.header("HOC_BA_SO_YEAR_DETAILS_SET", this).text(year.toString()), details);
        }
    }

    /**
     * A correction request was received; its due date was fixed by the caller's working calendar.
     *
     * @param actorId who recorded it, not null
     * @param role in which role, not null
     * @param at when it was received, not null
     * @param number its number in the record, ≥ 1
     * @param requester who asked, not null
     * @param reason what is to be corrected and why, not null
     * @param dueDate the last day to process it, not null
     */
    record CorrectionRequested(String actorId, StaffRole role, Instant at, int number, String requester, String reason,
            LocalDate dueDate) implements DigitalRecordEvent {
        /** Checks presence. */
        public CorrectionRequested {
            requireHeader(actorId, role, at);
            DigitalRecord.requireText(requester, "requester");
            DigitalRecord.requireText(reason, "reason");
            Objects.requireNonNull(dueDate, "dueDate");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("HOC_BA_SO_CORRECTION_REQUESTED", this).int32(number).text(requester).text(reason)
                    .text(dueDate.toString());
        }
    }

    /**
     * A correction request was answered: the record was issued again after its recall, or the
     * request was declined; whether on time is recorded, as of the due date.
     *
     * @param actorId who acted, not null
     * @param role in which role, not null
     * @param at when, not null
     * @param number the request's number, ≥ 1
     * @param outcome re-issued or declined, not null
     * @param detail the new lookup code, or why it was declined, not null
     * @param dueDate the request's due date, not null
     * @param onTime true if on or before the due date, in Vietnam
     */
    record CorrectionResolved(String actorId, StaffRole role, Instant at, int number, CorrectionOutcome outcome,
            String detail, LocalDate dueDate, boolean onTime) implements DigitalRecordEvent {
        /** Checks presence. */
        public CorrectionResolved {
            requireHeader(actorId, role, at);
            Objects.requireNonNull(outcome, "outcome");
            DigitalRecord.requireText(detail, "detail");
            Objects.requireNonNull(dueDate, "dueDate");
        }

        @Override
        public void writeTo(CanonicalWriter out) {
            out.header("HOC_BA_SO_CORRECTION_RESOLVED", this).int32(number).name(outcome).text(detail)
                    .text(dueDate.toString()).bool(onTime);
        }
    }

    private static void requireHeader(String actorId, StaffRole role, Instant at) {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
    }

    private static void writeRecord(CanonicalWriter out, DigitalTranscript r) {
        out.text(r.version().label()).text(r.lookupCode().toString()).present(r.lifelongRecordCode().isPresent());
        r.lifelongRecordCode().ifPresent(out::text);
        out.instant(r.createdAt().toInstant()).text(RecordsJson.write(r.transcript()));
    }

    /**
     * The record's details beyond the transcript, last, and only when there are any: a suffix
     * after a fixed structure stays unambiguous, and a log written before details existed keeps
     * its hashes.
     */
    private static void writeDetails(CanonicalWriter out, DigitalTranscript r) {
        if (r.learner().isEmpty() && r.yearDetails().isEmpty()) {
            return;
        }
        writeLearner(out.text("DETAILS"), r.learner());
        out.list(r.yearDetails().entrySet(), (w, e) -> writeYearDetails(w.text(e.getKey().toString()), e.getValue()));
    }

    private static void writeLearner(CanonicalWriter out, LearnerDetails l) {
        optional(out, l.registerNumber().map(Object::toString));
        optional(out, l.hometown());
        optional(out, l.address());
        for (var relative : List.of(l.father(), l.mother(), l.guardian())) {
            out.present(relative.isPresent());
            relative.ifPresent(p -> optional(out.text(p.fullName()), p.occupation()));
        }
    }

    private static void writeYearDetails(CanonicalWriter out, YearDetails d) {
        optional(out, d.weightKg().map(BigDecimal::toPlainString));
        optional(out, d.heightCm().map(BigDecimal::toPlainString));
        optional(out, d.signerName());
        optional(out, d.signerPersonalId().map(PersonalIdentifier::value));
        optional(out, d.signerTitle());
        optional(out, d.issueDate().map(Object::toString));
    }

    private static void optional(CanonicalWriter out, Optional<String> text) {
        out.present(text.isPresent());
        text.ifPresent(out::text);
    }

    private static void writeSignature(CanonicalWriter out, Signature s) {
        out.text(s.signerId()).name(s.role()).instant(s.signedAt()).text(s.part().toString()).text(s.reference());
    }
}
