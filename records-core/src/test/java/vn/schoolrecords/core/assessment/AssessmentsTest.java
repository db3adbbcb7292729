package vn.schoolrecords.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.schoolrecords.core.assessment.AchievementLevel.FAIL;
import static vn.schoolrecords.core.assessment.AchievementLevel.FAIR;
import static vn.schoolrecords.core.assessment.AchievementLevel.GOOD;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.gdtx;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.subjects;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.year;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AssessmentsTest {

    private static List<SecondaryYear> aClass() {
        return List.of(
                year("A", subjects("9", "9", "9", "9", "9", "9", "9", "9")),
                year("B", subjects("7", "7", "7", "7", "7", "7", "7", "7")),
                year("C", subjects("4,5", "6", "3,2", "6", "6", "6", "6", "5")),
                year("D", subjects("8", "8", "8", "8", "8", "8", "8", "8"), GOOD, FAIL, 0),
                year("E", subjects("8", "8", "8", "8", "8", "8", "8", "8"), GOOD, GOOD, 50),
                SecondaryFixtures.disabled(year("F", subjects("3", "3", "3", "3", "3", "3", "3", "3"))));
    }

    @Test
    void aClassIsAssessedInOneCallWithTheHomeroomTeachersLists() {
        ClassAssessment result = Assessments.standard().assessClass(aClass());
        assertThat(result.outcomes()).extracting(YearOutcome::studentId).containsExactly("A", "B", "C", "D", "E", "F");
        ClassSummary summary = result.summary();
        assertThat(summary.total()).isEqualTo(6);
        assertThat(summary.learningLevels()).containsExactly(Map.entry(GOOD, 3), Map.entry(FAIR, 1),
                Map.entry(FAIL, 2));
        assertThat(summary.conductLevels()).containsExactly(Map.entry(GOOD, 5), Map.entry(FAIL, 1));
        assertThat(summary.promoted()).containsExactly("A", "B");
        assertThat(summary.summerReassessment()).containsExactly(Map.entry("C", List.of("TOAN", "NGOAI_NGU_1")));
        assertThat(summary.summerConductTraining()).containsExactly("D");
        assertThat(summary.notPromoted()).containsExactly("E");
        assertThat(summary.principalDecides()).containsExactly("F");
        assertThat(summary.awarded()).containsExactly(Map.entry(Award.EXCELLENT_STUDENT, List.of("A")),
                Map.entry(Award.GOOD_STUDENT, List.of("E")));
        assertThat(summary.countOf(PromotionStatus.PROMOTED)).isEqualTo(2);
        assertThat(summary.countOfLearning(GOOD)).isEqualTo(3);
        assertThat(summary.countOfConduct(FAIR)).isZero();
        assertThat(summary.listsKept()).isTrue();
    }

    @Test
    void countsOnlyKeepsTheCountsAndNoLists() {
        ClassSummary counts = Assessments.standard().summarize(aClass().stream(), false);
        ClassSummary full = Assessments.standard().summarize(aClass().stream(), true);
        assertThat(counts.learningLevels()).isEqualTo(full.learningLevels());
        assertThat(counts.promotions()).isEqualTo(full.promotions());
        assertThat(counts.awards()).isEqualTo(full.awards());
        assertThat(counts.promoted()).isEmpty();
        assertThat(counts.summerReassessment()).isEmpty();
        assertThat(counts.listsKept()).isFalse();
    }

    @Test
    void streamsAreAssessedLazilyAndSchoolsMixRegimes() {
        AtomicInteger read = new AtomicInteger();
        Stream<SecondaryYear> school = IntStream.range(0, 2000).mapToObj(i -> i % 10 == 0
                ? gdtx("HV" + i, subjects("8", "8", "8", "8", "8", "8"), GOOD, GOOD)
                : year("HS" + i, subjects("7", "7", "7", "7", "7", "7", "7", "7"))).peek(r -> read.incrementAndGet());
        Stream<YearOutcome> outcomes = Assessments.standard().assessAll(school);
        assertThat(read).hasValue(0);
        ClassSummary summary = outcomes.collect(ClassSummary.collector());
        assertThat(read).hasValue(2000);
        assertThat(summary.total()).isEqualTo(2000);
        assertThat(summary.countOfLearning(FAIR)).isEqualTo(1800);
        assertThat(summary.countOfLearning(GOOD)).isEqualTo(200);
        assertThat(summary.awards()).containsExactly(Map.entry(Award.GOOD_LEARNER, 200));
    }

    @Test
    void parallelStreamsGiveTheSameCounts() {
        List<SecondaryYear> many = IntStream.range(0, 50).boxed().flatMap(i -> aClass().stream()).toList();
        ClassSummary sequential = Assessments.standard().summarize(many.stream(), true);
        ClassSummary parallel = Assessments.standard().summarize(many.parallelStream(), true);
        assertThat(parallel.learningLevels()).isEqualTo(sequential.learningLevels());
        assertThat(parallel.promotions()).isEqualTo(sequential.promotions());
        assertThat(parallel.promoted()).hasSameSizeAs(sequential.promoted());
    }

    @Test
    void aRegimesRulesCanBeReplaced() {
        Tt22Rules down = Tt22Rules.standard().withAveragePolicy(new AveragePolicy(RoundingMode.DOWN, true));
        Assessments custom = Assessments.standard().withRules(down);
        SecondaryYear y = year("A", subjects("9", "9", "9", "9", "9", "9", "9", "9"));
        assertThat(custom.rulesFor(y)).isSameAs(down);
        assertThat(((SecondaryOutcome) custom.assess(y)).averagePolicy()).isEqualTo(down.averagePolicy());
        assertThat(Assessments.standard().rulesFor(y)).isSameAs(Tt22Rules.standard());
    }
}
