package vn.schoolrecords.core.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.gradebook.AssessmentKind;
import vn.schoolrecords.core.gradebook.EditPolicy;
import vn.schoolrecords.core.gradebook.Evidence;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.GradeBookCommand;
import vn.schoolrecords.core.gradebook.GradeBookDecision;
import vn.schoolrecords.core.gradebook.GradeBookLog;
import vn.schoolrecords.core.gradebook.GradeBookWorkflow;
import vn.schoolrecords.core.gradebook.MarkCell;
import vn.schoolrecords.core.gradebook.SubjectSheet;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Term;

/**
 * Sample grade books (sổ điểm mẫu) of a sample roster's class, for demonstrations, printouts and
 * vendors' tests: opened by the principal on 5 September, every mark of semester I (and, when
 * asked, semester II) entered by its teacher of record through {@link GradeBookWorkflow}, the
 * conduct by the homeroom teacher, and in November a few direct edits with reason and evidence —
 * so that the month's {@link vn.schoolrecords.core.gradebook.EditLogReport} has content. The
 * same seed gives the same log; nothing reads the clock.
 *
 * <pre>{@code
 * SchoolRoster roster = SampleSchools.upperSecondary(1);
 * GradeBookLog log = SampleGradeBooks.log(roster, roster.classes().get(0).id(), Term.FIRST, 7);
 * GradeBook book = log.replay();
 * }</pre>
 */
public final class SampleGradeBooks {

    /** How many marks are edited directly in November of the year. */
    public static final int NOVEMBER_EDITS = 6;

    private SampleGradeBooks() {
    }

    /**
     * The school's edit policy of the sample: semester I assessed on the third Monday of December
     * of the year's start (edits up to a week before), semester II on the first Monday of May.
     *
     * @param roster the roster, not null
     * @return the policy, not null
     */
    public static EditPolicy policy(SchoolRoster roster) {
        int start = roster.year().startYear();
        return EditPolicy.seedDefault(LocalDate.of(start, 12, 22), LocalDate.of(start + 1, 5, 4));
    }

    /**
     * The log of a sample class's grade book.
     *
     * @param roster a lower-secondary roster such as {@link SampleSchools#secondary(long)}, not null
     *     (an upper-secondary sample class follows an elective combination, while
     *     {@link GradeBookWorkflow#open} asks a teacher for every subject of the grade's curriculum)
     * @param classId the class, not null
     * @param upTo {@link Term#FIRST} to fill semester I only, {@link Term#SECOND} to fill both, not null
     * @param seed the seed of the marks
     * @return the log, from its opening, not null
     * @throws InvalidValueException if the roster has no principal, or the class cannot have a grade book
     */
    public static GradeBookLog log(SchoolRoster roster, String classId, Term upTo, long seed) {
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(upTo, "upTo");
        Staff principal = roster.staff().stream().filter(s -> s.has(StaffRole.PRINCIPAL)).findFirst()
                .orElseThrow(() -> InvalidValueException.of("staff", "SampleGradeBooks.principal",
                        LocalizedText.of("danh sách trường không có hiệu trưởng", "the roster has no principal"),
                        roster.school().code()));
        int start = roster.year().startYear();
        EditPolicy policy = policy(roster);
        GradeBookDecision opened = GradeBookWorkflow.open(roster, classId, principal, at(start, 9, 5, 7, 30));
        State s = new State(opened.book(), GradeBookLog.empty().append(opened), policy);
        SplittableRandom random = new SplittableRandom(seed);
        s = fill(s, roster, Term.FIRST, at(start, 10, 20, 20, 0), random);
        s = edits(s, roster, at(start, 11, 12, 21, 0), random);
        if (upTo != Term.FIRST) {
            s = fill(s, roster, Term.SECOND, at(start + 1, 3, 20, 20, 0), random);
        }
        return s.log();
    }

    private record State(GradeBook book, GradeBookLog log, EditPolicy policy) {
        State then(GradeBookCommand command, Instant at) {
            GradeBookDecision d = GradeBookWorkflow.decide(book, command, at, policy);
            return new State(d.book(), log.append(d), policy);
        }
    }

    private static State fill(State s, SchoolRoster roster, Term term, Instant at, SplittableRandom random) {
        GradeBook book = s.book();
        for (String student : book.studentIds()) {
            int ability = 45 + random.nextInt(50);
            for (SubjectSheet sheet : book.subjects()) {
                Staff teacher = roster.staffMember(sheet.teacherId()).orElseThrow();
                for (AssessmentKind kind : AssessmentKind.values()) {
                    for (int i = 0; i < sheet.columns(kind); i++) {
                        Mark mark = sheet.byComment()
                                ? (random.nextInt(40) == 0 ? CommentResult.FAIL : CommentResult.PASS)
                                : Score.ofTenths(Math.max(0, Math.min(100, ability + random.nextInt(31) - 15)));
                        s = s.then(new GradeBookCommand.EnterMark(teacher, s.book().version(),
                                MarkCell.of(student, sheet.subject().code(), term, kind, i), mark), at);
                    }
                }
            }
            Staff homeroom = roster.staffMember(book.homeroomTeacherId()).orElseThrow();
            for (Term t : term == Term.FIRST ? List.of(Term.FIRST) : List.of(Term.SECOND, Term.WHOLE_YEAR)) {
                AchievementLevel level = random.nextInt(6) == 0 ? AchievementLevel.FAIR : AchievementLevel.GOOD;
                s = s.then(new GradeBookCommand.EnterConduct(homeroom, s.book().version(), student, t, level), at);
            }
        }
        return s;
    }

    private static State edits(State s, SchoolRoster roster, Instant at, SplittableRandom random) {
        List<SubjectSheet> scored = s.book().subjects().stream().filter(x -> !x.byComment()).toList();
        if (scored.isEmpty()) {
            return s;
        }
        List<String> students = s.book().studentIds();
        for (int n = 0; n < NOVEMBER_EDITS; n++) {
            SubjectSheet sheet = scored.get(n % Math.min(2, scored.size()));
            Staff teacher = roster.staffMember(sheet.teacherId()).orElseThrow();
            String student = students.get(random.nextInt(students.size()));
            MarkCell cell = MarkCell.of(student, sheet.subject().code(), Term.FIRST, AssessmentKind.REGULAR,
                    n % sheet.regularPerTerm());
            Score old = (Score) s.book().mark(cell).orElseThrow();
            Score corrected = Score.ofTenths(old.tenths() >= 95 ? old.tenths() - 5 : old.tenths() + 5);
            Evidence evidence = n % 2 == 0 ? Evidence.testPaper("Bài kiểm tra thường xuyên, lưu tại tổ chuyên môn")
                    : Evidence.personalGradeBook("Sổ điểm cá nhân, trang " + (3 + n));
            s = s.then(new GradeBookCommand.EditMark(teacher, s.book().version(), cell, corrected,
                    "Nhập nhầm điểm, đối chiếu lại với bài làm của học sinh", Optional.of(evidence)),
                    at.plusSeconds(600L * n));
        }
        return s;
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(EditPolicy.VIETNAM).toInstant();
    }
}
