package vn.schoolrecords.core.transcript.digital;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.audit.AuditChain;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.core.transcript.digital.DigitalRecordCommand.AddYear;
import vn.schoolrecords.core.transcript.digital.DigitalRecordCommand.DeclineCorrection;
import vn.schoolrecords.core.transcript.digital.DigitalRecordCommand.RequestCorrection;
import vn.schoolrecords.core.transcript.digital.DigitalRecordCommand.Issue;
import vn.schoolrecords.core.transcript.digital.DigitalRecordCommand.ProvideCopy;
import vn.schoolrecords.core.transcript.digital.DigitalRecordCommand.Recall;
import vn.schoolrecords.core.transcript.digital.DigitalRecordCommand.Recreate;
import vn.schoolrecords.core.transcript.digital.DigitalRecordCommand.ReplaceYear;
import vn.schoolrecords.core.transcript.digital.DigitalRecordCommand.SetLearnerDetails;
import vn.schoolrecords.core.transcript.digital.DigitalRecordCommand.SetYearDetails;
import vn.schoolrecords.core.transcript.digital.DigitalRecordCommand.Sign;
import vn.schoolrecords.core.transcript.digital.DigitalRecordCommand.TransferOut;
import vn.schoolrecords.core.transcript.digital.DigitalRecordEvent.CopyProvided;
import vn.schoolrecords.core.transcript.digital.DigitalRecordEvent.CorrectionRequested;
import vn.schoolrecords.core.transcript.digital.DigitalRecordEvent.CorrectionResolved;
import vn.schoolrecords.core.transcript.digital.DigitalRecordEvent.Created;
import vn.schoolrecords.core.transcript.digital.DigitalRecordEvent.Issued;
import vn.schoolrecords.core.transcript.digital.DigitalRecordEvent.LearnerDetailsSet;
import vn.schoolrecords.core.transcript.digital.DigitalRecordEvent.Recalled;
import vn.schoolrecords.core.transcript.digital.DigitalRecordEvent.Recreated;
import vn.schoolrecords.core.transcript.digital.DigitalRecordEvent.Signed;
import vn.schoolrecords.core.transcript.digital.DigitalRecordEvent.TransferredOut;
import vn.schoolrecords.core.transcript.digital.DigitalRecordEvent.YearAdded;
import vn.schoolrecords.core.transcript.digital.DigitalRecordEvent.YearDetailsSet;
import vn.schoolrecords.core.transcript.digital.DigitalRecordEvent.YearReplaced;

/**
 * The lifecycle state of a learner's digital transcript (học bạ số, TT 70/2026/TT-BGDĐT Điều 7,
 * 9, 10, 22): one record per learner and level across school years, signed and issued year by
 * year, each year's signing tracked by a {@link SigningPlan} (personal signatures, then the
 * school's organisation signature that issues it; nothing is signed after it).
 *
 * <p>A pure workflow, like the grade book's: {@link #create} and {@link #handle} return the new
 * state with its hash-chained log entries ({@link vn.schoolrecords.core.audit}), or throw a typed
 * exception and change nothing; {@link #replay} rebuilds the state from the entries. Nothing
 * reads the clock. Rules:
 * <ul>
 * <li>a year's page is added or replaced only up to its lock date ({@link LockPolicy}: 30 June,
 *     30 August in the special case);</li>
 * <li>an issued year never changes: a correction is a {@link Recall} (the lookup code is retired
 *     and never used again) and a {@link Recreate} with a new lookup code, then every year is
 *     signed and issued again;</li>
 * <li>every issue of the record, electronic copy or extract is an event with its time, issuer,
 *     purpose and recipient (Điều 10);</li>
 * <li>a transfer carries the record to the receiving school, which continues it;</li>
 * <li>a correction request (yêu cầu chỉnh lý) is logged with its receipt, requester, reason and
 *     its due date, {@value CorrectionRequest#WORKING_DAYS} working days later (Điều 22 khoản 8);
 *     the recall that answers it and the re-issue that resolves it record whether it was on time;
 *     an overdue request is reported ({@link #overdueCorrections}), never a reason to refuse.</li>
 * </ul>
 *
 * @param current the record as it stands, with its current lookup code, not null
 * @param signingPolicy who signs each year besides the head of school and the seal, not null
 * @param plans the signing plan of each year's page, in the order of the pages, not null
 * @param recalled true between a recall and the re-creation
 * @param retiredLookupCodes every lookup code recalled, in order; never used again, not null
 * @param corrections every correction request received, in order of receipt (numbers 1, 2, 3 …), not null
 * @param awaitingReissue the years issued when the record was last recalled that are not issued
 *     again yet; when none is left, the correction requests the recall answered are resolved, not null
 * @param head the hash of the last log entry, not null
 * @param version the number of log entries, ≥ 1
 */
public record DigitalRecord(DigitalTranscript current, SigningPolicy signingPolicy, List<SigningPlan> plans,
        boolean recalled, List<UUID> retiredLookupCodes, List<CorrectionRequest> corrections,
        Set<SchoolYear> awaitingReissue, Digest head, long version) {

    /**
     * Checks that the plans match the pages.
     *
     * @throws InvalidValueException if a plan is not of its page's year
     */
    public DigitalRecord {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(signingPolicy, "signingPolicy");
        plans = List.copyOf(plans);
        retiredLookupCodes = List.copyOf(retiredLookupCodes);
        corrections = List.copyOf(corrections);
        awaitingReissue = Set.copyOf(awaitingReissue);
        for (int i = 0; i < corrections.size(); i++) {
            if (corrections.get(i).number() != i + 1) {
                throw InvalidValueException.of("corrections", "DigitalRecord.corrections", LocalizedText.of(
                        "yêu cầu chỉnh lý đánh số liên tiếp từ 1", "correction requests are numbered 1, 2, 3 …"), i + 1);
            }
        }
        Objects.requireNonNull(head, "head");
        List<TranscriptYear> pages = current.transcript().years();
        boolean match = plans.size() == pages.size();
        for (int i = 0; match && i < plans.size(); i++) {
            match = plans.get(i).year().equals(pages.get(i).year());
        }
        if (!match || version < 1) {
            throw InvalidValueException.of("plans", "DigitalRecord.plans", LocalizedText.of(
                    "mỗi trang học bạ có đúng một kế hoạch ký", "each page has exactly one signing plan"), plans.size());
        }
    }

    /**
     * A state with no correction request.
     *
     * @param current the record as it stands, not null
     * @param signingPolicy who signs each year besides the head of school and the seal, not null
     * @param plans the signing plan of each year's page, not null
     * @param recalled true between a recall and the re-creation
     * @param retiredLookupCodes every lookup code recalled, not null
     * @param head the hash of the last log entry, not null
     * @param version the number of log entries, ≥ 1
     * @throws InvalidValueException as the canonical constructor
     */
    public DigitalRecord(DigitalTranscript current, SigningPolicy signingPolicy, List<SigningPlan> plans,
            boolean recalled, List<UUID> retiredLookupCodes, Digest head, long version) {
        this(current, signingPolicy, plans, recalled, retiredLookupCodes, List.of(), Set.of(), head, version);
    }

    /**
     * Creates the lifecycle of a record.
     *
     * @param record the record, not null
     * @param signingPolicy who signs each year besides the head of school and the seal, not null
     * @param actorId who creates it, not null
     * @param role in which role, not null
     * @param at when, not null
     * @return the state and its first log entry, not null
     */
    public static DigitalRecordDecision create(DigitalTranscript record, SigningPolicy signingPolicy, String actorId,
            StaffRole role, Instant at) {
        Created created = new Created(actorId, role, at, record, signingPolicy);
        AuditEntry<DigitalRecordEvent> entry = AuditEntry.chain(Digest.GENESIS, 1, created);
        return new DigitalRecordDecision(created(created, entry.hash()), List.of(entry));
    }

    /**
     * Decides a command.
     *
     * @param command the command, not null
     * @param actorId who acts, not null
     * @param role in which role, not null
     * @param at when, not null
     * @param lockPolicy the lock dates in force, not null
     * @return the new state and its log entry, not null
     * @throws DigitalRecordException if a lifecycle rule refuses the command
     * @throws vn.schoolrecords.core.transcript.SigningException if a signature breaks the year's signing order
     *     or comes after the year's issue
     * @throws vn.schoolrecords.core.transcript.TranscriptException if the data breaks a transcript rule
     */
    public DigitalRecordDecision handle(DigitalRecordCommand command, String actorId, StaffRole role, Instant at,
            LockPolicy lockPolicy) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(lockPolicy, "lockPolicy");
        if (recalled && !(command instanceof Recreate || command instanceof RequestCorrection
                || command instanceof DeclineCorrection)) {
            throw DigitalRecordException.of(DigitalRecordProblem.RECALLED, null,
                    "học bạ số đã bị thu hồi, cần lập lại", "the record is recalled; it must be re-created");
        }
        DigitalRecordEvent event;
        if (command instanceof AddYear c) {
            requireOpen(lockPolicy, c.page().year(), c.lockCase(), at);
            event = new YearAdded(actorId, role, at, c.page());
        } else if (command instanceof ReplaceYear c) {
            requireNotIssued(planOf(c.page().year()));
            requireOpen(lockPolicy, c.page().year(), c.lockCase(), at);
            event = new YearReplaced(actorId, role, at, c.page());
        } else if (command instanceof Sign c) {
            planOf(c.year());
            if (c.signature().role() == SigningRole.SCHOOL_SEAL) {
                throw DigitalRecordException.of(DigitalRecordProblem.WRONG_SIGNATURE_KIND, c.year(),
                        "chữ ký của cơ sở giáo dục là chữ ký phát hành (Issue)",
                        "the school's signature is the issuing signature (Issue)");
            }
            event = new Signed(actorId, role, at, c.year(), c.signature());
        } else if (command instanceof Issue c) {
            planOf(c.year());
            requireRole(role, "phát hành", "issue", StaffRole.CLERK, StaffRole.PRINCIPAL, StaffRole.VICE_PRINCIPAL);
            if (c.seal().role() != SigningRole.SCHOOL_SEAL) {
                throw DigitalRecordException.of(DigitalRecordProblem.WRONG_SIGNATURE_KIND, c.year(),
                        "phát hành cần chữ ký số của cơ sở giáo dục (TT 70/2026 Điều 9 khoản 2)",
                        "issuing needs the school's organisation signature (TT 70/2026 Điều 9 khoản 2)");
            }
            event = new Issued(actorId, role, at, c.year(), c.seal(), current.lookupCode(), c.recipient());
        } else if (command instanceof ProvideCopy c) {
            if (c.kind() == IssueKind.RECORD) {
                throw InvalidValueException.of("kind", "ProvideCopy.kind", LocalizedText.of(
                        "học bạ số được phát hành bằng Issue", "the record itself is issued with Issue"), c.kind());
            }
            requireSomethingIssued();
            event = new CopyProvided(actorId, role, at, c.kind(), current.lookupCode(), c.purpose(), c.recipient());
        } else if (command instanceof Recall c) {
            requireRole(role, "thu hồi", "recall", StaffRole.PRINCIPAL);
            requireSomethingIssued();
            c.corrections().forEach(this::requireAnswerable);
            event = new Recalled(actorId, role, at, current.lookupCode(), c.reason(), c.decisionReference(),
                    c.corrections());
        } else if (command instanceof RequestCorrection c) {
            if (retiredLookupCodes.isEmpty()) {
                requireSomethingIssued();
            }
            event = new CorrectionRequested(actorId, role, at, corrections.size() + 1, c.requester(), c.reason(),
                    CorrectionRequest.dueDate(at, c.calendar()));
        } else if (command instanceof DeclineCorrection c) {
            requireRole(role, "từ chối yêu cầu chỉnh lý", "decline a correction request", StaffRole.PRINCIPAL);
            CorrectionRequest r = requireAnswerable(c.number());
            event = new CorrectionResolved(actorId, role, at, r.number(), CorrectionOutcome.DECLINED, c.reason(),
                    r.dueDate(), r.isOnTime(at));
        } else if (command instanceof Recreate c) {
            event = recreated(c, actorId, role, at);
        } else if (command instanceof TransferOut c) {
            event = new TransferredOut(actorId, role, at, c.transfer());
        } else if (command instanceof SetLearnerDetails c) {
            // every year's signatures cover the general information these details are part of
            plans.forEach(DigitalRecord::requireNotIssued);
            event = new LearnerDetailsSet(actorId, role, at, c.details());
        } else if (command instanceof SetYearDetails c) {
            requireNotIssued(planOf(c.year()));
            event = new YearDetailsSet(actorId, role, at, c.year(), c.details());
        } else {
            throw new IllegalStateException("unknown command " + command);
        }
        AuditEntry<DigitalRecordEvent> entry = AuditEntry.chain(head, version + 1, event);
        List<AuditEntry<DigitalRecordEvent>> entries = new ArrayList<>(List.of(entry));
        DigitalRecord state = apply(event, entry.hash());
        if (event instanceof Issued && state.awaitingReissue.isEmpty()) {
            // Every year that was issued at the recall is issued again: the requests the recall
            // answers are resolved now, on time or late (never refused for lateness: see
            // overdueCorrections). A year still being built does not hold the correction up.
            for (CorrectionRequest r : state.corrections) {
                if (r.inProgress()) {
                    DigitalRecordEvent resolved = new CorrectionResolved(actorId, role, at, r.number(),
                            CorrectionOutcome.REISSUED, state.current.lookupCode().toString(), r.dueDate(),
                            r.isOnTime(at));
                    AuditEntry<DigitalRecordEvent> next = AuditEntry.chain(state.head, state.version + 1, resolved);
                    entries.add(next);
                    state = state.apply(resolved, next.hash());
                }
            }
        }
        return new DigitalRecordDecision(state, entries);
    }

    /**
     * The correction requests still open after their due date: processing them is late (TT
     * 70/2026/TT-BGDĐT Điều 22 khoản 8). Reported, never blocking: the correction is still owed to
     * the learner, and refusing it would leave the record wrong.
     *
     * @param at the instant of the question, not null
     * @return the overdue requests, in order of receipt, not null
     */
    public List<CorrectionRequest> overdueCorrections(Instant at) {
        Objects.requireNonNull(at, "at");
        return corrections.stream().filter(r -> r.isOverdue(at)).toList();
    }

    /**
     * @param number a request's number
     * @return the correction request with that number, or empty, not null
     */
    public Optional<CorrectionRequest> correction(int number) {
        return number < 1 || number > corrections.size() ? Optional.empty() : Optional.of(corrections.get(number - 1));
    }

    /**
     * Rebuilds the state from its whole log, after verifying the hash chain.
     *
     * @param entries the log entries, from the creation on, not null
     * @return the state, not null
     * @throws vn.schoolrecords.core.audit.AuditChainBrokenException if the chain is broken
     * @throws InvalidValueException if the log does not start with the creation
     */
    public static DigitalRecord replay(List<AuditEntry<DigitalRecordEvent>> entries) {
        AuditChain.verify(entries);
        if (entries.isEmpty() || !(entries.get(0).event() instanceof Created c)) {
            throw InvalidValueException.of("entries", "DigitalRecord.log", LocalizedText.of(
                    "nhật kí học bạ số bắt đầu bằng sự kiện lập học bạ", "the log starts with the record's creation"),
                    entries.size());
        }
        DigitalRecord state = created(c, entries.get(0).hash());
        for (int i = 1; i < entries.size(); i++) {
            state = state.apply(entries.get(i).event(), entries.get(i).hash());
        }
        return state;
    }

    /** @return where the record stands, not null */
    public RecordStatus status() {
        if (recalled) {
            return RecordStatus.RECALLED;
        }
        return !plans.isEmpty() && plans.stream().allMatch(SigningPlan::sealed) ? RecordStatus.ISSUED
                : RecordStatus.OPEN;
    }

    /**
     * @param year a school year
     * @return the signing plan of that year's page, or empty, not null
     */
    public Optional<SigningPlan> plan(SchoolYear year) {
        Objects.requireNonNull(year, "year");
        return plans.stream().filter(p -> p.year().equals(year)).findFirst();
    }

    /** @return the school that holds the record now: the last transfer's receiving school, or the opening school */
    public School holder() {
        return current.transcript().currentSchool();
    }

    private static DigitalRecord created(Created c, Digest head) {
        return new DigitalRecord(c.record(), c.signingPolicy(), freshPlans(c.record().transcript(), c.signingPolicy()),
                false, List.of(), List.of(), Set.of(), head, 1);
    }

    private DigitalRecord apply(DigitalRecordEvent event, Digest newHead) {
        DigitalTranscript record = current;
        List<SigningPlan> newPlans = plans;
        boolean newRecalled = recalled;
        List<UUID> retired = retiredLookupCodes;
        List<CorrectionRequest> requests = corrections;
        Set<SchoolYear> awaiting = awaitingReissue;
        if (event instanceof YearAdded e) {
            record = with(record.transcript().withYear(e.page()));
            newPlans = new ArrayList<>(plans);
            newPlans.add(SigningPlan.of(e.page(), signingPolicy));
        } else if (event instanceof YearReplaced e) {
            Transcript t = record.transcript();
            List<TranscriptYear> pages = new ArrayList<>(t.years());
            int i = indexOf(e.page().year());
            pages.set(i, e.page());
            record = with(new Transcript(Transcript.SCHEMA, t.student(), t.level(), t.openedBy(), pages, t.transfers(),
                    t.closing(), t.reissues()));
            newPlans = new ArrayList<>(plans);
            newPlans.set(i, SigningPlan.of(e.page(), signingPolicy));
        } else if (event instanceof Signed e) {
            newPlans = signed(e.year(), e.signature());
        } else if (event instanceof Issued e) {
            newPlans = signed(e.year(), e.seal());
            awaiting = new HashSet<>(awaitingReissue);
            awaiting.remove(e.year());
        } else if (event instanceof Recalled e) {
            newRecalled = true;
            retired = new ArrayList<>(retiredLookupCodes);
            retired.add(current.lookupCode());
            awaiting = plans.stream().filter(SigningPlan::sealed).map(SigningPlan::year).collect(Collectors.toSet());
            requests = new ArrayList<>(corrections);
            for (int n : e.corrections()) {
                requests.set(n - 1, requests.get(n - 1).started());
            }
        } else if (event instanceof CorrectionRequested e) {
            requests = new ArrayList<>(corrections);
            requests.add(new CorrectionRequest(e.number(), e.requester(), e.reason(), e.at(), e.dueDate(), false,
                    Optional.empty()));
        } else if (event instanceof CorrectionResolved e) {
            requests = new ArrayList<>(corrections);
            requests.set(e.number() - 1, requests.get(e.number() - 1).resolved(
                    new CorrectionRequest.Resolution(e.at(), e.outcome(), e.detail(), e.onTime())));
        } else if (event instanceof Recreated e) {
            // The learner's and the years' details carry over; a correction of them is made before re-signing.
            record = new DigitalTranscript(current.version(), e.lookupCode(), current.lifelongRecordCode(),
                    e.at().atOffset(DigitalTranscript.VIETNAM), current.transcript(), current.learner(),
                    current.yearDetails()).withTranscript(e.corrected());
            newPlans = freshPlans(e.corrected(), signingPolicy);
            newRecalled = false;
            awaiting = new HashSet<>(awaitingReissue);
            awaiting.removeIf(y -> e.corrected().page(y).isEmpty());
        } else if (event instanceof TransferredOut e) {
            record = with(record.transcript().withTransfer(e.transfer()));
        } else if (event instanceof LearnerDetailsSet e) {
            record = record.withLearner(e.details());
            newPlans = freshPlans(record.transcript(), signingPolicy);
        } else if (event instanceof YearDetailsSet e) {
            record = record.withYearDetails(e.year(), e.details());
            newPlans = new ArrayList<>(plans);
            int i = indexOf(e.year());
            newPlans.set(i, SigningPlan.of(record.transcript().years().get(i), signingPolicy));
        } else if (event instanceof Created) {
            throw new IllegalStateException("a second creation event");
        }
        // CopyProvided changes nothing but the log.
        return new DigitalRecord(record, signingPolicy, newPlans, newRecalled, retired, requests, awaiting, newHead,
                version + 1);
    }

    private DigitalTranscript with(Transcript t) {
        return current.withTranscript(t);
    }

    private List<SigningPlan> signed(SchoolYear year, vn.schoolrecords.core.transcript.Signature signature) {
        List<SigningPlan> list = new ArrayList<>(plans);
        int i = indexOf(year);
        list.set(i, list.get(i).sign(signature));
        return list;
    }

    private static List<SigningPlan> freshPlans(Transcript t, SigningPolicy policy) {
        return t.years().stream().map(p -> SigningPlan.of(p, policy)).toList();
    }

    private Recreated recreated(Recreate c, String actorId, StaffRole role, Instant at) {
        if (!recalled) {
            throw DigitalRecordException.of(DigitalRecordProblem.NOT_RECALLED, null,
                    "chỉ lập lại học bạ số đã thu hồi", "only a recalled record can be re-created");
        }
        if (c.lookupCode().equals(current.lookupCode()) || retiredLookupCodes.contains(c.lookupCode())) {
            throw DigitalRecordException.of(DigitalRecordProblem.LOOKUP_CODE_REUSED, null,
                    "mã tra cứu " + c.lookupCode() + " đã dùng, không được dùng lại",
                    "lookup code " + c.lookupCode() + " was used before and is never reused");
        }
        Transcript old = current.transcript();
        if (!c.corrected().student().id().equals(old.student().id()) || c.corrected().level() != old.level()) {
            throw DigitalRecordException.of(DigitalRecordProblem.OTHER_LEARNER, null,
                    "dữ liệu sửa phải của cùng học sinh và cấp học", "the corrected data must be the same learner's and level's");
        }
        return new Recreated(actorId, role, at, c.lookupCode(), c.corrected());
    }

    private SigningPlan planOf(SchoolYear year) {
        return plan(year).orElseThrow(() -> DigitalRecordException.of(DigitalRecordProblem.YEAR_UNKNOWN, year,
                "học bạ số chưa có trang năm học " + year, "the record has no page for " + year));
    }

    private int indexOf(SchoolYear year) {
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).year().equals(year)) {
                return i;
            }
        }
        throw new IllegalStateException("no page for " + year);
    }

    private static void requireNotIssued(SigningPlan plan) {
        if (plan.sealed()) {
            throw DigitalRecordException.of(DigitalRecordProblem.ISSUED_NO_EDIT, plan.year(),
                    "năm học " + plan.year() + " đã phát hành, không sửa được; cần thu hồi và lập lại (TT 70/2026 Điều 7)",
                    "the year " + plan.year() + " is issued and cannot change; recall and re-create (TT 70/2026 Điều 7)");
        }
    }

    private static void requireOpen(LockPolicy policy, SchoolYear year, LockPolicy.Case lockCase, Instant at) {
        if (!policy.isOpen(year, lockCase, at)) {
            throw DigitalRecordException.of(DigitalRecordProblem.DATA_LOCKED, year,
                    "dữ liệu năm học " + year + " đã chốt ngày " + policy.lastDay(year, lockCase) + " ("
                            + policy.citation() + ")",
                    "the data of " + year + " was locked on " + policy.lastDay(year, lockCase) + " ("
                            + policy.citation() + ")");
        }
    }

    /** An open request that no recall is answering yet: the one a recall or a decline may answer. */
    private CorrectionRequest requireAnswerable(int number) {
        return correction(number).filter(r -> r.isOpen() && !r.inProgress()).orElseThrow(() ->
                DigitalRecordException.of(DigitalRecordProblem.CORRECTION_NOT_OPEN, null,
                        "không có yêu cầu chỉnh lý số " + number + " đang chờ xử lý",
                        "no correction request number " + number + " is waiting to be answered"));
    }

    private void requireSomethingIssued() {
        if (plans.stream().noneMatch(SigningPlan::sealed)) {
            throw DigitalRecordException.of(DigitalRecordProblem.NOT_ISSUED, null,
                    "học bạ số chưa được phát hành", "the record has not been issued");
        }
    }

    private static void requireRole(StaffRole role, String whatVi, String whatEn, StaffRole... allowed) {
        for (StaffRole r : allowed) {
            if (r == role) {
                return;
            }
        }
        throw DigitalRecordException.of(DigitalRecordProblem.ROLE_NOT_PERMITTED, null,
                role.vietnameseName() + " không được " + whatVi + " học bạ số",
                "a " + role + " may not " + whatEn + " the record");
    }

    /** Checks a required text of a command or event: 1–500 characters, not blank. */
    static String requireText(String value, String path) {
        Objects.requireNonNull(value, path);
        if (value.isBlank() || value.length() > 500) {
            throw InvalidValueException.of(path, "Text.required", LocalizedText.of(
                    "cần ghi rõ (1–500 ký tự)", "required, 1–500 characters"), value);
        }
        return value;
    }
}
