package vn.schoolrecords.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import vn.schoolrecords.core.school.Subject;

/**
 * Properties of the TT 58 rules over random school years. Expected values come from an
 * independent evaluation written here from regulations.md R3.3–R3.7, never from the rules.
 */
class Tt58PropertiesTest {

    private static final List<Subject> SCORED = LegacyFixtures.SCORED.subList(0, 8);
    private static final List<Subject> COMMENTS = List.of(LegacyFixtures.TD, LegacyFixtures.AN);
    private static final int TESTS = 6; // 4 regular, 1 periodic / mid-term, 1 exam
    private static final String[] CODES = {"GIOI", "KHA", "TRUNG_BINH", "YEU"};
    private static final int[] AVG_MIN = {80, 65, 50, 35};
    private static final int[] SUBJECT_MIN = {65, 50, 35, 20};

    /**
     * A random year: scores[subject][term][test] in tenths, comment results, the regime and a
     * specialised subject index (or -1).
     */
    record Case(boolean amended, int[][][] scores, boolean[][] comments, int specialised) {

        Tt58Rules rules() {
            return amended ? Tt58Rules.amendedByTt26() : Tt58Rules.original();
        }

        LegacySecondaryYear record() {
            List<SubjectYear> subjects = new ArrayList<>();
            for (int i = 0; i < SCORED.size(); i++) {
                subjects.add(SubjectYear.of(SCORED.get(i), term(scores[i][0]), term(scores[i][1])));
            }
            for (int c = 0; c < COMMENTS.size(); c++) {
                subjects.add(LegacyFixtures.comment(COMMENTS.get(c), result(comments[c][0]), result(comments[c][1])));
            }
            LegacySecondaryYear y = LegacyFixtures.grade9(amended ? LegacyFixtures.Y2020 : LegacyFixtures.Y2019,
                    subjects);
            return specialised >= 0 ? y.withSpecialisedSubject(SCORED.get(specialised).code()) : y;
        }

        Case raise(int subject, int term, int test, int delta) {
            int[][][] copy = new int[scores.length][][];
            for (int i = 0; i < scores.length; i++) {
                copy[i] = new int[][] {scores[i][0].clone(), scores[i][1].clone()};
            }
            copy[subject][term][test] = Math.min(100, copy[subject][term][test] + delta);
            return new Case(amended, copy, comments, specialised);
        }

        /** Independent figures per term: 0 HK I, 1 HK II, 2 year. */
        int[] subjectAverages(int term) {
            int[] a = new int[SCORED.size()];
            for (int i = 0; i < a.length; i++) {
                int s1 = semester(scores[i][0]);
                int s2 = semester(scores[i][1]);
                a[i] = term == 0 ? s1 : term == 1 ? s2 : halfUp(s1 + 2L * s2, 3);
            }
            return a;
        }

        boolean[] commentResults(int term) {
            // The year's comment result is semester II's (Điều 10.2).
            return new boolean[] {comments[0][Math.min(term, 1)], comments[1][Math.min(term, 1)]};
        }

        boolean isKey(int i) {
            String code = SCORED.get(i).code();
            return code.equals("TOAN") || code.equals("NGU_VAN") || amended && code.equals("NGOAI_NGU_1");
        }
    }

    static ScoredTerm term(int[] t) {
        return ScoredTerm.of(List.of(Score.ofTenths(t[0]), Score.ofTenths(t[1]), Score.ofTenths(t[2]),
                Score.ofTenths(t[3])), Score.ofTenths(t[4]), Score.ofTenths(t[5]));
    }

    static CommentResult result(boolean pass) {
        return pass ? CommentResult.PASS : CommentResult.FAIL;
    }

    static int semester(int[] t) {
        return halfUp(t[0] + t[1] + t[2] + t[3] + 2L * t[4] + 3L * t[5], 9);
    }

    static int halfUp(long numerator, long denominator) {
        return (int) ((2 * numerator + denominator) / (2 * denominator));
    }

    static int overall(int[] averages) {
        long sum = 0;
        for (int a : averages) {
            sum += a;
        }
        return halfUp(sum, averages.length);
    }

    /** The failed conditions of a level, as names: AVERAGE, KEY_SUBJECT, SPECIALISED_SUBJECT, subject names, comments. */
    static List<String> failedConditions(Case c, int term, int level) {
        int[] a = c.subjectAverages(term);
        boolean[] comments = c.commentResults(term);
        List<String> failed = new ArrayList<>();
        if (overall(a) < AVG_MIN[level]) {
            failed.add("AVERAGE");
        }
        if (level < 3) {
            boolean key = false;
            for (int i = 0; i < a.length; i++) {
                key |= c.isKey(i) && a[i] >= AVG_MIN[level];
            }
            if (!key) {
                failed.add("KEY_SUBJECT");
            }
            if (c.specialised() >= 0 && a[c.specialised()] < AVG_MIN[level]) {
                failed.add("SPECIALISED_SUBJECT");
            }
            for (int k = 0; k < comments.length; k++) {
                if (!comments[k]) {
                    failed.add(COMMENTS.get(k).name());
                }
            }
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] < SUBJECT_MIN[level]) {
                failed.add(SCORED.get(i).name());
            }
        }
        return failed;
    }

    static int bruteForceLevel(Case c, int term) {
        for (int level = 0; level <= 3; level++) {
            if (failedConditions(c, term, level).isEmpty()) {
                return level;
            }
        }
        return 4;
    }

    /** Responsible subjects at a level whose averages (overall, key, specialised) hold, else -1. */
    static int responsible(Case c, int term, int level) {
        List<String> failed = failedConditions(c, term, level);
        if (failed.contains("AVERAGE") || failed.contains("KEY_SUBJECT") || failed.contains("SPECIALISED_SUBJECT")) {
            return -1;
        }
        return failed.size();
    }

    static int bruteForceAdjusted(Case c, int term, int computed) {
        // Điều 13.6: a) G→Tb ⇒ K; b) G→Y ⇒ Tb; c) K→Y ⇒ Tb; d) K→Kém ⇒ Y.
        int[][] listed = {{0, 2, 1}, {0, 3, 2}, {1, 3, 2}, {1, 4, 3}};
        for (int[] row : listed) {
            if (row[1] == computed && responsible(c, term, row[0]) == 1) {
                return row[2];
            }
        }
        return computed;
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> base = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.integers().between(0, 100)),
                Tuple.of(8, Arbitraries.integers().between(45, 100)), Tuple.of(10, Arbitraries.integers().between(72, 100)));
        Arbitrary<List<Integer>> bases = base.list().ofSize(SCORED.size());
        Arbitrary<int[]> noise = Arbitraries.integers().between(-12, 12).array(int[].class)
                .ofSize(SCORED.size() * 2 * TESTS);
        Arbitrary<int[]> comments = Arbitraries.integers().between(0, 9).array(int[].class).ofSize(4);
        Arbitrary<Integer> specialised = Arbitraries.integers().between(-8, SCORED.size() - 1);
        return Combinators.combine(Arbitraries.of(true, false), bases, noise, comments, specialised)
                .as((amended, b, n, cm, sp) -> {
                    int[][][] scores = new int[SCORED.size()][2][TESTS];
                    for (int i = 0; i < SCORED.size(); i++) {
                        for (int t = 0; t < 2; t++) {
                            for (int k = 0; k < TESTS; k++) {
                                int v = b.get(i) + n[(i * 2 + t) * TESTS + k];
                                scores[i][t][k] = Math.max(0, Math.min(100, v));
                            }
                        }
                    }
                    boolean[][] pass = {{cm[0] != 0, cm[1] != 0}, {cm[2] != 0, cm[3] != 0}};
                    return new Case(amended, scores, pass, Math.max(-1, sp));
                });
    }

    private static List<LegacyTermResult> terms(LegacySecondaryOutcome o) {
        return List.of(o.first(), o.second(), o.year());
    }

    @Property(tries = 400)
    void theLevelFoundIsTheHighestWhoseConditionsHold(@ForAll("cases") Case c) {
        LegacySecondaryOutcome o = c.rules().assess(c.record());
        for (int t = 0; t < 3; t++) {
            LegacyTermResult r = terms(o).get(t);
            assertThat(r.average().tenths()).isEqualTo(overall(c.subjectAverages(t)));
            int computed = bruteForceLevel(c, t);
            if (t == 2) {
                Statistics.label("year").collect(r.computedStanding(), r.adjusted() ? "adjusted" : "as computed");
            }
            assertThat(r.computedStanding().ordinal()).as("term %d computed", t).isEqualTo(computed);
            assertThat(r.standing().ordinal()).as("term %d adjusted", t).isEqualTo(bruteForceAdjusted(c, t, computed));
        }
    }

    @Property(tries = 400)
    void adjustmentRaisesByExactlyOneStepOnlyWhenOneSubjectIsResponsible(@ForAll("cases") Case c) {
        LegacySecondaryOutcome o = c.rules().assess(c.record());
        for (int t = 0; t < 3; t++) {
            LegacyTermResult r = terms(o).get(t);
            if (r.adjusted()) {
                assertThat(r.standing().ordinal()).isEqualTo(r.computedStanding().ordinal() - 1);
                assertThat(responsible(c, t, 0) == 1 || responsible(c, t, 1) == 1).isTrue();
            } else {
                assertThat(r.standing()).isEqualTo(r.computedStanding());
            }
            if (responsible(c, t, 0) != 1 && responsible(c, t, 1) != 1) {
                assertThat(r.adjusted()).isFalse();
            }
        }
    }

    @Property(tries = 300)
    void raisingAnyOneScoreNeverLowersALevel(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 7) int subject,
            @ForAll @IntRange(min = 0, max = 1) int term, @ForAll @IntRange(min = 0, max = 5) int test,
            @ForAll @IntRange(min = 1, max = 40) int delta) {
        LegacySecondaryOutcome before = c.rules().assess(c.record());
        LegacySecondaryOutcome after = c.rules().assess(c.raise(subject, term, test, delta).record());
        for (int t = 0; t < 3; t++) {
            assertThat(terms(after).get(t).standing().isAtLeast(terms(before).get(t).standing())).isTrue();
            assertThat(terms(after).get(t).computedStanding().isAtLeast(terms(before).get(t).computedStanding()))
                    .isTrue();
            assertThat(terms(after).get(t).average()).isGreaterThanOrEqualTo(terms(before).get(t).average());
        }
    }

    @Property(tries = 300)
    void averagesStayWithinTheirInputs(@ForAll("cases") Case c) {
        Tt58Rules rules = c.rules();
        for (int[][] subject : c.scores()) {
            Score s1 = rules.semesterAverage(term(subject[0]));
            Score s2 = rules.semesterAverage(term(subject[1]));
            assertThat(s1.tenths()).isBetween(min(subject[0]), max(subject[0]));
            Score y = rules.yearAverage(s1, s2);
            assertThat(y.tenths()).isBetween(Math.min(s1.tenths(), s2.tenths()), Math.max(s1.tenths(), s2.tenths()));
        }
        LegacySecondaryOutcome o = rules.assess(c.record());
        for (int t = 0; t < 3; t++) {
            int[] a = c.subjectAverages(t);
            assertThat(terms(o).get(t).average().tenths()).isBetween(min(a), max(a));
        }
    }

    @Property(tries = 300)
    void reasonsNameEveryFailedCondition(@ForAll("cases") Case c) {
        LegacySecondaryOutcome o = c.rules().assess(c.record());
        List<Reason> failed = o.reasons().failed();
        String[] termIds = {"HK1", "HK2", "CN"};
        for (int t = 0; t < 3; t++) {
            int computed = terms(o).get(t).computedStanding().ordinal();
            for (int level = 0; level < Math.min(computed, 4); level++) {
                String prefix = termIds[t] + "_" + CODES[level] + "_";
                for (String condition : failedConditions(c, t, level)) {
                    boolean named = failed.stream().anyMatch(r -> r.condition().startsWith(prefix)
                            && (r.condition().endsWith(condition) || r.text().en().contains(condition)
                                    && r.text().vi().contains(condition)));
                    assertThat(named).as("%s%s failed and named", prefix, condition).isTrue();
                }
            }
        }
        assertThat(o.reasons().list()).allSatisfy(r -> assertThat(r.citation().document()).startsWith("TT 58/2011"));
    }

    @Property(tries = 100)
    void yearEndDecisionFollowsStandingConductAndAbsences(@ForAll("cases") Case c,
            @ForAll @IntRange(min = 0, max = 60) int absences, @ForAll LegacyConduct conduct) {
        LegacySecondaryYear base = c.record();
        LegacySecondaryYear y = new LegacySecondaryYear(base.studentId(), base.level(), base.grade(), base.year(),
                base.subjects(), conduct, conduct, conduct, absences, Optional.empty(), false,
                base.specialisedSubjectCode());
        LegacySecondaryOutcome o = c.rules().assess(y);
        AcademicStanding s = o.year().standing();
        PromotionStatus expected;
        if (absences > 45 || s == AcademicStanding.POOR || s == AcademicStanding.WEAK && conduct == LegacyConduct.WEAK) {
            expected = PromotionStatus.NOT_PROMOTED;
        } else if (s == AcademicStanding.WEAK) {
            expected = PromotionStatus.SUMMER_REASSESSMENT;
        } else {
            expected = conduct == LegacyConduct.WEAK ? PromotionStatus.SUMMER_CONDUCT_TRAINING : PromotionStatus.PROMOTED;
        }
        assertThat(o.promotion()).isEqualTo(expected);
        assertThat(o.reassessmentSubjects().isEmpty()).isEqualTo(expected != PromotionStatus.SUMMER_REASSESSMENT);
    }

    @Property(tries = 200)
    void retestsOfEveryListedSubjectAtFiveOrMoreArePromoted(@ForAll("cases") Case c,
            @ForAll @IntRange(min = 50, max = 100) int retest) {
        LegacySecondaryYear base = c.record();
        LegacySecondaryYear y = new LegacySecondaryYear(base.studentId(), base.level(), base.grade(), base.year(),
                base.subjects(), LegacyConduct.AVERAGE, LegacyConduct.AVERAGE, LegacyConduct.AVERAGE, 0,
                Optional.empty(), false, base.specialisedSubjectCode());
        LegacySecondaryOutcome before = c.rules().assess(y);
        Statistics.label("year end").collect(before.yearEndPromotion());
        if (before.yearEndPromotion() != PromotionStatus.SUMMER_REASSESSMENT) {
            assertThat(before.reassessmentSubjects()).isEmpty();
            return;
        }
        List<SubjectYear> subjects = new ArrayList<>();
        for (SubjectYear s : y.subjects()) {
            boolean listed = before.reassessmentSubjects().contains(s.subject().code());
            Mark mark = s.subject().mode() == vn.schoolrecords.core.school.AssessmentMode.SCORE
                    ? Score.ofTenths(retest) : CommentResult.PASS;
            subjects.add(listed ? s.withReassessment(mark) : s);
        }
        LegacySecondaryOutcome after = c.rules().assess(y.withSubjects(subjects));
        // Every subject now has 5,0 or Đ, so Trung bình's conditions all hold (R3.10).
        assertThat(after.yearAfterReassessment()).isPresent();
        assertThat(after.learningLevel().isAtLeast(AcademicStanding.AVERAGE)).isTrue();
        assertThat(after.promotion()).isEqualTo(PromotionStatus.PROMOTED);
        assertThat(after.yearEndPromotion()).isEqualTo(PromotionStatus.SUMMER_REASSESSMENT);
    }

    @Property(tries = 200)
    void titlesFollowConductAndAdjustedStanding(@ForAll("cases") Case c, @ForAll LegacyConduct first,
            @ForAll LegacyConduct second, @ForAll LegacyConduct year) {
        LegacySecondaryYear base = c.record();
        LegacySecondaryOutcome o = c.rules().assess(new LegacySecondaryYear(base.studentId(), base.level(),
                base.grade(), base.year(), base.subjects(), first, second, year, 0, Optional.empty(), false,
                base.specialisedSubjectCode()));
        for (LegacyTermResult r : terms(o)) {
            Optional<Award> expected = r.conduct() == LegacyConduct.GOOD && r.standing() == AcademicStanding.EXCELLENT
                    ? Optional.of(Award.GOOD_STUDENT)
                    : r.conduct().ordinal() <= 1 && r.standing().ordinal() <= 1 ? Optional.of(Award.ADVANCED_STUDENT)
                            : Optional.empty();
            assertThat(r.title()).isEqualTo(expected);
        }
        assertThat(o.award()).isEqualTo(o.year().title());
    }

    private static int min(int[] values) {
        int m = Integer.MAX_VALUE;
        for (int v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static int max(int[] values) {
        int m = Integer.MIN_VALUE;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
