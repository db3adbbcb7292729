package vn.schoolrecords.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.Term;

/**
 * Properties of the TT 22 / TT 43 engine, checked against an independent model written here:
 * averages with BigDecimal, levels and the adjustment by brute force over the conditions.
 */
class SecondaryPropertiesTest {

    private static final int SCORED = SecondaryFixtures.SCORED.length;
    private static final int COMMENTS = SecondaryFixtures.COMMENT.length;
    private static final Integer[] LEVEL_BASES = {30, 34, 35, 36, 40, 49, 50, 51, 60, 64, 65, 66, 70, 79, 80, 81, 88, 90, 95};

    /** Raw assessments: scores[subject][term][k] in tenths (k: regular…, mid-term, end-of-term); comment passes. */
    record Raw(int[][][] scores, boolean[][][] comments, boolean gdtx) {

        SecondaryYear toRecord() {
            List<SubjectYear> list = new ArrayList<>();
            for (int i = 0; i < SCORED; i++) {
                Subject subject = SecondaryFixtures.scoredSubject(i);
                list.add(SubjectYear.of(subject, term(scores[i][0]), term(scores[i][1])));
            }
            for (int i = 0; i < COMMENTS; i++) {
                list.add(SubjectYear.of(SecondaryFixtures.commentSubject(i), comment(comments[i][0]),
                        comment(comments[i][1])));
            }
            return gdtx ? SecondaryFixtures.gdtx("P", list, AchievementLevel.GOOD, AchievementLevel.GOOD)
                    : SecondaryFixtures.year("P", list);
        }

        private static ScoredTerm term(int[] t) {
            List<Score> regular = new ArrayList<>();
            for (int k = 0; k < t.length - 2; k++) {
                regular.add(Score.ofTenths(t[k]));
            }
            return ScoredTerm.of(regular, Score.ofTenths(t[t.length - 2]), Score.ofTenths(t[t.length - 1]));
        }

        private static CommentTerm comment(boolean[] t) {
            return CommentTerm.of(List.of(r(t[0]), r(t[1])), r(t[2]), r(t[3]));
        }

        private static CommentResult r(boolean pass) {
            return pass ? CommentResult.PASS : CommentResult.FAIL;
        }

        Raw copy() {
            int[][][] s = new int[SCORED][2][];
            for (int i = 0; i < SCORED; i++) {
                for (int t = 0; t < 2; t++) {
                    s[i][t] = scores[i][t].clone();
                }
            }
            boolean[][][] c = new boolean[COMMENTS][2][];
            for (int i = 0; i < COMMENTS; i++) {
                for (int t = 0; t < 2; t++) {
                    c[i][t] = comments[i][t].clone();
                }
            }
            return new Raw(s, c, gdtx);
        }
    }

    @Provide
    Arbitrary<Raw> raws() {
        // A record centres on one level (most subjects near one base) with a few outliers near
        // the thresholds, so that every level and the adjustment are reached often.
        Arbitrary<Integer> profile = Arbitraries.of(92, 85, 80, 72, 66, 58, 50, 40);
        Arbitrary<List<Integer>> bases = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(-1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(LEVEL_BASES))).list().ofSize(SCORED);
        Arbitrary<List<Integer>> noise = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(-6, 6))).list().ofSize(SCORED * 12);
        Arbitrary<List<Integer>> fails = Arbitraries.integers().between(0, 199).list().ofSize(COMMENTS * 8);
        Arbitrary<Boolean> gdtx = Arbitraries.frequency(net.jqwik.api.Tuple.of(4, false), net.jqwik.api.Tuple.of(1, true));
        return Combinators.combine(profile, bases, noise, fails, gdtx).as(SecondaryPropertiesTest::build);
    }

    private static Raw build(int profile, List<Integer> outliers, List<Integer> noise, List<Integer> fails,
            boolean gdtx) {
        List<Integer> bases = outliers.stream().map(b -> b < 0 ? profile : b).toList();
        int[][][] scores = new int[SCORED][2][];
        int n = 0;
        for (int i = 0; i < SCORED; i++) {
            int count = SecondaryFixtures.required(SecondaryFixtures.scoredSubject(i)) + 2;
            for (int t = 0; t < 2; t++) {
                scores[i][t] = new int[count];
                for (int k = 0; k < count; k++) {
                    scores[i][t][k] = Math.max(0, Math.min(100, bases.get(i) + noise.get(n++)));
                }
            }
        }
        boolean[][][] comments = new boolean[COMMENTS][2][4];
        int m = 0;
        for (int i = 0; i < COMMENTS; i++) {
            for (int t = 0; t < 2; t++) {
                for (int k = 0; k < 4; k++) {
                    comments[i][t][k] = fails.get(m++) >= 2;
                }
            }
        }
        return new Raw(scores, comments, gdtx);
    }

    private static SecondaryOutcome assess(Raw raw) {
        return (SecondaryOutcome) Assessments.standard().assess(raw.toRecord());
    }

    // ---- independent model ----

    private static BigDecimal semester(int[] t) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < t.length - 2; k++) {
            sum = sum.add(BigDecimal.valueOf(t[k], 1));
        }
        sum = sum.add(BigDecimal.valueOf(t[t.length - 2], 1).multiply(BigDecimal.valueOf(2)))
                .add(BigDecimal.valueOf(t[t.length - 1], 1).multiply(BigDecimal.valueOf(3)));
        return sum.divide(BigDecimal.valueOf(t.length - 2 + 5), 1, RoundingMode.HALF_UP);
    }

    /** Model values of one column: scored averages, then comment results (null when not counted). */
    record Column(List<BigDecimal> scores, List<Boolean> comments, int need) {
    }

    private static Column column(Raw raw, int col) {
        List<BigDecimal> scores = new ArrayList<>();
        for (int i = 0; i < SCORED; i++) {
            BigDecimal a = semester(raw.scores()[i][0]);
            BigDecimal b = semester(raw.scores()[i][1]);
            scores.add(col == 0 ? a : col == 1 ? b
                    : a.add(b.multiply(BigDecimal.valueOf(2))).divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP));
        }
        List<Boolean> comments = new ArrayList<>();
        if (!raw.gdtx()) {
            for (int i = 0; i < COMMENTS; i++) {
                boolean[] t = raw.comments()[i][col == 0 ? 0 : 1];
                comments.add(t[0] && t[1] && t[2] && t[3]);
            }
        }
        return new Column(scores, comments, raw.gdtx() ? 5 : 6);
    }

    private static long count(List<BigDecimal> scores, String threshold) {
        return scores.stream().filter(s -> s.compareTo(new BigDecimal(threshold)) >= 0).count();
    }

    private static boolean all(List<BigDecimal> scores, String threshold) {
        return count(scores, threshold) == scores.size();
    }

    private static long commentFails(Column c) {
        return c.comments().stream().filter(p -> !p).count();
    }

    /** The failed conditions of a level, by the engine's condition names. */
    private static List<String> failed(Column c, AchievementLevel level) {
        List<String> out = new ArrayList<>();
        switch (level) {
            case GOOD -> {
                if (commentFails(c) > 0) out.add("COMMENTS_ALL_PASS");
                if (!all(c.scores(), "6.5")) out.add("ALL_AT_LEAST");
                if (count(c.scores(), "8.0") < c.need()) out.add("COUNT_AT_LEAST");
            }
            case FAIR -> {
                if (commentFails(c) > 0) out.add("COMMENTS_ALL_PASS");
                if (!all(c.scores(), "5.0")) out.add("ALL_AT_LEAST");
                if (count(c.scores(), "6.5") < c.need()) out.add("COUNT_AT_LEAST");
            }
            case PASS -> {
                if (commentFails(c) > 1) out.add("AT_MOST_ONE_COMMENT_FAIL");
                if (count(c.scores(), "5.0") < c.need()) out.add("COUNT_AT_LEAST");
                if (!all(c.scores(), "3.5")) out.add("NONE_BELOW");
            }
            case FAIL -> { }
        }
        return out;
    }

    private static AchievementLevel bruteLevel(Column c) {
        for (AchievementLevel l : List.of(AchievementLevel.GOOD, AchievementLevel.FAIR, AchievementLevel.PASS)) {
            if (failed(c, l).isEmpty()) {
                return l;
            }
        }
        return AchievementLevel.FAIL;
    }

    private static int responsibleSubjects(Column c, AchievementLevel computed) {
        int responsible = 0;
        for (int i = 0; i < c.scores().size(); i++) {
            BigDecimal v = c.scores().get(i);
            AchievementLevel reach = null;
            if (v.compareTo(new BigDecimal("6.5")) < 0 && bruteLevel(with(c, i, "6.5")) == AchievementLevel.GOOD) {
                reach = AchievementLevel.GOOD;
            } else if (v.compareTo(new BigDecimal("5.0")) < 0
                    && bruteLevel(with(c, i, "5.0")).isAtLeast(AchievementLevel.FAIR)) {
                reach = AchievementLevel.FAIR;
            }
            if (reach != null && computed.ordinal() - reach.ordinal() >= 2) {
                responsible++;
            }
        }
        for (int i = 0; i < c.comments().size(); i++) {
            if (!c.comments().get(i)) {
                List<Boolean> comments = new ArrayList<>(c.comments());
                comments.set(i, true);
                AchievementLevel reach = bruteLevel(new Column(c.scores(), comments, c.need()));
                if (reach.isAtLeast(AchievementLevel.FAIR) && computed.ordinal() - reach.ordinal() >= 2) {
                    responsible++;
                }
            }
        }
        return responsible;
    }

    private static Column with(Column c, int i, String value) {
        List<BigDecimal> scores = new ArrayList<>(c.scores());
        scores.set(i, new BigDecimal(value));
        return new Column(scores, c.comments(), c.need());
    }

    private static final Term[] TERMS = {Term.FIRST, Term.SECOND, Term.WHOLE_YEAR};

    // ---- properties ----

    @Property
    void averagesStayWithinTheirInputsAndMatchAnIndependentComputation(@ForAll("raws") Raw raw) {
        SecondaryOutcome o = assess(raw);
        for (int i = 0; i < SCORED; i++) {
            SubjectResult r = o.subject(SecondaryFixtures.SCORED[i][0]).orElseThrow();
            Score first = (Score) r.first();
            Score second = (Score) r.second();
            for (int t = 0; t < 2; t++) {
                int[] in = raw.scores()[i][t];
                int avg = (t == 0 ? first : second).tenths();
                assertThat(avg).isBetween(java.util.Arrays.stream(in).min().getAsInt(),
                        java.util.Arrays.stream(in).max().getAsInt());
                assertThat((t == 0 ? first : second).toBigDecimal()).isEqualByComparingTo(semester(in));
            }
            int year = ((Score) r.year()).tenths();
            assertThat(year).isBetween(Math.min(first.tenths(), second.tenths()), Math.max(first.tenths(), second.tenths()));
            assertThat(((Score) r.year()).toBigDecimal()).isEqualByComparingTo(column(raw, 2).scores().get(i));
        }
    }

    @Property
    void tt22AveragesAndCommentResultsAloneMatchTheAssessedOnes(@ForAll("raws") Raw raw) {
        Tt22Rules rules = Tt22Rules.standard();
        SecondaryYear record = raw.toRecord();
        SecondaryOutcome o = assess(raw);
        for (SubjectYear s : record.subjects()) {
            SubjectResult r = o.subject(s.subject().code()).orElseThrow();
            TermAssessments first = s.term(Term.FIRST).orElseThrow();
            TermAssessments second = s.term(Term.SECOND).orElseThrow();
            if (first instanceof ScoredTerm f && second instanceof ScoredTerm t) {
                assertThat(rules.semesterAverage(f)).isEqualTo(r.first());
                assertThat(rules.semesterAverage(t)).isEqualTo(r.second());
                assertThat(rules.yearAverage(f, t)).isEqualTo(r.year());
            } else if (!raw.gdtx()) {
                assertThat(rules.semesterResult((CommentTerm) first)).isEqualTo(r.first());
                assertThat(rules.semesterResult((CommentTerm) second)).isEqualTo(r.second());
            }
        }
    }

    @Property
    void levelFoundIsTheHighestWhoseConditionsHold(@ForAll("raws") Raw raw) {
        SecondaryOutcome o = assess(raw);
        for (int col = 0; col < 3; col++) {
            assertThat(o.learning(TERMS[col]).computed()).isEqualTo(bruteLevel(column(raw, col)));
        }
    }

    @Property
    void adjustmentRaisesByExactlyOneStepOnlyWhenExactlyOneSubjectIsResponsible(@ForAll("raws") Raw raw) {
        SecondaryOutcome o = assess(raw);
        for (int col = 0; col < 3; col++) {
            LearningResult r = o.learning(TERMS[col]);
            int responsible = responsibleSubjects(column(raw, col), r.computed());
            AchievementLevel expected = responsible == 1 ? r.computed().oneStepUp() : r.computed();
            assertThat(r.adjusted()).isEqualTo(expected);
            assertThat(r.computed().ordinal() - r.adjusted().ordinal()).isBetween(0, 1);
            Statistics.label("level").collect(r.computed());
            Statistics.label("adjusted").collect(r.wasAdjusted());
        }
        // The generator must reach every level and the adjustment, or this property proves little.
        Statistics.label("adjusted").coverage(c -> c.check(true).percentage(p -> p > 1));
        Statistics.label("level").coverage(c -> {
            for (AchievementLevel l : AchievementLevel.values()) {
                c.check(l).percentage(p -> p > 3);
            }
        });
    }

    @Property
    void raisingAnyOneScoreNeverLowersALevel(@ForAll("raws") Raw raw, @ForAll @IntRange(min = 0, max = 11) int subject,
            @ForAll @IntRange(min = 0, max = 11) int position, @ForAll @IntRange(min = 1, max = 40) int by) {
        SecondaryOutcome before = assess(raw);
        Raw raised = raw.copy();
        if (subject < SCORED) {
            int[] t = raised.scores()[subject][position % 2];
            int k = position / 2 % t.length;
            t[k] = Math.min(100, t[k] + by);
        } else {
            raised.comments()[subject - SCORED][position % 2][position / 2 % 4] = true;
        }
        SecondaryOutcome after = assess(raised);
        for (Term term : TERMS) {
            assertThat(after.learning(term).computed().isAtLeast(before.learning(term).computed())).isTrue();
            assertThat(after.learning(term).adjusted().isAtLeast(before.learning(term).adjusted())).isTrue();
        }
        assertThat(after.learningLevel().isAtLeast(before.learningLevel())).isTrue();
    }

    @Property
    void reasonsNameEveryFailedCondition(@ForAll("raws") Raw raw) {
        SecondaryOutcome o = assess(raw);
        String[] prefixes = {"HK_I", "HK_II", "CN"};
        for (int col = 0; col < 3; col++) {
            Column c = column(raw, col);
            AchievementLevel found = o.learning(TERMS[col]).computed();
            for (AchievementLevel level : AchievementLevel.values()) {
                if (level == AchievementLevel.FAIL || !level.isAtLeast(found) || level == found) {
                    continue;
                }
                for (String condition : failed(c, level)) {
                    String id = prefixes[col] + "." + level.name() + "." + condition;
                    assertThat(o.reasons().failed()).as(id).anySatisfy(r -> {
                        assertThat(r.condition()).isEqualTo(id);
                        if (condition.equals("ALL_AT_LEAST") || condition.equals("NONE_BELOW")) {
                            String threshold = level == AchievementLevel.GOOD ? "6.5"
                                    : level == AchievementLevel.FAIR ? "5.0" : "3.5";
                            for (int i = 0; i < SCORED; i++) {
                                BigDecimal v = c.scores().get(i);
                                if (v.compareTo(new BigDecimal(threshold)) < 0) {
                                    assertThat(r.text().en()).contains(SecondaryFixtures.SCORED[i][1] + " "
                                            + v.toPlainString().replace('.', ','));
                                }
                            }
                        }
                    });
                }
            }
        }
    }
}
