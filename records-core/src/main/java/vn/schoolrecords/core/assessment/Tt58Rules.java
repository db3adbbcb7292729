package vn.schoolrecords.core.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.internal.LegacyExplainer;
import vn.schoolrecords.core.assessment.internal.LegacyStandingCriteria;
import vn.schoolrecords.core.assessment.internal.LegacyTermView;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.Term;

/**
 * The rules of the Quy chế đánh giá, xếp loại học sinh THCS và THPT issued with TT 58/2011,
 * original or as amended by TT 26/2020: one implementation read from a {@link Tt58RuleTable}.
 *
 * <ul>
 *   <li>semester average (ĐTBmhk, Điều 10.1a) {@code (ΣKTtx + 2·ΣKTđk + 3·KThk) / (nKTtx + 2·nKTđk + 3)},
 *       which under TT 26/2020, with one mid-term, is {@code (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (n + 5)};
 *       year average (ĐTBmcn, 10.1b) {@code (HK I + 2·HK II) / 3}; both rounded to one decimal (10.1c);</li>
 *   <li>comment subjects (Điều 10.2): a semester is Đ when at least two thirds of its tests,
 *       the semester exam among them, are Đ; the year is semester II's result;</li>
 *   <li>overall averages (Điều 11), academic standing (học lực, Điều 13) with its adjustment
 *       (khoản 6), promotion (Điều 15), re-tests (Điều 16), summer conduct training (Điều 17),
 *       titles (Điều 18), exemptions (Điều 12).</li>
 * </ul>
 *
 * <p>Scores are read with one decimal everywhere. TT 58/2011 Điều 8 wants essay-type regular
 * tests scored in whole numbers, but the record does not say which tests were essays; TT 26/2020
 * allows one decimal for every score. Thread-safe and immutable.
 */
public final class Tt58Rules implements AssessmentRules {

    private static final int FIRST = 0;
    private static final int SECOND = 1;
    private static final int YEAR = 2;
    private static final int ABSENT = -1;
    /** Điều 15: more than 45 days (buổi) absent, excused or not, and the student repeats the year. */
    private static final int MAX_ABSENCES = 45;

    private final Tt58RuleTable table;
    /** The key subject codes as an array: a loop of {@code equals} beats hashing for two or three codes. */
    private final String[] keyCodes;

    private Tt58Rules(Tt58RuleTable table) {
        this.table = Objects.requireNonNull(table, "table");
        this.keyCodes = table.keySubjectCodes().toArray(String[]::new);
    }

    /** @return the rules of TT 58/2011 as first issued (school years up to 2019-2020), not null */
    public static Tt58Rules original() {
        return new Tt58Rules(Tt58RuleTable.TT58_2011);
    }

    /** @return the rules of TT 58/2011 as amended by TT 26/2020 (from 2020-2021), not null */
    public static Tt58Rules amendedByTt26() {
        return new Tt58Rules(Tt58RuleTable.TT58_TT26_2020);
    }

    /**
     * Rules read from a table, e.g. a published one with a province's rounding.
     *
     * @param table the table, not null
     * @return the rules, not null
     */
    public static Tt58Rules of(Tt58RuleTable table) {
        return new Tt58Rules(table);
    }

    /** @return the rule table, not null */
    public Tt58RuleTable table() {
        return table;
    }

    @Override
    public Regime regime() {
        return table.regime();
    }

    /**
     * A semester average (ĐTBmhk, Điều 10.1a), rounded per the table's {@link AveragePolicy}.
     *
     * @param term the semester's scores, not null
     * @return the average, not null
     */
    public Score semesterAverage(ScoredTerm term) {
        return Score.ofFraction(weightedSum(term), weight(term), table.averagePolicy().rounding());
    }

    /**
     * A year average (ĐTBmcn, Điều 10.1b) from rounded semester averages, as Điều 10.1c has it.
     * A table whose policy computes the year from exact semester averages uses those instead
     * when assessing a record.
     *
     * @param first semester I's average, not null
     * @param second semester II's average, not null
     * @return {@code (first + 2·second) / 3}, rounded per the table's policy, not null
     */
    public Score yearAverage(Score first, Score second) {
        return Score.ofFraction(first.tenths() + 2L * second.tenths(), 3, table.averagePolicy().rounding());
    }

    /**
     * A year average from the exact, unrounded semester averages, for a policy that asks for
     * it: {@code (n1/d1 + 2·n2/d2) / 3 = (n1·d2 + 2·n2·d1) / (3·d1·d2)}, rounded once.
     */
    private int exactYearAverage(ScoredTerm first, ScoredTerm second) {
        long d1 = weight(first);
        long d2 = weight(second);
        return Score.ofFraction(weightedSum(first) * d2 + 2 * weightedSum(second) * d1, 3 * d1 * d2,
                table.averagePolicy().rounding()).tenths();
    }

    private static long weightedSum(ScoredTerm term) {
        long sum = 0;
        for (Score s : term.regular()) {
            sum += s.tenths();
        }
        for (Score s : term.periodic()) {
            sum += 2L * s.tenths();
        }
        return sum + 3L * term.endOfTerm().tenths();
    }

    private static long weight(ScoredTerm term) {
        return term.regular().size() + 2L * term.periodic().size() + 3;
    }

    /**
     * The result of a comment subject's semester (Điều 10.2): Đ when at least two thirds of the
     * tests are Đ and the semester exam is one of them.
     *
     * @param term the semester's results, not null
     * @return {@link CommentResult#PASS} or {@link CommentResult#FAIL}, not null
     */
    public CommentResult commentSemester(CommentTerm term) {
        int total = term.regular().size() + term.periodic().size() + 1;
        int passed = count(term.regular()) + count(term.periodic()) + (term.endOfTerm() == CommentResult.PASS ? 1 : 0);
        return term.endOfTerm() == CommentResult.PASS && 3 * passed >= 2 * total ? CommentResult.PASS
                : CommentResult.FAIL;
    }

    /**
     * Assesses one student's school year.
     *
     * @param record a {@link LegacySecondaryYear}, not null
     * @return a {@link LegacySecondaryOutcome}, not null
     * @throws AssessmentInputException if the record is of another kind or regime, or its
     *     assessments are missing or inconsistent
     */
    @Override
    public LegacySecondaryOutcome assess(StudentYearRecord record) {
        Objects.requireNonNull(record, "record");
        if (!(record instanceof LegacySecondaryYear y)) {
            throw input(record.studentId(), null, null, Citation.of(table.document(), 1), LocalizedText.of(
                    "hồ sơ không phải hồ sơ đánh giá theo " + table.document(),
                    "the record is not one assessed under " + table.document()));
        }
        checkRecord(y);
        List<SubjectYear> subjects = y.subjects();
        int n = subjects.size();
        int[][] marks = new int[3][n];
        boolean[] scored = new boolean[n];
        boolean[] key = new boolean[n];
        for (int i = 0; i < n; i++) {
            evaluate(y, subjects.get(i), i, marks, scored);
            key[i] = scored[i] && isKey(subjects.get(i).subject().code());
        }
        LegacyTermView v1 = view(y, Term.FIRST, marks[FIRST], scored, key);
        LegacyTermView v2 = view(y, Term.SECOND, marks[SECOND], scored, key);
        LegacyTermView vy = view(y, Term.WHOLE_YEAR, marks[YEAR], scored, key);
        LegacyTermResult first = termResult(v1, y.conductFirst());
        LegacyTermResult second = termResult(v2, y.conductSecond());
        LegacyTermResult year = termResult(vy, y.conductYear());
        PromotionStatus yearEnd = yearEndPromotion(y, year.standing());
        List<String> retest = yearEnd == PromotionStatus.SUMMER_REASSESSMENT ? retestSubjects(subjects, marks[YEAR], scored)
                : List.of();
        int[] afterMarks = applyReassessments(y, marks[YEAR], scored, yearEnd, retest);
        Optional<LegacyTermView> afterView = afterMarks == null ? Optional.empty()
                : Optional.of(view(y, Term.WHOLE_YEAR, afterMarks, scored, key));
        Optional<LegacyTermResult> after = afterView.map(v -> termResult(v, y.conductYear()));
        checkSummerTraining(y, yearEnd);
        PromotionStatus promotion = currentPromotion(y, yearEnd, after);
        List<LegacySubjectResult> results = subjectResults(subjects, marks, scored);
        Reasons reasons = Reasons.lazy(() -> new LegacyExplainer(table.document(), table.regime())
                .explain(y, List.of(v1, v2, vy), afterView, List.of(first, second, year), after, yearEnd, retest,
                        promotion));
        return new LegacySecondaryOutcome(y.studentId(), table.regime(), results, first, second, year, yearEnd,
                retest, after, y.conductAfterSummerTraining(), promotion, reasons);
    }

    private void checkRecord(LegacySecondaryYear y) {
        if (y.level() != EducationLevel.LOWER_SECONDARY && y.level() != EducationLevel.UPPER_SECONDARY
                || !y.level().includes(y.grade())) {
            throw input(y.studentId(), null, null, Citation.of(table.document(), 1), LocalizedText.of(
                    "cấp học " + y.level().abbreviation() + ", khối " + y.grade().number()
                            + " không thuộc THCS, THPT", "level " + y.level().abbreviation() + ", grade "
                            + y.grade().number() + " is not lower or upper secondary"));
        }
        Regime applicable = AssessmentRulesProvider.regimeFor(y.level(), y.grade(), y.year());
        if (applicable != table.regime()) {
            throw input(y.studentId(), null, null, Citation.of(table.document(), 1), LocalizedText.of(
                    "khối " + y.grade().number() + " năm học " + y.year() + " được đánh giá theo "
                            + applicable.shortName(), "grade " + y.grade().number() + " in " + y.year()
                            + " is assessed under " + applicable.shortName()));
        }
        // A pairwise check: a dozen subjects compare faster than they hash, and nothing is allocated.
        List<SubjectYear> subjects = y.subjects();
        for (int i = 1; i < subjects.size(); i++) {
            SubjectYear s = subjects.get(i);
            if (seenBefore(subjects, i)) {
                throw input(y.studentId(), s.subject().code(), null, Citation.of(table.document(), 10),
                        LocalizedText.of("môn học được ghi hai lần", "the subject is recorded twice"));
            }
        }
        y.specialisedSubjectCode().ifPresent(spec -> {
            boolean scored = y.subjects().stream().anyMatch(s -> s.subject().code().equals(spec)
                    && s.subject().mode() == AssessmentMode.SCORE);
            if (!scored) {
                throw input(y.studentId(), spec, null, Citation.of(table.document(), 13), LocalizedText.of(
                        "môn chuyên không có trong hồ sơ hoặc không đánh giá bằng điểm",
                        "the specialised subject is missing or not assessed by score"));
            }
        });
    }

    private static boolean seenBefore(List<SubjectYear> subjects, int i) {
        String code = subjects.get(i).subject().code();
        for (int j = 0; j < i; j++) {
            if (subjects.get(j).subject().code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private void evaluate(LegacySecondaryYear y, SubjectYear s, int i, int[][] marks, boolean[] scored) {
        Subject subject = s.subject();
        if (subject.mode() != AssessmentMode.SCORE && subject.mode() != AssessmentMode.COMMENT) {
            throw input(y.studentId(), subject.code(), null, Citation.of(table.document(), 6), LocalizedText.of(
                    "môn học phải đánh giá bằng điểm hoặc bằng nhận xét, không phải " + subject.mode(),
                    "a subject is assessed by score or by comment, not " + subject.mode()));
        }
        scored[i] = subject.mode() == AssessmentMode.SCORE;
        if (scored[i] && !s.exemptions().isEmpty()) {
            throw input(y.studentId(), subject.code(), null, Citation.of(table.document(), 12), LocalizedText.of(
                    "chỉ được miễn học môn Thể dục, Âm nhạc, Mỹ thuật (môn đánh giá bằng nhận xét)",
                    "only Thể dục, Âm nhạc and Mỹ thuật (comment subjects) can be exempted"));
        }
        marks[FIRST][i] = termMark(y, s, Term.FIRST);
        marks[SECOND][i] = termMark(y, s, Term.SECOND);
        int f = marks[FIRST][i];
        int sec = marks[SECOND][i];
        if (f == ABSENT && sec == ABSENT && s.exemptions().isEmpty()) {
            throw input(y.studentId(), subject.code(), null, Citation.of(table.document(), 10), LocalizedText.of(
                    "môn học không có kết quả học kỳ nào và không được miễn học",
                    "the subject has no semester result and is not exempted"));
        }
        // Điều 10.2 and 12: a subject taught or assessed in one semester only takes that
        // semester's result for the year; a comment subject's year is semester II's result.
        if (f == ABSENT || sec == ABSENT) {
            marks[YEAR][i] = f == ABSENT ? sec : f;
        } else {
            marks[YEAR][i] = !scored[i] ? sec : table.averagePolicy().yearFromRoundedSemesters()
                    ? yearAverage(Score.ofTenths(f), Score.ofTenths(sec)).tenths()
                    : exactYearAverage((ScoredTerm) s.first().orElseThrow(), (ScoredTerm) s.second().orElseThrow());
        }
    }

    private int termMark(LegacySecondaryYear y, SubjectYear s, Term term) {
        Optional<TermAssessments> assessments = s.term(term);
        boolean exempt = !s.exemptions().isEmpty()
                && (s.exemptions().contains(term) || s.exemptions().contains(Term.WHOLE_YEAR));
        if (assessments.isEmpty()) {
            return ABSENT;
        }
        String code = s.subject().code();
        if (exempt) {
            throw input(y.studentId(), code, term, Citation.of(table.document(), 12), LocalizedText.of(
                    "học sinh được miễn học nhưng có kết quả kiểm tra", "the student is exempted but has results"));
        }
        TermAssessments t = assessments.get();
        checkCounts(y, s, term, t);
        if (s.subject().mode() == AssessmentMode.SCORE) {
            if (!(t instanceof ScoredTerm st)) {
                throw input(y.studentId(), code, term, Citation.of(table.document(), 6), LocalizedText.of(
                        "môn đánh giá bằng điểm có kết quả nhận xét (Đ/CĐ)",
                        "a subject assessed by score has comment results (Đ/CĐ)"));
            }
            return semesterAverage(st).tenths();
        }
        if (!(t instanceof CommentTerm ct)) {
            throw input(y.studentId(), code, term, Citation.of(table.document(), 6), LocalizedText.of(
                    "môn đánh giá bằng nhận xét có điểm số", "a subject assessed by comment has scores"));
        }
        return commentSemester(ct) == CommentResult.PASS ? 1 : 0;
    }

    private void checkCounts(LegacySecondaryYear y, SubjectYear s, Term term, TermAssessments t) {
        int min = table.minimumRegular(s.subject().periodsPerYear());
        if (t.regular().size() < min) {
            throw input(y.studentId(), s.subject().code(), term, Citation.of(table.document(), 7), LocalizedText.of(
                    "có " + t.regular().size() + " điểm kiểm tra thường xuyên, cần ít nhất " + min + " cho môn "
                            + s.subject().periodsPerYear() + " tiết/năm",
                    t.regular().size() + " regular tests, at least " + min + " needed for a subject of "
                            + s.subject().periodsPerYear() + " periods a year"));
        }
        int periodic = t.periodic().size();
        if (table.exactlyOneMidterm() ? periodic != 1 : periodic < 1) {
            String need = table.exactlyOneMidterm() ? "đúng 1" : "ít nhất 1";
            String needEn = table.exactlyOneMidterm() ? "exactly 1" : "at least 1";
            throw input(y.studentId(), s.subject().code(), term, Citation.of(table.document(), 7), LocalizedText.of(
                    "có " + periodic + " điểm kiểm tra định kỳ / giữa kỳ, cần " + need,
                    periodic + " periodic (mid-term) tests, " + needEn + " needed"));
        }
    }

    private boolean isKey(String code) {
        for (String k : keyCodes) {
            if (k.equals(code)) {
                return true;
            }
        }
        return false;
    }

    private LegacyTermView view(LegacySecondaryYear y, Term term, int[] slot, boolean[] scored, boolean[] isKey) {
        List<SubjectYear> subjects = y.subjects();
        int ns = 0;
        int nc = 0;
        for (int i = 0; i < slot.length; i++) {
            if (slot[i] != ABSENT) {
                if (scored[i]) {
                    ns++;
                } else {
                    nc++;
                }
            }
        }
        int[] values = new int[ns];
        Subject[] scoredSubjects = new Subject[ns];
        boolean[] keys = new boolean[ns];
        Subject[] commentSubjects = new Subject[nc];
        boolean[] pass = new boolean[nc];
        int specialised = -1;
        String spec = y.specialisedSubjectCode().orElse(null);
        long sum = 0;
        boolean anyKey = false;
        int a = 0;
        int c = 0;
        for (int i = 0; i < slot.length; i++) {
            if (slot[i] == ABSENT) {
                continue;
            }
            Subject subject = subjects.get(i).subject();
            if (scored[i]) {
                values[a] = slot[i];
                scoredSubjects[a] = subject;
                keys[a] = isKey[i];
                anyKey |= isKey[i];
                if (subject.code().equals(spec)) {
                    specialised = a;
                }
                sum += slot[i];
                a++;
            } else {
                commentSubjects[c] = subject;
                pass[c++] = slot[i] == 1;
            }
        }
        checkView(y, term, ns, anyKey);
        int average = Score.ofFraction(sum, ns, table.averagePolicy().rounding()).tenths();
        return new LegacyTermView(term, average, values, scoredSubjects, keys, specialised, commentSubjects, pass);
    }

    private void checkView(LegacySecondaryYear y, Term term, int scoredCount, boolean anyKey) {
        if (scoredCount == 0) {
            throw input(y.studentId(), null, term, Citation.of(table.document(), 11), LocalizedText.of(
                    "không có môn đánh giá bằng điểm để tính điểm trung bình các môn",
                    "no subject assessed by score to average"));
        }
        if (!anyKey) {
            throw input(y.studentId(), null, term, Citation.of(table.document(), 13), LocalizedText.of(
                    "không có môn nào trong " + table.keySubjectCodes() + " để xếp loại học lực",
                    "none of " + table.keySubjectCodes() + " is recorded, so the standing cannot be found"));
        }
    }

    private LegacyTermResult termResult(LegacyTermView v, LegacyConduct conduct) {
        int computed = LegacyStandingCriteria.computed(v);
        int adjusted = LegacyStandingCriteria.adjusted(v, computed);
        AcademicStanding standing = AcademicStanding.values()[adjusted];
        return new LegacyTermResult(v.term(), Score.ofTenths(v.average()), AcademicStanding.values()[computed],
                standing, conduct, title(conduct, standing));
    }

    /** Điều 18: Học sinh giỏi for Tốt and Giỏi; Học sinh tiên tiến for at least Khá and Khá. */
    static Optional<Award> title(LegacyConduct conduct, AcademicStanding standing) {
        if (conduct == LegacyConduct.GOOD && standing == AcademicStanding.EXCELLENT) {
            return Optional.of(Award.GOOD_STUDENT);
        }
        if (conduct.isAtLeast(LegacyConduct.FAIR) && standing.isAtLeast(AcademicStanding.GOOD)) {
            return Optional.of(Award.ADVANCED_STUDENT);
        }
        return Optional.empty();
    }

    private PromotionStatus yearEndPromotion(LegacySecondaryYear y, AcademicStanding standing) {
        LegacyConduct conduct = y.conductYear();
        if (y.disability() && table.principalDecidesForDisability()) {
            return PromotionStatus.PRINCIPAL_DECIDES;
        }
        if (y.absences() > MAX_ABSENCES || standing == AcademicStanding.POOR
                || standing == AcademicStanding.WEAK && conduct == LegacyConduct.WEAK) {
            return PromotionStatus.NOT_PROMOTED;
        }
        if (standing == AcademicStanding.WEAK) {
            return PromotionStatus.SUMMER_REASSESSMENT;
        }
        return conduct == LegacyConduct.WEAK ? PromotionStatus.SUMMER_CONDUCT_TRAINING : PromotionStatus.PROMOTED;
    }

    private static List<String> retestSubjects(List<SubjectYear> subjects, int[] year, boolean[] scored) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < year.length; i++) {
            if (year[i] != ABSENT && (scored[i] ? year[i] < 50 : year[i] == 0)) {
                codes.add(subjects.get(i).subject().code());
            }
        }
        return List.copyOf(codes);
    }

    /** Điều 16.3: each re-test result replaces the subject's year result; null when none was given. */
    private int[] applyReassessments(LegacySecondaryYear y, int[] year, boolean[] scored, PromotionStatus yearEnd,
            List<String> retest) {
        int[] after = null;
        List<SubjectYear> subjects = y.subjects();
        for (int i = 0; i < subjects.size(); i++) {
            SubjectYear s = subjects.get(i);
            if (s.reassessment().isEmpty()) {
                continue;
            }
            String code = s.subject().code();
            if (yearEnd != PromotionStatus.SUMMER_REASSESSMENT || !retest.contains(code)) {
                throw input(y.studentId(), code, Term.WHOLE_YEAR, Citation.of(table.document(), 16), LocalizedText.of(
                        "có điểm kiểm tra lại nhưng học sinh không thuộc diện kiểm tra lại môn này",
                        "a re-test result is given but the student may not re-take this subject"));
            }
            Mark m = s.reassessment().get();
            if (scored[i] != (m instanceof Score)) {
                throw input(y.studentId(), code, Term.WHOLE_YEAR, Citation.of(table.document(), 6), LocalizedText.of(
                        "kết quả kiểm tra lại không cùng hình thức đánh giá của môn",
                        "the re-test result is not of the subject's assessment form"));
            }
            if (after == null) {
                after = year.clone();
            }
            after[i] = m instanceof Score sc ? sc.tenths() : m == CommentResult.PASS ? 1 : 0;
        }
        return after;
    }

    private void checkSummerTraining(LegacySecondaryYear y, PromotionStatus yearEnd) {
        if (y.conductAfterSummerTraining().isPresent() && yearEnd != PromotionStatus.SUMMER_CONDUCT_TRAINING) {
            throw input(y.studentId(), null, Term.WHOLE_YEAR, Citation.of(table.document(), 17), LocalizedText.of(
                    "có hạnh kiểm sau rèn luyện hè nhưng học sinh không thuộc diện rèn luyện trong hè",
                    "a conduct after summer training is given but the student was not sent to summer training"));
        }
    }

    private static PromotionStatus currentPromotion(LegacySecondaryYear y, PromotionStatus yearEnd,
            Optional<LegacyTermResult> after) {
        if (yearEnd == PromotionStatus.SUMMER_REASSESSMENT && after.isPresent()) {
            return after.get().standing().isAtLeast(AcademicStanding.AVERAGE) ? PromotionStatus.PROMOTED
                    : PromotionStatus.NOT_PROMOTED;
        }
        if (yearEnd == PromotionStatus.SUMMER_CONDUCT_TRAINING && y.conductAfterSummerTraining().isPresent()) {
            return y.conductAfterSummerTraining().get().isAtLeast(LegacyConduct.AVERAGE) ? PromotionStatus.PROMOTED
                    : PromotionStatus.NOT_PROMOTED;
        }
        return yearEnd;
    }

    private static List<LegacySubjectResult> subjectResults(List<SubjectYear> subjects, int[][] marks,
            boolean[] scored) {
        List<LegacySubjectResult> results = new ArrayList<>(subjects.size());
        for (int i = 0; i < subjects.size(); i++) {
            Optional<Mark> re = subjects.get(i).reassessment();
            results.add(new LegacySubjectResult(subjects.get(i).subject().code(), mark(marks[FIRST][i], scored[i]),
                    mark(marks[SECOND][i], scored[i]), mark(marks[YEAR][i], scored[i]), re));
        }
        return results;
    }

    private static Optional<Mark> mark(int value, boolean scored) {
        if (value == ABSENT) {
            return Optional.empty();
        }
        return Optional.of(scored ? Score.ofTenths(value) : value == 1 ? CommentResult.PASS : CommentResult.FAIL);
    }

    private static int count(List<CommentResult> results) {
        int n = 0;
        for (CommentResult r : results) {
            if (r == CommentResult.PASS) {
                n++;
            }
        }
        return n;
    }

    private static AssessmentInputException input(String student, String subject, Term term, Citation rule,
            LocalizedText problem) {
        return new AssessmentInputException(student, subject, term, rule, problem);
    }
}
