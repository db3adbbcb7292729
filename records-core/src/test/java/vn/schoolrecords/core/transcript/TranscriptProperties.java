package vn.schoolrecords.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Subject;

/** JSON identity, reissue numbering and the typed errors of bad input, over many cases. */
class TranscriptProperties {

    private static final Transcript SECONDARY = SampleTranscripts.secondary(21);
    private static final Transcript PRIMARY = SampleTranscripts.primary(21);

    /** A reissue (true) or the cancellation of the copy at the index (false). */
    record Op(boolean reissue, int index, int days) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 3).map(i -> i != 0),
                Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 400)).as(Op::new)
                .list().ofMaxSize(12);
    }

    /** Applies the operations that are allowed, skipping the typed refusals. */
    private static Transcript apply(Transcript t, List<Op> ops) {
        LocalDate date = LocalDate.of(2026, 7, 1);
        for (Op op : ops) {
            date = date.plusDays(op.days());
            if (op.reissue()) {
                t = t.reissue(date, "Phụ huynh học sinh", "Mất học bạ lần " + (t.reissues().size() + 1));
            } else if (op.index() < t.reissues().size() && t.reissues().get(op.index()).valid()) {
                t = t.cancelReissue(op.index() + 1, new ReissueCancellation(date, "In sai"));
            }
        }
        return t;
    }

    @Property(tries = 60)
    void transcriptIsReadBackEqualAndWrittenAgainIdentically(@ForAll boolean primary,
            @ForAll @IntRange(min = 0, max = 5) int pages, @ForAll("ops") List<Op> ops) {
        Transcript whole = primary ? PRIMARY : SECONDARY;
        int kept = Math.min(pages, whole.years().size());
        Transcript t = new Transcript(Transcript.SCHEMA, whole.student(), whole.level(), whole.openedBy(),
                whole.years().subList(0, kept), List.of(),
                kept == whole.years().size() ? whole.closing() : Optional.empty(), List.of());
        if (kept > 0) {
            t = apply(t, ops);
        }

        String json = RecordsJson.write(t);
        Transcript read = RecordsJson.read(json, Transcript.class);

        assertThat(read).isEqualTo(t);
        assertThat(RecordsJson.write(read)).isEqualTo(json);
    }

    @Property(tries = 200)
    void reissueNumbersGoUpByOneAndAreNeverReused(@ForAll("ops") List<Op> ops) {
        Transcript t = SECONDARY;
        List<Integer> issued = new ArrayList<>();
        LocalDate date = LocalDate.of(2026, 7, 1);
        for (Op op : ops) {
            date = date.plusDays(op.days());
            int before = t.nextReissueNumber();
            if (op.reissue()) {
                t = t.reissue(date, "Học sinh", "Mất");
                int number = t.reissues().get(t.reissues().size() - 1).number();
                assertThat(number).isEqualTo(before).isNotIn(issued);
                issued.add(number);
            } else if (op.index() < t.reissues().size() && t.reissues().get(op.index()).valid()) {
                t = t.cancelReissue(op.index() + 1, new ReissueCancellation(date, "Hủy"));
                assertThat(t.nextReissueNumber()).isEqualTo(before);
            }
        }
        assertThat(t.reissues()).extracting(Reissue::number).isEqualTo(issued);
        for (int i = 0; i < issued.size(); i++) {
            assertThat(issued.get(i)).isEqualTo(i + 1);
        }
    }

    @Provide
    Arbitrary<Subject> grade8Subjects() {
        SchoolRoster roster = TranscriptFixtures.SCHOOL_A.get(2);
        return Arbitraries.of(roster.curriculum(vn.schoolrecords.core.school.GradeLevel.of(8)).orElseThrow().subjects());
    }

    @Property(tries = 12)
    void anySubjectWithoutItsTeacherIsTeacherMissingNamingIt(@ForAll("grade8Subjects") Subject subject) {
        SchoolRoster roster = TranscriptFixtures.SCHOOL_A.get(2);
        String studentId = TranscriptFixtures.STUDENT.id();
        String classId = TranscriptFixtures.classOfStudent(roster, studentId);
        SchoolRoster without = TranscriptFixtures.withoutTeacher(roster, classId, subject.code());
        var outcome = TranscriptFixtures.assess(TranscriptFixtures.year(roster, classId, studentId,
                s -> new String[] {"7", "8"}));

        TranscriptException e = catchThrowableOfType(TranscriptException.class, () -> TranscriptYear.fromSecondary(
                outcome, without, classId, TranscriptFixtures.confirmation(roster)));

        assertThat(e.problem()).isEqualTo(TranscriptProblem.TEACHER_MISSING);
        assertThat(e.subjectCode()).contains(subject.code());
    }

    @Property(tries = 50)
    void aClosedTranscriptRefusesToCloseAgainOnAnyDay(@ForAll @IntRange(min = -400, max = 4000) int days) {
        LocalDate date = SECONDARY.closing().orElseThrow().date().plusDays(days);

        TranscriptException e = catchThrowableOfType(TranscriptException.class, () -> SECONDARY.close(date));

        assertThat(e.problem()).isEqualTo(TranscriptProblem.ALREADY_CLOSED);
    }

    @Property(tries = 50)
    void aTransferBetweenOneSchoolIsAlwaysRefused(@ForAll @IntRange(min = 0, max = 3000) int days) {
        var school = SECONDARY.openedBy();

        TranscriptException e = catchThrowableOfType(TranscriptException.class,
                () -> Transfer.of(LocalDate.of(2022, 9, 5).plusDays(days), school, school));

        assertThat(e.problem()).isEqualTo(TranscriptProblem.TRANSFER_TO_SAME_SCHOOL);
    }
}
