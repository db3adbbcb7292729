package vn.schoolrecords.examples.developer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import vn.schoolrecords.core.assessment.Assessments;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.assessment.SecondaryOutcome;
import vn.schoolrecords.core.assessment.SubjectResult;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.examples.internal.GradeBookYears;

/**
 * Example for developers: properties of one's own feature ({@link ParentLetter}) over the
 * library's sample data. The library's seeded generators — {@link SampleSchools},
 * {@link SampleGradeBooks} — become jqwik arbitraries by mapping seeds, so every failure shrinks
 * to a seed that reproduces it. The real assessment rules decide every outcome; nothing is stubbed.
 */
class ParentLetterProperties {

    /** A sample school's class with its grade book filled for the year. */
    record SampleClass(SchoolRoster roster, ClassGroup group, GradeBook book) {
    }

    /** Filling a year's grade book through the workflow takes seconds; each sample is made once per run. */
    private static final Map<List<Long>, SampleClass> MADE = new ConcurrentHashMap<>();

    @Provide
    Arbitrary<SampleClass> sampleClasses() {
        // Few seeds and classes, so that the two properties share the samples they make.
        Arbitrary<Long> seeds = Arbitraries.of(2024L, 2025L, 2026L);
        Arbitrary<Integer> classIndex = Arbitraries.of(0, 7);
        return Combinators.combine(seeds, classIndex).as((seed, index) -> MADE.computeIfAbsent(
                List.of(seed, (long) index), k -> {
                    SchoolRoster roster = SampleSchools.secondary(seed);
                    ClassGroup group = roster.classes().get(index % roster.classes().size());
                    return new SampleClass(roster, group,
                            SampleGradeBooks.log(roster, group.id(), Term.SECOND, seed).replay());
                }));
    }

    @Property(tries = 2, shrinking = ShrinkingMode.OFF)
    void theLetterSaysWhatTheRulesDecided(@ForAll("sampleClasses") SampleClass c) {
        for (String id : c.book().studentIds()) {
            Student student = c.roster().student(id).orElseThrow();
            SecondaryOutcome outcome = (SecondaryOutcome) Assessments.standard()
                    .assess(GradeBookYears.of(c.book(), c.group(), id).orElseThrow());

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

    @Property(tries = 2, shrinking = ShrinkingMode.OFF)
    void aLetterNeverMixesUpTwoStudents(@ForAll("sampleClasses") SampleClass c) {
        List<String> ids = c.book().studentIds();
        SecondaryOutcome first = (SecondaryOutcome) Assessments.standard()
                .assess(GradeBookYears.of(c.book(), c.group(), ids.get(0)).orElseThrow());
        Student second = c.roster().student(ids.get(1)).orElseThrow();
        assertThatThrownBy(() -> ParentLetter.of(second, first)).isInstanceOf(IllegalArgumentException.class);
    }
}
