package vn.schoolrecords.examples.developer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.Assessments;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.CommentTerm;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.assessment.ScoredTerm;
import vn.schoolrecords.core.assessment.SecondaryOutcome;
import vn.schoolrecords.core.assessment.SecondaryYear;
import vn.schoolrecords.core.assessment.SubjectResult;
import vn.schoolrecords.core.assessment.SubjectYear;
import vn.schoolrecords.core.assessment.TermAssessments;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.sample.arbitrary.DomainArbitraries;
import vn.schoolrecords.core.sample.arbitrary.SampleGradeBook;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.SubjectCatalogue;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.examples.internal.GradeBookYears;

/**
 * Example for developers: properties of one's own feature ({@link ParentLetter}) with the
 * library's jqwik arbitraries ({@link DomainArbitraries}, in records-core, package
 * {@code sample.arbitrary}; jqwik in the test scope is all it takes). Two sources of students:
 * whole sample classes from the sample generator, their grade books filled through the real
 * workflow, drawn by a seed that jqwik picks, shrinks and replays; and students of any
 * Vietnamese name with any marks TT 22/2021 allows, which reach the failing levels and summer
 * re-assessments that the sample classes rarely show. The real rules decide every outcome;
 * nothing is stubbed.
 */
class ParentLetterProperties {

    private static final GradeLevel GRADE = GradeLevel.of(8);
    private static final SchoolYear YEAR = SchoolYear.of(2025);

    @Provide
    Arbitrary<SampleGradeBook> sampleClasses() {
        return DomainArbitraries.sampleGradeBooks(Term.SECOND);
    }

    // Filling a whole class's year through the grade-book workflow takes seconds: a few tries.
    @Property(tries = 2, shrinking = ShrinkingMode.OFF)
    void theLetterOfEveryStudentOfASampleClassSaysWhatTheRulesDecided(@ForAll("sampleClasses") SampleGradeBook c) {
        GradeBook book = c.book();
        for (String id : book.studentIds()) {
            Student student = c.roster().student(id).orElseThrow();
            SecondaryOutcome outcome = (SecondaryOutcome) Assessments.standard()
                    .assess(GradeBookYears.of(book, c.group(), id).orElseThrow());
            assertTheLetterAgrees(student, outcome);
        }
    }

    /** A student and a year of grade 8 with marks drawn for every subject of the 2018 programme. */
    record AnyYear(Student student, SecondaryYear year) {
    }

    @Provide
    Arbitrary<AnyYear> anyYears() {
        // Each student has a floor under every score (0,0 for anyone up to 9,0 for the best), so
        // that the whole range of levels appears: from summer re-assessment to promotion.
        return DomainArbitraries.scoresBetween(Score.ZERO, Score.ofTenths(90)).flatMap(floor -> {
            List<Arbitrary<SubjectYear>> subjects = new ArrayList<>();
            for (Subject subject : SubjectCatalogue.programme2018(GRADE)) {
                subjects.add(Combinators.combine(term(subject.mode(), floor), term(subject.mode(), floor))
                        .as((first, second) -> SubjectYear.of(subject, first, second)));
            }
            Arbitrary<AchievementLevel> conduct = Arbitraries.of(AchievementLevel.class);
            return Combinators.combine(DomainArbitraries.students(), Combinators.combine(subjects).as(List::copyOf),
                    conduct, conduct)
                    .as((student, years, first, second) -> new AnyYear(student, SecondaryYear.of(student.id(),
                            EducationLevel.LOWER_SECONDARY, GRADE, YEAR, years, first, second, 0)));
        });
    }

    /** A semester's marks: four regular scores (enough for any subject), or two Đạt / Chưa đạt. */
    private static Arbitrary<TermAssessments> term(AssessmentMode mode, Score floor) {
        if (mode == AssessmentMode.COMMENT) {
            // Mostly Đạt: one Chưa đạt fails the subject's semester (TT 22/2021, Điều 9.1a).
            Arbitrary<CommentResult> results = Arbitraries.frequencyOf(
                    Tuple.of(12, Arbitraries.just(CommentResult.PASS)), Tuple.of(1, DomainArbitraries.commentResults()));
            return Combinators.combine(results.list().ofSize(2), results, results)
                    .as((regular, midterm, end) -> (TermAssessments) CommentTerm.of(regular, midterm, end));
        }
        Arbitrary<Score> scores = DomainArbitraries.scoresBetween(floor, Score.TEN);
        return Combinators.combine(scores.list().ofSize(4), scores, scores)
                .as((regular, midterm, end) -> (TermAssessments) ScoredTerm.of(regular, midterm, end));
    }

    @Property(tries = 200)
    @StatisticsReport(onFailureOnly = true)
    void theLetterOfAnyStudentWithAnyMarksSaysWhatTheRulesDecided(@ForAll("anyYears") AnyYear y) {
        SecondaryOutcome outcome = (SecondaryOutcome) Assessments.standard().assess(y.year());
        assertTheLetterAgrees(y.student(), outcome);
        // The property must reach the letter's branches, or it would pass by never testing them.
        Statistics.collect(outcome.promotion());
        Statistics.coverage(c -> {
            c.check(PromotionStatus.SUMMER_REASSESSMENT).count(n -> n > 0);
            c.check(PromotionStatus.PROMOTED).count(n -> n > 0);
        });
    }

    @Provide
    Arbitrary<Student> students() {
        return DomainArbitraries.students();
    }

    @Property(tries = 20)
    void aLetterNeverMixesUpTwoStudents(@ForAll("anyYears") AnyYear y, @ForAll("students") Student other) {
        Assume.that(!other.id().equals(y.student().id()));
        SecondaryOutcome outcome = (SecondaryOutcome) Assessments.standard().assess(y.year());
        assertThatThrownBy(() -> ParentLetter.of(other, outcome)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertTheLetterAgrees(Student student, SecondaryOutcome outcome) {
        List<String> letter = ParentLetter.of(student, outcome);

        assertThat(letter.get(0)).contains(student.fullName());
        for (SubjectResult r : outcome.subjects()) {
            assertThat(letter).contains("  " + r.subject().name() + ": " + r.year().display());
        }
        assertThat(letter).filteredOn(l -> l.startsWith("  ")).hasSize(outcome.subjects().size());
        assertThat(letter).contains("Kết quả học tập: " + outcome.learningLevel().vietnameseName());
        boolean reassessment = outcome.promotion() == PromotionStatus.SUMMER_REASSESSMENT;
        assertThat(letter.stream().anyMatch(l -> l.startsWith("Các môn kiểm tra lại: "))).isEqualTo(reassessment);
        if (reassessment) {
            String line = letter.stream().filter(l -> l.startsWith("Các môn kiểm tra lại: ")).findFirst().orElseThrow();
            assertThat(line.substring("Các môn kiểm tra lại: ".length(), line.length() - 1).split("; "))
                    .hasSize(outcome.reassessmentSubjects().size());
        }
    }
}
