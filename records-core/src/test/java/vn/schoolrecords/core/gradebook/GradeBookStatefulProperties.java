package vn.schoolrecords.core.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.audit.AuditEntry;
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
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.Term;

/**
 * Random sequences of entries, edits, requests, decisions, locks and unlocks by random actors,
 * checked step by step against rules restated here independently of the workflow.
 */
class GradeBookStatefulProperties {

    // the fixture's assignments, restated: who may do what
    private static final Map<String, String> TEACHER_OF = Map.of("TOAN", "GV01", "GDTC", "GV02");
    private static final String HOMEROOM = "GV02";
    private static final String PRINCIPAL = "HT01";
    private static final Set<String> LOCKERS = Set.of("HT01", "QT01");
    // the seed default restated: one week before 23 Dec 2024 and 5 May 2025
    private static final Map<Term, LocalDate> LAST_DAY = Map.of(Term.FIRST, LocalDate.of(2024, 12, 16),
            Term.SECOND, LocalDate.of(2025, 4, 28));
    private static final String[] STUDENTS = {"HS01", "HS02", "HS03", "HS99"};
    private static final String[] SUBJECTS = {"TOAN", "GDTC"};

    @Provide
    Arbitrary<List<List<Integer>>> steps() {
        return Arbitraries.integers().between(0, 1_000_000).list().ofSize(10).list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 300)
    void randomActorsAndCommandsKeepEveryInvariant(@ForAll("steps") List<List<Integer>> steps) {
        GradeBookFixture.Journal j = GradeBookFixture.Journal.start();
        Instant now = GradeBookFixture.OPENED_AT;
        for (List<Integer> r : steps) {
            now = now.plusSeconds(3600L * (r.get(8) % 120));
            GradeBookCommand command = command(j.book(), r);
            GradeBook before = j.book();
            try {
                GradeBookDecision d = GradeBookWorkflow.decide(before, command, now, GradeBookFixture.POLICY);
                Statistics.label("event").collect(d.entries().get(0).event().getClass().getSimpleName());
                checkApplied(before, command, d, now);
                j = new GradeBookFixture.Journal(d.book(), j.log().append(d), now);
            } catch (RecordsException e) {
                Statistics.label("outcome").collect(e.code());
                assertThat(j.book()).isSameAs(before);
                if (!mayAct(command, before)) {
                    assertThat(e.code()).isIn("NOT_TEACHER_OF_RECORD", "ACTION_NOT_PERMITTED", "VERSION_CONFLICT",
                            "INVALID_VALUE");
                }
            }
        }
        assertThat(j.log().replay()).isEqualTo(j.book());
        assertThat(GradeBookLog.parse(j.log().toJson())).isEqualTo(j.log());
        // the random sequences must reach every path that changes an entered value
        Statistics.label("event").coverage(c -> {
            for (String kind : List.of("MarkEntered", "MarkEdited", "ConductEdited", "CorrectionRequested",
                    "CorrectionConfirmed", "CorrectionApproved", "CorrectionRejected", "TermLocked", "TermUnlocked")) {
                c.check(kind).count(n -> n > 0);
            }
        });
    }

    private static void checkApplied(GradeBook before, GradeBookCommand command, GradeBookDecision d, Instant now) {
        assertThat(mayAct(command, before)).as("an unauthorised actor changed the grade book: %s", command).isTrue();
        assertThat(command.expectedVersion()).isEqualTo(before.version());
        assertThat(d.book().version()).isEqualTo(before.version() + 1);
        assertThat(d.entries()).hasSize(1);
        AuditEntry<GradeBookEvent> entry = d.entries().get(0);
        assertThat(entry.previous()).isEqualTo(before.head());
        assertThat(entry.isIntact()).isTrue();
        GradeBookEvent event = entry.event();
        assertThat(event.actorId()).isEqualTo(command.actor().id());
        assertThat(event.at()).isEqualTo(now);
        // nothing changes in a locked semester except through an approved correction
        for (MarkEntry m : d.book().marks()) {
            Optional<Mark> old = before.mark(m.cell());
            if (!old.equals(Optional.of(m.mark())) && before.term(m.cell().term()).status() != TermStatus.OPEN) {
                assertThat(event).isInstanceOf(GradeBookEvent.CorrectionApproved.class);
            }
        }
        for (ConductEntry c : d.book().conduct()) {
            if (!before.conduct(c.studentId(), c.term()).equals(Optional.of(c.level()))) {
                assertThat(before.term(c.term()).status()).isEqualTo(TermStatus.OPEN);
            }
        }
        // a direct edit: by the deadline, never of an end-of-term score, always with reason and evidence
        if (event instanceof GradeBookEvent.MarkEdited e) {
            assertThat(LocalDate.ofInstant(now, EditPolicy.VIETNAM)).isBeforeOrEqualTo(LAST_DAY.get(e.cell().term()));
            assertThat(e.cell().kind()).isNotEqualTo(AssessmentKind.END_OF_TERM);
            assertThat(e.reason()).isNotBlank();
            assertThat(e.oldMark()).isEqualTo(before.mark(e.cell()).orElseThrow());
        }
        if (event instanceof GradeBookEvent.CorrectionRequested e) {
            assertThat(e.reason()).isNotBlank();
        }
        if (event instanceof GradeBookEvent.CorrectionApproved e) {
            assertThat(before.correction(e.requestId()).orElseThrow().status()).isEqualTo(CorrectionStatus.CONFIRMED);
        }
        if (event instanceof GradeBookEvent.ResultsApproved e) {
            assertThat(before.missing(e.term())).isEmpty();
        }
    }

    /** Who may give the command at all, whatever the state. */
    private static boolean mayAct(GradeBookCommand c, GradeBook book) {
        String who = c.actor().id();
        if (c instanceof EnterMark m) {
            return who.equals(TEACHER_OF.get(m.cell().subjectCode()));
        }
        if (c instanceof EditMark m) {
            return who.equals(TEACHER_OF.get(m.cell().subjectCode()));
        }
        if (c instanceof RequestCorrection m) {
            return who.equals(TEACHER_OF.get(m.cell().subjectCode()));
        }
        if (c instanceof EnterConduct || c instanceof EditConduct || c instanceof ConfirmCorrection) {
            return who.equals(HOMEROOM);
        }
        if (c instanceof LockTerm) {
            return LOCKERS.contains(who);
        }
        return who.equals(PRINCIPAL);
    }

    private static GradeBookCommand command(GradeBook book, List<Integer> r) {
        Staff actor = GradeBookFixture.STAFF.get(r.get(1) / 3 % GradeBookFixture.STAFF.size());
        long v = r.get(9) % 23 == 0 ? Math.max(0, book.version() - 1 - r.get(9) % 3) : book.version();
        String student = STUDENTS[r.get(2) % (r.get(2) % 10 == 0 ? 4 : 3)];
        String subject = SUBJECTS[r.get(3) % 2];
        Term term = r.get(4) % 2 == 0 ? Term.FIRST : Term.SECOND;
        AssessmentKind kind = AssessmentKind.values()[r.get(5) % 3];
        int index = kind == AssessmentKind.REGULAR ? r.get(6) % 5 : (r.get(6) % 9 == 0 ? 1 : 0);
        MarkCell cell = MarkCell.of(student, subject, term, kind, index);
        boolean wrongKind = r.get(7) % 17 == 0;
        Mark mark = subject.equals("TOAN") != wrongKind ? Score.ofTenths(r.get(7) % 101)
                : (r.get(7) % 2 == 0 ? CommentResult.PASS : CommentResult.FAIL);
        String reason = r.get(9) % 5 == 0 ? " " : "Nhập nhầm";
        Optional<Evidence> evidence = r.get(9) % 7 == 0 ? Optional.empty()
                : Optional.of(r.get(9) % 3 == 0 ? Evidence.oralConfirmation("Biên bản", student, student.equals("HS02") ? "HS03" : "HS02")
                        : Evidence.testPaper("Bài kiểm tra"));
        List<CorrectionRequest> requests = new ArrayList<>(book.corrections());
        // while a request is open, one step in four takes it further (confirm, approve or reject), so
        // that every seed reaches each decision within its tries, not only the lucky ones
        int kindOfCommand = r.get(0) % 13;
        List<CorrectionRequest> filed = requests.stream().filter(q -> q.status() == CorrectionStatus.FILED).toList();
        List<CorrectionRequest> confirmed = requests.stream()
                .filter(q -> q.status() == CorrectionStatus.CONFIRMED).toList();
        if (r.get(8) % 4 == 0 && !(filed.isEmpty() && confirmed.isEmpty())) {
            if (r.get(5) % 3 == 0) {
                kindOfCommand = 9;
                requests = new ArrayList<>(filed);
                requests.addAll(confirmed);
            } else {
                kindOfCommand = confirmed.isEmpty() ? 7 : 8;
                requests = new ArrayList<>(confirmed.isEmpty() ? filed : confirmed);
            }
        }
        long requestId = requests.isEmpty() || r.get(6) % 11 == 0 ? r.get(6) % 50
                : requests.get(r.get(6) % requests.size()).id();
        // bias towards cells that already hold a mark, so that edits and requests happen
        if (!book.marks().isEmpty() && r.get(0) % 2 == 1) {
            MarkCell existing = book.marks().get(r.get(6) % book.marks().size()).cell();
            cell = existing;
            mark = existing.subjectCode().equals("TOAN") ? Score.ofTenths(r.get(7) % 101)
                    : (r.get(7) % 2 == 0 ? CommentResult.PASS : CommentResult.FAIL);
        }
        AchievementLevel level = AchievementLevel.values()[r.get(7) % 4];
        Term conductTerm = Term.values()[r.get(4) % 3];
        if (!book.conduct().isEmpty() && r.get(0) % 2 == 1) {
            ConductEntry existing = book.conduct().get(r.get(6) % book.conduct().size());
            student = existing.studentId();
            conductTerm = existing.term();
        }
        if (r.get(1) % 3 != 0) {
            // two times in three, the actor who holds the right, so that authorised paths are exercised too
            actor = switch (kindOfCommand) {
                case 0, 1, 2, 3, 6 -> cell.subjectCode().equals("TOAN") ? GradeBookFixture.MATHS : GradeBookFixture.HOMEROOM;
                case 4, 5, 7 -> GradeBookFixture.HOMEROOM;
                case 10 -> r.get(1) % 2 == 0 ? GradeBookFixture.ADMIN : GradeBookFixture.PRINCIPAL;
                default -> GradeBookFixture.PRINCIPAL;
            };
        }
        return switch (kindOfCommand) {
            case 0, 1, 2 -> new EnterMark(actor, v, cell, mark);
            case 3 -> new EditMark(actor, v, cell, mark, reason, evidence);
            case 4 -> new EnterConduct(actor, v, student, conductTerm, level);
            case 5 -> new EditConduct(actor, v, student, conductTerm, level, reason, evidence);
            case 6 -> new RequestCorrection(actor, v, cell, mark, reason, evidence);
            case 7 -> new ConfirmCorrection(actor, v, requestId);
            case 8 -> new ApproveCorrection(actor, v, requestId, r.get(7) % 2 == 0 ? "" : "Đồng ý");
            case 9 -> new RejectCorrection(actor, v, requestId, r.get(7) % 3 == 0 ? "" : "Không đủ căn cứ");
            case 10 -> new LockTerm(actor, v, term);
            case 11 -> new UnlockTerm(actor, v, term, r.get(7) % 3 == 0 ? "" : "Bổ sung");
            default -> new ApproveResults(actor, v, term);
        };
    }
}
