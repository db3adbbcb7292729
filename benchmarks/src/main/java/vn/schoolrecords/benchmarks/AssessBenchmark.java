package vn.schoolrecords.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.schoolrecords.core.assessment.AchievementLevel;
import vn.schoolrecords.core.assessment.AssessmentRules;
import vn.schoolrecords.core.assessment.AssessmentRulesProvider;
import vn.schoolrecords.core.assessment.Assessments;
import vn.schoolrecords.core.assessment.ClassSummary;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.CommentTerm;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.assessment.ScoredTerm;
import vn.schoolrecords.core.assessment.SecondaryYear;
import vn.schoolrecords.core.assessment.SubjectYear;
import vn.schoolrecords.core.assessment.TermAssessments;
import vn.schoolrecords.core.assessment.YearOutcome;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.SubjectCatalogue;

/**
 * One million student-years of 12 subjects (grade 8: 8 scored, 4 comment-only) assessed under
 * TT 22/2021 — averages, levels with adjustment, conduct, promotion, awards; reasons not built —
 * streamed from a pool of 1,000 (by default) varied pre-built records, so that memory does not
 * grow. Each operation is one million students: the score is milliseconds per million.
 *
 * <p>{@link #baselineSemesterAveragesOverPrimitiveArrays()} computes only the 12 million
 * semester averages over plain {@code int} arrays of the same scores, as the floor to compare
 * with.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AssessBenchmark {

    private static final int STUDENTS = 1_000_000;
    /**
     * Distinct pre-built records cycled through. 1,000 records of 12 subjects (some 4 MB of
     * objects) overflow the per-core cache, as real data would; {@code -p pool=100} shows the
     * cost of that memory traffic.
     */
    @Param({"1000"})
    public int pool;

    private SecondaryYear[] records;
    private AssessmentRules rules;
    /** [record][subject] → semester I's assessments in tenths: regular…, mid-term, end-of-term. */
    private int[][][] primitive;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20240901);
        GradeLevel grade = GradeLevel.of(8);
        List<Subject> subjects = SubjectCatalogue.programme2018(grade);
        records = new SecondaryYear[pool];
        primitive = new int[pool][subjects.size()][];
        AchievementLevel[] conduct = AchievementLevel.values();
        for (int r = 0; r < pool; r++) {
            int base = 30 + random.nextInt(71);
            List<SubjectYear> years = new ArrayList<>();
            for (int s = 0; s < subjects.size(); s++) {
                Subject subject = subjects.get(s);
                int[] first = scores(random, subject, base);
                primitive[r][s] = first;
                years.add(SubjectYear.of(subject, term(subject, first, random), term(subject,
                        scores(random, subject, base), random)));
            }
            records[r] = SecondaryYear.of("HS" + r, EducationLevel.LOWER_SECONDARY, grade, SchoolYear.of(2024), years,
                    conduct[weighted(random)], conduct[weighted(random)], random.nextInt(50));
        }
        rules = AssessmentRulesProvider.rulesFor(EducationLevel.LOWER_SECONDARY, grade, SchoolYear.of(2024));
    }

    private static int weighted(SplittableRandom random) {
        int x = random.nextInt(100);
        return x < 55 ? 0 : x < 85 ? 1 : x < 97 ? 2 : 3;
    }

    private static int[] scores(SplittableRandom random, Subject subject, int base) {
        int periods = subject.periodsPerYear();
        int regular = subject.mode() == AssessmentMode.COMMENT ? 2 : periods <= 35 ? 2 : periods <= 70 ? 3 : 4;
        int[] t = new int[regular + 2];
        for (int k = 0; k < t.length; k++) {
            t[k] = Math.max(0, Math.min(100, base + random.nextInt(41) - 20));
        }
        return t;
    }

    private static TermAssessments term(Subject subject, int[] t, SplittableRandom random) {
        if (subject.mode() == AssessmentMode.COMMENT) {
            CommentResult pass = random.nextInt(50) == 0 ? CommentResult.FAIL : CommentResult.PASS;
            return CommentTerm.of(List.of(CommentResult.PASS, pass), CommentResult.PASS, CommentResult.PASS);
        }
        List<Score> regular = new ArrayList<>();
        for (int k = 0; k < t.length - 2; k++) {
            regular.add(Score.ofTenths(t[k]));
        }
        return ScoredTerm.of(regular, Score.ofTenths(t[t.length - 2]), Score.ofTenths(t[t.length - 1]));
    }

    /**
     * A million student-years through the TT 22 rules; the result folds every outcome's year
     * level, promotion and award so that none can be optimised away.
     *
     * @return a checksum
     */
    @Benchmark
    public long assessMillionStudentYears() {
        long acc = 0;
        AssessmentRules r = rules;
        for (int i = 0; i < STUDENTS; i++) {
            YearOutcome o = r.assess(records[i % pool]);
            acc += o.learningLevel().rank() + 4L * o.promotion().ordinal() + (o.award().isPresent() ? 32 : 0);
        }
        return acc;
    }

    /**
     * A million student-years through the batch API — a lazy stream with the regime chosen per
     * record — into a counts-only class summary.
     *
     * @return the summary
     */
    @Benchmark
    public ClassSummary assessMillionStreamedIntoCountsOnlySummary() {
        return Assessments.standard().summarize(IntStream.range(0, STUDENTS).mapToObj(i -> records[i % pool]), false);
    }

    /**
     * The floor: 12 million semester averages (ΣĐĐGtx + 2·GK + 3·CK) / (n + 5), rounded half-up
     * to tenths, over primitive arrays.
     *
     * @return a checksum
     */
    @Benchmark
    public long baselineSemesterAveragesOverPrimitiveArrays() {
        long acc = 0;
        int[][][] data = primitive;
        for (int i = 0; i < STUDENTS; i++) {
            int[][] student = data[i % pool];
            for (int[] t : student) {
                int n = t.length - 2;
                int sum = 2 * t[n] + 3 * t[n + 1];
                for (int k = 0; k < n; k++) {
                    sum += t[k];
                }
                int den = n + 5;
                acc += (2 * sum + den) / (2 * den);
            }
        }
        return acc;
    }
}
