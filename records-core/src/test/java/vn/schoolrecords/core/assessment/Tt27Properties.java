package vn.schoolrecords.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.SubjectCatalogue;

/** Properties of the TT 27/2020 year result, checked against an independent reading of Điều 9.2a. */
class Tt27Properties {

    private static final Tt27Rules RULES = Tt27Rules.of();
    private static final Citation YEAR_RESULT = Citation.of("TT 27/2020", 9, 2, "a");

    /** One departure from a perfect year: a subject level, a test score or a quality level. */
    record Damage(int kind, int index, int value) {
    }

    @Provide
    Arbitrary<PrimaryYear> years() {
        Arbitrary<Damage> damage = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 10)).as(Damage::new);
        return Arbitraries.integers().between(1, 5).flatMap(grade -> Combinators.combine(
                Arbitraries.of(5, 7, 9), Arbitraries.integers().between(0, 10).list().ofSize(20),
                damage.list().ofMaxSize(4), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((floor, noise, damages, outstanding, progress) ->
                        build(grade, floor, noise, damages).withAwardEvidence(outstanding, progress)));
    }

    private static PrimaryYear build(int grade, int floor, List<Integer> noise, List<Damage> damages) {
        List<Subject> subjects = SubjectCatalogue.programme2018(GradeLevel.of(grade));
        SubjectLevel[] levels = new SubjectLevel[subjects.size()];
        int[] tests = new int[subjects.size()];
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            levels[i] = SubjectLevel.COMPLETED_WELL;
            tests[i] = floor + noise.get(i) % (11 - floor);
            if (subjects.get(i).mode() == AssessmentMode.LEVEL_AND_TEST) {
                tested.add(i);
            }
        }
        QualityLevel[] qualities = new QualityLevel[15];
        java.util.Arrays.fill(qualities, QualityLevel.GOOD);
        for (Damage d : damages) {
            switch (d.kind()) {
                case 0 -> levels[d.index() % levels.length] = SubjectLevel.values()[d.value() % 3];
                case 1 -> tests[tested.get(d.index() % tested.size())] = d.value();
                default -> qualities[d.index() % 15] = QualityLevel.values()[d.value() % 3];
            }
        }
        List<PrimarySubjectYear> records = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            PrimarySubjectYear r = PrimarySubjectYear.of(s, SubjectLevel.COMPLETED_WELL, levels[i]);
            if (s.mode() == AssessmentMode.LEVEL_AND_TEST) {
                r = r.withTest(PrimaryCheckpoint.END_OF_FIRST_TERM, PrimaryFixtures.test(noise.get(i)))
                        .withTest(PrimaryCheckpoint.END_OF_YEAR, PrimaryFixtures.test(tests[i]));
            }
            records.add(r);
        }
        Map<Competence, QualityLevel> competences = new EnumMap<>(Competence.class);
        for (Competence c : Competence.values()) {
            competences.put(c, qualities[c.ordinal()]);
        }
        Map<Quality, QualityLevel> q = new EnumMap<>(Quality.class);
        for (Quality x : Quality.values()) {
            q.put(x, qualities[10 + x.ordinal()]);
        }
        return PrimaryYear.of("HS-P", GradeLevel.of(grade), SchoolYear.of(2024), records, competences, q);
    }

    // ---- An independent reading of Điều 9.2a, written without the library's helpers ----

    private static boolean holds(String level, PrimaryYear y) {
        List<SubjectLevel> subjects = y.subjects().stream()
                .map(s -> s.levels().get(PrimaryCheckpoint.END_OF_YEAR)).toList();
        List<QualityLevel> qualities = new ArrayList<>(y.qualities().values());
        qualities.addAll(y.competences().values());
        int lowest = y.subjects().stream().map(s -> s.tests().get(PrimaryCheckpoint.END_OF_YEAR))
                .filter(t -> t != null).mapToInt(t -> t.tenths() / 10).min().orElse(10);
        return switch (level) {
            case "HTXS" -> subjects.stream().allMatch(l -> l == SubjectLevel.COMPLETED_WELL)
                    && qualities.stream().allMatch(l -> l == QualityLevel.GOOD) && lowest >= 9;
            case "HTT" -> subjects.stream().allMatch(l -> l == SubjectLevel.COMPLETED_WELL)
                    && qualities.stream().allMatch(l -> l == QualityLevel.GOOD) && lowest >= 7;
            case "HT" -> subjects.stream().noneMatch(l -> l == SubjectLevel.NOT_COMPLETED)
                    && qualities.stream().noneMatch(l -> l == QualityLevel.NEEDS_EFFORT) && lowest >= 5;
            default -> true;
        };
    }

    private static final List<String> ORDER = List.of("HTXS", "HTT", "HT", "CHT");

    private static String bruteForce(PrimaryYear y) {
        for (String level : ORDER) {
            if (holds(level, y)) {
                return level;
            }
        }
        throw new AssertionError();
    }

    @Property(tries = 500)
    void resultIsTheHighestLevelWhoseConditionsHold(@ForAll("years") PrimaryYear year) {
        PrimaryOutcome outcome = RULES.assess(year);
        String found = outcome.learningLevel().abbreviation();
        Statistics.label("result").collect(found);
        // The generator must reach every level, or this property proves little.
        Statistics.label("result").coverage(c -> ORDER.forEach(l -> c.check(l).percentage(p -> p >= 5)));
        assertThat(found).isEqualTo(bruteForce(year));
        assertThat(holds(found, year)).isTrue();
        for (String better : ORDER.subList(0, ORDER.indexOf(found))) {
            assertThat(holds(better, year)).as(better).isFalse();
        }
    }

    @Property(tries = 500)
    void raisingAnyTestScoreOrLevelNeverLowersTheResult(@ForAll("years") PrimaryYear year,
            @ForAll @IntRange(min = 0, max = 10_000) int pick, @ForAll @IntRange(min = 1, max = 10) int step) {
        PrimaryYear raised = raise(year, pick, step);
        PrimaryResult before = RULES.assess(year).learningLevel();
        PrimaryResult after = RULES.assess(raised).learningLevel();
        assertThat(after.rank()).isLessThanOrEqualTo(before.rank());
    }

    /** Raises one subject level, one end-of-year test or one quality or competence. */
    private static PrimaryYear raise(PrimaryYear year, int pick, int step) {
        int subjects = year.subjects().size();
        int item = pick % (2 * subjects + 15);
        if (item < subjects) {
            PrimarySubjectYear s = year.subjects().get(item);
            SubjectLevel level = s.levels().get(PrimaryCheckpoint.END_OF_YEAR);
            SubjectLevel better = SubjectLevel.values()[Math.max(0, level.ordinal() - step % 3)];
            return PrimaryFixtures.withYearLevel(year, s.subject().code(), better);
        }
        if (item < 2 * subjects) {
            PrimarySubjectYear s = year.subjects().get(item - subjects);
            Score test = s.tests().get(PrimaryCheckpoint.END_OF_YEAR);
            if (test == null) {
                return year;
            }
            return PrimaryFixtures.withYearTest(year, s.subject().code(), Math.min(10, test.tenths() / 10 + step));
        }
        int q = item - 2 * subjects;
        if (q < 10) {
            Competence c = Competence.values()[q];
            return PrimaryFixtures.withCompetence(year, c, better(year.competences().get(c), step));
        }
        Quality x = Quality.values()[q - 10];
        return PrimaryFixtures.withQuality(year, x, better(year.qualities().get(x), step));
    }

    private static QualityLevel better(QualityLevel level, int step) {
        return QualityLevel.values()[Math.max(0, level.ordinal() - step % 3)];
    }

    @Property(tries = 500)
    void reasonsNameEveryFailedCondition(@ForAll("years") PrimaryYear year) {
        PrimaryOutcome outcome = RULES.assess(year);
        List<String> expected = new ArrayList<>();
        for (PrimaryResult level : PrimaryResult.values()) {
            if (level == outcome.learningLevel() || level == PrimaryResult.NOT_COMPLETED) {
                break;
            }
            expected.addAll(failuresOf(level, year));
        }
        List<String> actual = outcome.reasons().failed().stream().filter(r -> r.citation().equals(YEAR_RESULT))
                .map(r -> r.text().en()).toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(outcome.reasons().failed()).allSatisfy(r -> assertThat(r.text().vi()).isNotBlank());
    }

    /** Every way the year misses a level, worded as the reasons word it. */
    private static List<String> failuresOf(PrimaryResult level, PrimaryYear year) {
        boolean top = level != PrimaryResult.COMPLETED;
        int threshold = level == PrimaryResult.OUTSTANDING ? 9 : top ? 7 : 5;
        String prefix = level.vietnameseName() + " not reached: ";
        List<String> out = new ArrayList<>();
        for (PrimarySubjectYear s : year.subjects()) {
            SubjectLevel l = s.levels().get(PrimaryCheckpoint.END_OF_YEAR);
            if (top ? l != SubjectLevel.COMPLETED_WELL : l == SubjectLevel.NOT_COMPLETED) {
                out.add(prefix + s.subject().name() + " " + l.abbreviation() + " below " + (top ? "T" : "H"));
            }
        }
        String minQuality = top ? "Tốt" : "Đạt";
        year.qualities().forEach((k, v) -> {
            if (top ? v != QualityLevel.GOOD : v == QualityLevel.NEEDS_EFFORT) {
                out.add(prefix + "quality " + k.vietnameseName() + " " + v.vietnameseName() + " below " + minQuality);
            }
        });
        year.competences().forEach((k, v) -> {
            if (top ? v != QualityLevel.GOOD : v == QualityLevel.NEEDS_EFFORT) {
                out.add(prefix + "competence " + k.vietnameseName() + " " + v.vietnameseName() + " below "
                        + minQuality);
            }
        });
        for (PrimarySubjectYear s : year.subjects()) {
            Score t = s.tests().get(PrimaryCheckpoint.END_OF_YEAR);
            if (t != null && t.tenths() < threshold * 10) {
                out.add(prefix + s.subject().name() + " " + t.tenths() / 10 + " < " + threshold);
            }
        }
        return out;
    }

    @Property(tries = 300)
    void awardFollowsResultAndEvidence(@ForAll("years") PrimaryYear year) {
        PrimaryOutcome outcome = RULES.assess(year);
        String result = bruteForce(year);
        Optional<Award> expected = result.equals("HTXS") ? Optional.of(Award.EXCELLENT_STUDENT)
                : result.equals("HTT") && (year.outstandingInSubject() || year.markedProgress())
                        ? Optional.of(Award.EXEMPLARY_STUDENT) : Optional.empty();
        assertThat(outcome.award()).isEqualTo(expected);
        assertThat(outcome.promotion()).isEqualTo(result.equals("CHT")
                ? PromotionStatus.SUMMER_REASSESSMENT : PromotionStatus.PROMOTED);
        assertThat(outcome.primaryProgrammeCompleted()).isEqualTo(year.grade().number() == 5 && !result.equals("CHT"));
    }
}
