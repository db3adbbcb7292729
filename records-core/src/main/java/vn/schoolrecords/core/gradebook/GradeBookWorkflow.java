package vn.schoolrecords.core.gradebook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.audit.AuditEntry;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.gradebook.GradeBookCommand.ApproveCorrection;
import vn.schoolrecords.core.gradebook.GradeBookCommand.ApproveResults;
import vn.schoolrecords.core.gradebook.GradeBookCommand.ConfirmCorrection;
import vn.schoolrecords.core.gradebook.GradeBookCommand.EditConduct;
import vn.schoolrecords.core.gradebook.GradeBookCommand.EditMark;
import vn.schoolrecords.core.gradebook.GradeBookCommand.EnterConduct;
import vn.schoolrecords.core.gradebook.GradeBookCommand.EnterMark;
import vn.schoolrecords.core.gradebook.GradeBookCommand.LockTerm;
import vn.schoolrecords.core.gradebook.GradeBookCommand.RejectCorrection;
import vn.schoolrecords.core.gradebook.GradeBookCommand.RequestCorrection;
import vn.schoolrecords.core.gradebook.GradeBookCommand.UnlockTerm;
import vn.schoolrecords.core.gradebook.internal.MarkJson;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.Curriculum;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.Term;

/**
 * The grade-book workflow: {@code (grade book, command, time, policy) → (new grade book, events)}
 * or a typed error, with nothing changed. Pure: it keeps no state and never reads the system
 * clock.
 *
 * <p>The rules, the school's {@linkplain EditPolicy default policy} from the seeds:
 * <ul>
 * <li>only the teacher of record enters, edits or asks to correct a subject's marks (001 Điều
 *     7.1); the homeroom teacher enters conduct and confirms corrections; nobody else writes,
 *     the IT administrator included (001 Điều 10);</li>
 * <li>first entries are free while the semester is open;</li>
 * <li>an entered mark changes directly only while the semester is open, on or before the edit
 *     deadline, not for an end-of-term score, and with a reason and evidence (001 Điều 8.1–8.3);</li>
 * <li>otherwise through a correction request: filed by the teacher, confirmed by the homeroom
 *     teacher, approved or rejected by the principal with a comment (002 §II.2);</li>
 * <li>the principal opens and unlocks; the principal or the IT administrator locks (001 Điều
 *     4.5, 5.5); the principal approves a semester's results once everything is entered, which
 *     locks it for good (001 Điều 4.7).</li>
 * </ul>
 * Checks run in a fixed order: version, the command's references (student, subject, cell),
 * the actor's right, the state (locked, pending), the deadline, then reason and evidence.
 */
public final class GradeBookWorkflow {

    private GradeBookWorkflow() {
    }

    /**
     * The principal opens a class's grade book (mở sổ, 001 Điều 4.5): its subjects are the
     * curriculum of the class's grade, each with the teacher assigned in the roster and
     * {@linkplain SubjectSheet#defaultRegularPerTerm the default number} of regular assessments;
     * its students are those enrolled in the class.
     *
     * @param roster the school's roster for the year, not null
     * @param classId the class, not null
     * @param actor the principal, not null
     * @param at when, not null
     * @return the new grade book (version 1) and its first event, not null
     * @throws ActionNotPermittedException if the actor is not a principal of the roster
     * @throws InvalidValueException if the class is unknown, primary, or a subject has no teacher
     */
    public static GradeBookDecision open(SchoolRoster roster, String classId, Staff actor, Instant at) {
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (!actor.has(StaffRole.PRINCIPAL) || !roster.staffMember(actor.id()).equals(Optional.of(actor))) {
            throw new ActionNotPermittedException(actor.id(), "OpenGradeBook", StaffRole.PRINCIPAL, "001 Điều 4.5");
        }
        ClassGroup group = roster.classGroup(classId).orElseThrow(() -> InvalidValueException.of("classId",
                "GradeBook.unknownClass", LocalizedText.of("không có lớp này", "no such class"), classId));
        if (group.grade().level() == vn.schoolrecords.core.school.EducationLevel.PRIMARY) {
            throw InvalidValueException.of("classId", "GradeBook.primary", LocalizedText.of(
                    "sổ điểm tiểu học (TT 27/2020) chưa được hỗ trợ", "primary grade books (TT 27/2020) are not covered"),
                    classId);
        }
        Curriculum curriculum = roster.curriculum(group.grade()).orElseThrow(() -> InvalidValueException.of("classId",
                "GradeBook.noCurriculum", LocalizedText.of("khối lớp không có chương trình", "the grade has no curriculum"),
                classId));
        List<SubjectSheet> sheets = new ArrayList<>();
        for (Subject subject : curriculum.subjects()) {
            Staff teacher = roster.teacherOf(classId, subject.code()).orElseThrow(() -> InvalidValueException.of(
                    "assignments", "GradeBook.noTeacher", LocalizedText.of(
                            "môn " + subject.code() + " chưa phân công giáo viên", "no teacher assigned to " + subject.code()),
                    classId));
            sheets.add(new SubjectSheet(subject, teacher.id(), SubjectSheet.defaultRegularPerTerm(subject)));
        }
        List<String> students = roster.studentsOf(classId).stream().map(s -> s.id()).toList();
        GradeBookEvent.Opened event = new GradeBookEvent.Opened(actor.id(), StaffRole.PRINCIPAL, at, group.id(),
                group.name(), group.year(), group.homeroomTeacherId(), sheets, students);
        AuditEntry<GradeBookEvent> entry = AuditEntry.chain(Digest.GENESIS, 1, event);
        return new GradeBookDecision(GradeBook.opened(entry), List.of(entry));
    }

    /**
     * Decides a command at the clock's current instant.
     *
     * @param book the grade book, not null
     * @param command the command, not null
     * @param clock the clock, read once, not null
     * @param policy the school's edit policy, not null
     * @return the new grade book and its events, not null
     * @throws vn.schoolrecords.core.RecordsException as {@link #decide(GradeBook, GradeBookCommand, Instant, EditPolicy)}
     */
    public static GradeBookDecision decide(GradeBook book, GradeBookCommand command, Clock clock, EditPolicy policy) {
        return decide(book, command, clock.instant(), policy);
    }

    /**
     * Decides a command.
     *
     * @param book the grade book, not null
     * @param command the command, not null
     * @param at when, not null
     * @param policy the school's edit policy, not null
     * @return the new grade book and its events, not null
     * @throws VersionConflictException if the book changed since the command's expected version
     * @throws InvalidValueException for an unknown student, subject or cell, a mark of the wrong kind
     * @throws NotTeacherOfRecordException if a mark is written by anyone but the teacher of record
     * @throws ActionNotPermittedException if the actor lacks the role the action needs
     * @throws GradeBookLockedException if the semester is locked or approved
     * @throws EditDeadlinePassedException if a direct edit comes after the deadline
     * @throws CorrectionRequiredException if a direct edit targets an end-of-term score
     * @throws EvidenceRequiredException if a change lacks reason or evidence
     * @throws ResultsIncompleteException if results are approved before everything is entered
     * @throws InvalidTransitionException if the command does not fit the current state
     */
    public static GradeBookDecision decide(GradeBook book, GradeBookCommand command, Instant at, EditPolicy policy) {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(policy, "policy");
        if (command.expectedVersion() != book.version()) {
            throw new VersionConflictException(command.expectedVersion(), book.version(),
                    book.changedSince(command.expectedVersion()));
        }
        GradeBookEvent event = eventFor(book, command, at, policy);
        AuditEntry<GradeBookEvent> entry = AuditEntry.chain(book.head(), book.version() + 1, event);
        return new GradeBookDecision(book.apply(entry), List.of(entry));
    }

    private static GradeBookEvent eventFor(GradeBook book, GradeBookCommand command, Instant at, EditPolicy policy) {
        Staff actor = command.actor();
        String who = actor.id();
        if (command instanceof EnterMark c) {
            SubjectSheet sheet = checkCell(book, c.cell(), c.mark());
            requireTeacherOfRecord(sheet, who);
            requireOpen(book, c.cell().term());
            if (book.mark(c.cell()).isPresent()) {
                throw transition("Mark.alreadyEntered", "ô điểm đã có điểm; hãy sửa có minh chứng: " + c.cell(),
                        "the cell already has a mark; edit it with evidence: " + c.cell());
            }
            return new GradeBookEvent.MarkEntered(who, StaffRole.SUBJECT_TEACHER, at, c.cell(), c.mark());
        }
        if (command instanceof EditMark c) {
            SubjectSheet sheet = checkCell(book, c.cell(), c.mark());
            requireTeacherOfRecord(sheet, who);
            requireOpen(book, c.cell().term());
            Mark old = requireChange(book, c.cell(), c.mark());
            requireNoPendingCorrection(book, c.cell());
            if (policy.endOfTermNeedsCorrection() && c.cell().kind() == AssessmentKind.END_OF_TERM) {
                throw new CorrectionRequiredException(c.cell());
            }
            if (!policy.withinEditDeadline(c.cell().term(), at)) {
                throw new EditDeadlinePassedException(policy.editDeadline(c.cell().term()), at);
            }
            Evidence evidence = requireEvidence(book, c.reason(), c.evidence(), c.cell().studentId());
            return new GradeBookEvent.MarkEdited(who, StaffRole.SUBJECT_TEACHER, at, c.cell(), old, c.mark(),
                    c.reason(), evidence);
        }
        if (command instanceof EnterConduct c) {
            requireStudent(book, c.studentId());
            requireHomeroom(book, who, "EnterConduct");
            requireOpen(book, c.term());
            if (book.conduct(c.studentId(), c.term()).isPresent()) {
                throw transition("Conduct.alreadyEntered", "đã nhập kết quả rèn luyện", "conduct already entered");
            }
            return new GradeBookEvent.ConductEntered(who, StaffRole.HOMEROOM_TEACHER, at, c.studentId(), c.term(), c.level());
        }
        if (command instanceof EditConduct c) {
            requireStudent(book, c.studentId());
            requireHomeroom(book, who, "EditConduct");
            requireOpen(book, c.term());
            AchievementLevel old = book.conduct(c.studentId(), c.term()).orElseThrow(() -> transition(
                    "Conduct.notEntered", "chưa nhập kết quả rèn luyện", "conduct not yet entered"));
            if (old == c.level()) {
                throw transition("Conduct.unchanged", "kết quả rèn luyện không đổi", "the conduct is unchanged");
            }
            Evidence evidence = requireEvidence(book, c.reason(), c.evidence(), c.studentId());
            return new GradeBookEvent.ConductEdited(who, StaffRole.HOMEROOM_TEACHER, at, c.studentId(), c.term(), old,
                    c.level(), c.reason(), evidence);
        }
        if (command instanceof RequestCorrection c) {
            SubjectSheet sheet = checkCell(book, c.cell(), c.mark());
            requireTeacherOfRecord(sheet, who);
            Mark old = requireChange(book, c.cell(), c.mark());
            requireNoPendingCorrection(book, c.cell());
            Evidence evidence = requireEvidence(book, c.reason(), c.evidence(), c.cell().studentId());
            return new GradeBookEvent.CorrectionRequested(who, StaffRole.SUBJECT_TEACHER, at, c.cell(), old, c.mark(),
                    c.reason(), evidence);
        }
        if (command instanceof ConfirmCorrection c) {
            CorrectionRequest request = requireRequest(book, c.requestId());
            requireHomeroom(book, who, "ConfirmCorrection");
            if (request.status() != CorrectionStatus.FILED) {
                throw transition("Correction.notFiled", "đề nghị không ở trạng thái chờ xác nhận",
                        "the request is not awaiting confirmation: " + request.status());
            }
            return new GradeBookEvent.CorrectionConfirmed(who, StaffRole.HOMEROOM_TEACHER, at, request.id());
        }
        if (command instanceof ApproveCorrection c) {
            CorrectionRequest request = requireRequest(book, c.requestId());
            requirePrincipal(actor, "ApproveCorrection", "002 §II.2");
            if (request.status() != CorrectionStatus.CONFIRMED) {
                throw transition("Correction.notConfirmed", "đề nghị chưa được giáo viên chủ nhiệm xác nhận",
                        "the request is not confirmed by the homeroom teacher: " + request.status());
            }
            Optional<Mark> current = book.mark(request.cell());
            if (!current.equals(Optional.of(request.oldMark()))) {
                throw transition("Correction.stale", "điểm đã thay đổi sau khi gửi đề nghị",
                        "the mark changed after the request was filed");
            }
            return new GradeBookEvent.CorrectionApproved(who, StaffRole.PRINCIPAL, at, request.id(), request.cell(),
                    request.oldMark(), request.newMark(), c.comment());
        }
        if (command instanceof RejectCorrection c) {
            CorrectionRequest request = requireRequest(book, c.requestId());
            requirePrincipal(actor, "RejectCorrection", "002 §II.2");
            if (!request.status().isPending()) {
                throw transition("Correction.notPending", "đề nghị đã được quyết định",
                        "the request has been decided: " + request.status());
            }
            if (c.comment().isBlank()) {
                throw InvalidValueException.of("comment", "Correction.comment", LocalizedText.of(
                        "từ chối phải có ý kiến", "a rejection needs a comment"), c.comment());
            }
            return new GradeBookEvent.CorrectionRejected(who, StaffRole.PRINCIPAL, at, request.id(), c.comment());
        }
        if (command instanceof LockTerm c) {
            Term term = requireSemester(c.term());
            StaffRole role = actor.has(StaffRole.PRINCIPAL) ? StaffRole.PRINCIPAL
                    : actor.has(StaffRole.IT_ADMINISTRATOR) ? StaffRole.IT_ADMINISTRATOR : null;
            if (role == null) {
                throw new ActionNotPermittedException(who, "LockTerm", StaffRole.PRINCIPAL, "001 Điều 4.5, 5.5");
            }
            if (book.term(term).status() != TermStatus.OPEN) {
                throw transition("Term.notOpen", "học kỳ đã khóa", "the semester is not open: " + book.term(term).status());
            }
            return new GradeBookEvent.TermLocked(who, role, at, term);
        }
        if (command instanceof UnlockTerm c) {
            Term term = requireSemester(c.term());
            requirePrincipal(actor, "UnlockTerm", "001 Điều 4.5");
            if (book.term(term).status() != TermStatus.LOCKED) {
                throw transition("Term.notLocked", "chỉ mở lại được học kỳ đã khóa và chưa duyệt",
                        "only a locked, unapproved semester can be unlocked: " + book.term(term).status());
            }
            if (c.reason().isBlank()) {
                throw InvalidValueException.of("reason", "Unlock.reason", LocalizedText.of(
                        "mở khóa phải có lý do", "unlocking needs a reason"), c.reason());
            }
            return new GradeBookEvent.TermUnlocked(who, StaffRole.PRINCIPAL, at, term, c.reason());
        }
        if (command instanceof ApproveResults c) {
            Term term = requireSemester(c.term());
            requirePrincipal(actor, "ApproveResults", "001 Điều 4.7");
            TermState state = book.term(term);
            boolean correctedSinceSeal = book.corrections().stream().anyMatch(r -> r.status() == CorrectionStatus.APPROVED
                    && r.cell().term() == term && r.version() > state.version());
            if (state.status() == TermStatus.APPROVED && !correctedSinceSeal) {
                throw transition("Term.approved", "kết quả học kỳ đã được duyệt và không có sửa đổi mới",
                        "the semester's results are approved and nothing was corrected since");
            }
            List<String> missing = book.missing(term);
            if (!missing.isEmpty()) {
                throw new ResultsIncompleteException(term, missing, book.responsibleFor(missing));
            }
            return new GradeBookEvent.ResultsApproved(who, StaffRole.PRINCIPAL, at, term);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static SubjectSheet checkCell(GradeBook book, MarkCell cell, Mark mark) {
        requireStudent(book, cell.studentId());
        SubjectSheet sheet = book.subject(cell.subjectCode()).orElseThrow(() -> InvalidValueException.of(
                "cell.subjectCode", "GradeBook.unknownSubject", LocalizedText.of(
                        "lớp không học môn này", "the class does not have this subject"), cell.subjectCode()));
        if (cell.index() >= sheet.columns(cell.kind())) {
            throw InvalidValueException.of("cell.index", "GradeBook.unknownColumn", LocalizedText.of(
                    "môn chỉ có " + sheet.columns(cell.kind()) + " cột " + cell.kind() + " mỗi học kỳ (TT 22/2021 Điều 6.2)",
                    "the subject has " + sheet.columns(cell.kind()) + " " + cell.kind() + " columns per semester (TT 22/2021 Điều 6.2)"),
                    cell.index());
        }
        if (sheet.byComment() != (mark instanceof CommentResult)) {
            throw InvalidValueException.of("mark", "GradeBook.markKind", LocalizedText.of(
                    sheet.byComment() ? "môn đánh giá bằng nhận xét: Đ hoặc CĐ (TT 22/2021 Điều 5.3a)"
                            : "môn đánh giá bằng điểm số: 0–10 (TT 22/2021 Điều 5.3b)",
                    sheet.byComment() ? "a subject assessed by comment takes Đ or CĐ (TT 22/2021 Điều 5.3a)"
                            : "a subject assessed by score takes 0–10 (TT 22/2021 Điều 5.3b)"), MarkJson.text(mark));
        }
        return sheet;
    }

    private static void requireStudent(GradeBook book, String studentId) {
        if (!book.hasStudent(studentId)) {
            throw InvalidValueException.of("studentId", "GradeBook.unknownStudent", LocalizedText.of(
                    "học sinh không thuộc lớp", "the student is not in the class"), studentId);
        }
    }

    private static void requireTeacherOfRecord(SubjectSheet sheet, String actorId) {
        if (!sheet.teacherId().equals(actorId)) {
            throw new NotTeacherOfRecordException(actorId, sheet.subject().code(), sheet.teacherId());
        }
    }

    private static void requireHomeroom(GradeBook book, String actorId, String action) {
        if (!book.homeroomTeacherId().equals(actorId)) {
            throw new ActionNotPermittedException(actorId, action, StaffRole.HOMEROOM_TEACHER, "002 §II.2; TT 22/2021 Điều 8");
        }
    }

    private static void requirePrincipal(Staff actor, String action, String citation) {
        if (!actor.has(StaffRole.PRINCIPAL)) {
            throw new ActionNotPermittedException(actor.id(), action, StaffRole.PRINCIPAL, citation);
        }
    }

    private static void requireOpen(GradeBook book, Term term) {
        TermState state = book.term(term);
        if (state.status() != TermStatus.OPEN) {
            throw new GradeBookLockedException(state.term(), state.status());
        }
    }

    private static Term requireSemester(Term term) {
        if (term == Term.WHOLE_YEAR) {
            throw InvalidValueException.of("term", "GradeBook.semester", LocalizedText.of(
                    "khóa và duyệt theo học kỳ I hoặc II", "locks and approvals are per semester, I or II"), term);
        }
        return term;
    }

    private static Mark requireChange(GradeBook book, MarkCell cell, Mark mark) {
        Mark old = book.mark(cell).orElseThrow(() -> transition("Mark.notEntered",
                "ô điểm chưa có điểm; hãy nhập lần đầu: " + cell, "the cell has no mark yet; enter it first: " + cell));
        if (old.equals(mark)) {
            throw transition("Mark.unchanged", "điểm không đổi: " + cell, "the mark is unchanged: " + cell);
        }
        return old;
    }

    private static void requireNoPendingCorrection(GradeBook book, MarkCell cell) {
        if (book.corrections().stream().anyMatch(r -> r.cell().equals(cell) && r.status().isPending())) {
            throw transition("Correction.pending", "ô điểm đang có đề nghị sửa chờ duyệt: " + cell,
                    "a correction request for the cell is pending: " + cell);
        }
    }

    private static CorrectionRequest requireRequest(GradeBook book, long id) {
        return book.correction(id).orElseThrow(() -> InvalidValueException.of("requestId", "Correction.unknown",
                LocalizedText.of("không có đề nghị sửa điểm này", "no such correction request"), id));
    }

    private static Evidence requireEvidence(GradeBook book, String reason, Optional<Evidence> evidence, String studentId) {
        if (reason.isBlank()) {
            throw new EvidenceRequiredException("reason", LocalizedText.of("thiếu lý do", "the reason is missing"));
        }
        Evidence e = evidence.orElseThrow(() -> new EvidenceRequiredException("evidence",
                LocalizedText.of("thiếu minh chứng", "the evidence is missing")));
        if (e.kind() == EvidenceKind.ORAL_CONFIRMATION) {
            List<String> signers = e.confirmingStudentIds();
            if (!signers.contains(studentId) || !signers.stream().allMatch(book::hasStudent)) {
                throw new EvidenceRequiredException("evidence.confirmingStudentIds", LocalizedText.of(
                        "xác nhận điểm miệng do chính học sinh được sửa điểm và một học sinh khác của lớp ký",
                        "an oral-score confirmation is signed by the student concerned and another student of the class"));
            }
        }
        return e;
    }

    private static InvalidTransitionException transition(String rule, String vi, String en) {
        return new InvalidTransitionException(rule, LocalizedText.of(vi, en));
    }
}
