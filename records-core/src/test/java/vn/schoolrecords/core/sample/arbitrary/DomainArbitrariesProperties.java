package vn.schoolrecords.core.sample.arbitrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.RecordsValidation;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.core.transcript.Transcript;

/** The published arbitraries draw only valid values, and the sample ones replay from jqwik's seed. */
class DomainArbitrariesProperties {

    @Provide
    Arbitrary<Score> scores() {
        return DomainArbitraries.scores();
    }

    @Test
    void scoresAreEveryTenthFromZeroToTenAndNothingElse() {
        List<Integer> all = new ArrayList<>();
        DomainArbitraries.scores().exhaustive().orElseThrow().forEach(s -> all.add(s.tenths()));
        assertThat(all).hasSize(101).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t).isBetween(0, 100));
    }

    @Property(tries = 200)
    void scoresBetweenStayBetween(@ForAll("scores") Score a, @ForAll("scores") Score b, @ForAll long seed) {
        Score min = a.compareTo(b) <= 0 ? a : b;
        Score max = a.compareTo(b) <= 0 ? b : a;
        Score drawn = DomainArbitraries.scoresBetween(min, max).generator(100).next(new Random(seed)).value();
        assertThat(drawn).isBetween(min, max);
    }

    @Test
    void theEdgeCasesAreTheBoundsAndTheThresholds() {
        assertThat(edgeTenths(DomainArbitraries.scores())).contains(0, 35, 50, 65, 80, 100);
        assertThat(edgeTenths(DomainArbitraries.scoresBetween(Score.ofTenths(40), Score.ofTenths(60))))
                .contains(40, 50, 60).doesNotContain(35, 65);
    }

    private static List<Integer> edgeTenths(Arbitrary<Score> scores) {
        List<Integer> tenths = new ArrayList<>();
        scores.edgeCases().forEach(s -> tenths.add(s.value().tenths()));
        return tenths;
    }

    @Test
    void anEmptyRangeIsRefusedWithItsCode() {
        assertThatThrownBy(() -> DomainArbitraries.scoresBetween(Score.TEN, Score.ZERO))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("DomainArbitraries.scoreRange"));
    }

    @Property(tries = 100)
    void marksFollowTheSubjectsMode(@ForAll boolean byComment, @ForAll long seed) {
        AssessmentMode mode = byComment ? AssessmentMode.COMMENT : AssessmentMode.SCORE;
        Mark mark = DomainArbitraries.marks(mode).generator(100).next(new Random(seed)).value();
        assertThat(mark).isInstanceOf(byComment ? CommentResult.class : Score.class);
    }

    @Test
    void primarySubjectsHaveNoMarks() {
        for (AssessmentMode mode : new AssessmentMode[] {AssessmentMode.LEVEL, AssessmentMode.LEVEL_AND_TEST}) {
            assertThatThrownBy(() -> DomainArbitraries.marks(mode)).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.violations().get(0).rule()).isEqualTo("DomainArbitraries.markMode"));
        }
    }

    @Property(tries = 6)
    void sampleRostersAreValidAndOfTheirLevel(@ForAll long seed) {
        for (EducationLevel level : new EducationLevel[] {
            EducationLevel.PRIMARY, EducationLevel.LOWER_SECONDARY, EducationLevel.UPPER_SECONDARY}) {
            SchoolRoster roster = DomainArbitraries.sampleRosters(level).generator(100).next(new Random(seed)).value();
            assertThat(RecordsValidation.requireValid(roster)).isSameAs(roster);
            assertThat(roster.school().levels()).contains(level);
        }
    }

    @Test
    void continuingEducationHasNoSampleRosterAndSaysSoAtOnce() {
        assertThatThrownBy(() -> DomainArbitraries.sampleRosters(EducationLevel.CONTINUING))
                .isInstanceOf(InvalidValueException.class);
    }

    @Property(tries = 4)
    void theSameJqwikRandomGivesTheSameSample(@ForAll long seed) {
        Arbitrary<SchoolRoster> rosters = DomainArbitraries.sampleRosters(EducationLevel.LOWER_SECONDARY);
        assertThat(RecordsJson.write(rosters.generator(100).next(new Random(seed)).value()))
                .isEqualTo(RecordsJson.write(rosters.generator(100).next(new Random(seed)).value()));
    }

    @Provide
    Arbitrary<Transcript> transcripts() {
        return DomainArbitraries.sampleTranscripts();
    }

    @Property(tries = 3, shrinking = ShrinkingMode.OFF)
    void sampleTranscriptsAreClosedAndRoundTripThroughJson(@ForAll("transcripts") Transcript transcript) {
        assertThat(transcript.closing()).isPresent();
        assertThat(RecordsJson.read(RecordsJson.write(transcript), Transcript.class)).isEqualTo(transcript);
    }

    @Provide
    Arbitrary<SampleGradeBook> gradeBooks() {
        return DomainArbitraries.sampleGradeBooks(Term.FIRST);
    }

    @Property(tries = 2, shrinking = ShrinkingMode.OFF)
    void sampleGradeBooksReplayToTheirClass(@ForAll("gradeBooks") SampleGradeBook sample) {
        GradeBook book = sample.book();
        assertThat(book.classId()).isEqualTo(sample.group().id());
        assertThat(book.studentIds()).containsExactlyInAnyOrderElementsOf(
                sample.roster().studentsOf(sample.group().id()).stream().map(s -> s.id()).toList());
        assertThat(sample.roster().classes()).contains(sample.group());
    }

    @Test
    void aSampleGradeBookOfAClassOutsideItsRosterIsRefused() {
        SchoolRoster one = vn.schoolrecords.core.sample.SampleSchools.secondary(1);
        SchoolRoster other = vn.schoolrecords.core.sample.SampleSchools.primary(1);
        assertThatThrownBy(() -> SampleGradeBook.of(1, one, other.classes().get(0),
                vn.schoolrecords.core.gradebook.GradeBookLog.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("SampleGradeBook.group"));
    }

    @Test
    void aGradeBookIsFilledUpToASemesterNotTheWholeYear() {
        assertThatThrownBy(() -> DomainArbitraries.sampleGradeBooks(Term.WHOLE_YEAR))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("DomainArbitraries.gradeBookTerm"));
    }
}
