package vn.schoolrecords.core.assessment;

import java.util.List;
import java.util.Optional;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.Term;

/**
 * The one engine behind {@link Tt22Rules} and {@link Tt43Rules}: validates a
 * {@link SecondaryYear}, computes averages, levels, conduct, promotion, summer duties and
 * awards, and keeps the results in one {@code int[]} so that assessing a million students
 * costs no per-subject objects and no strings. Reasons are built later, from the same array,
 * by {@link SecondaryExplainer}, and only when asked for.
 *
 * <p>Result array layout, {@value #SLOTS} slots per subject: semester I, semester II, year,
 * final (after any summer re-assessment), role. A slot holds a score in tenths (0–100),
 * {@link #PASS} or {@link #FAIL} for a comment result.
 */
final class SecondaryEngine {

    static final int SLOTS = 5;
    static final int COL_FIRST = 0;
    static final int COL_SECOND = 1;
    static final int COL_YEAR = 2;
    static final int COL_FINAL = 3;
    static final int COL_ROLE = 4;

    static final int PASS = 1000;
    static final int FAIL = 1001;

    static final int ROLE_SCORED = 0;
    static final int ROLE_COMMENT = 1;
    /** A comment-only subject that TT 43 (by default) leaves out of the level conditions. */
    static final int ROLE_COMMENT_IGNORED = 2;

    // AchievementLevel ordinals, so that the hot path compares ints.
    static final int GOOD = 0;
    static final int FAIR = 1;
    static final int PASS_LEVEL = 2;
    static final int FAIL_LEVEL = 3;

    private static final AchievementLevel[] LEVELS = AchievementLevel.values();

    /** TT 22 Điều 8 khoản 2 điểm b, indexed [HK II][HK I] by AchievementLevel ordinal. */
    private static final AchievementLevel[][] CONDUCT_YEAR = {
        {AchievementLevel.GOOD, AchievementLevel.GOOD, AchievementLevel.FAIR, AchievementLevel.FAIR},
        {AchievementLevel.FAIR, AchievementLevel.FAIR, AchievementLevel.FAIR, AchievementLevel.PASS},
        {AchievementLevel.FAIR, AchievementLevel.PASS, AchievementLevel.PASS, AchievementLevel.PASS},
        {AchievementLevel.FAIL, AchievementLevel.FAIL, AchievementLevel.FAIL, AchievementLevel.FAIL},
    };

    /** Bits of the reassessment mask are subject indices. */
    static final int MAX_SUBJECTS = 64;

    private SecondaryEngine() {
    }

    static AchievementLevel level(int ordinal) {
        return LEVELS[ordinal];
    }

    /**
     * The year's conduct from the semester pair (Điều 8.2b).
     *
     * @param first semester I
     * @param second semester II
     * @return the year's conduct
     */
    static AchievementLevel conductOfYear(AchievementLevel first, AchievementLevel second) {
        return CONDUCT_YEAR[second.ordinal()][first.ordinal()];
    }

    static SecondaryOutcome assess(StudentYearRecord record, SecondaryTable table, AveragePolicy policy) {
        SecondaryYear year = requireSecondary(record, table);
        List<SubjectYear> subjects = year.subjects();
        int n = subjects.size();
        checkSubjectSet(year, table, n);
        int[] res = new int[SLOTS * n];
        for (int i = 0; i < n; i++) {
            fillSubject(year, subjects.get(i), table, policy, res, i * SLOTS);
        }
        int first = levelPacked(res, n, COL_FIRST, table);
        int second = levelPacked(res, n, COL_SECOND, table);
        int whole = levelPacked(res, n, COL_YEAR, table);
        return decide(year, table, policy, res, first, second, whole);
    }

    private static SecondaryOutcome decide(SecondaryYear year, SecondaryTable table, AveragePolicy policy, int[] res,
            int first, int second, int whole) {
        int n = res.length / SLOTS;
        AchievementLevel learning = level(adjusted(whole));
        AchievementLevel conduct = conductOfYear(year.conductFirst(), year.conductSecond());
        PromotionStatus yearEnd = yearEnd(year, table, learning, conduct);
        Optional<AchievementLevel> trained = year.conductAfterSummerTraining();
        if (trained.isPresent() && yearEnd != PromotionStatus.SUMMER_CONDUCT_TRAINING) {
            throw input(year, null, null, table.cite(table.trainingArticle()), LocalizedText.of(
                    "có kết quả rèn luyện lại trong hè nhưng học sinh không phải rèn luyện trong hè",
                    "a conduct result after summer training is given but the student had no summer training"));
        }
        AchievementLevel finalConduct = trained.orElse(conduct);
        boolean eligible = learning == AchievementLevel.FAIL && !year.disability()
                && year.absences() <= table.maxAbsences() && finalConduct.isAtLeast(AchievementLevel.PASS);
        long mask = eligible ? reassessmentMask(res, n, table) : 0L;
        boolean allGiven = checkReassessments(year, table, res, mask);
        if (eligible && mask == 0L && yearEnd == PromotionStatus.SUMMER_REASSESSMENT) {
            // Chưa đạt with no subject to re-take (fewer scored subjects than the levels count):
            // the summer cannot change the result.
            yearEnd = PromotionStatus.NOT_PROMOTED;
        }
        int finalLevel = -1;
        PromotionStatus status = yearEnd;
        if (yearEnd == PromotionStatus.SUMMER_CONDUCT_TRAINING && trained.isPresent()) {
            status = finalConduct == AchievementLevel.FAIL ? PromotionStatus.NOT_PROMOTED
                    : learning != AchievementLevel.FAIL ? PromotionStatus.PROMOTED
                    : mask == 0L ? PromotionStatus.NOT_PROMOTED
                    : PromotionStatus.SUMMER_REASSESSMENT;
        }
        if (status == PromotionStatus.SUMMER_REASSESSMENT && allGiven) {
            finalLevel = levelPacked(res, n, COL_FINAL, table);
            status = adjusted(finalLevel) == FAIL_LEVEL ? PromotionStatus.NOT_PROMOTED : PromotionStatus.PROMOTED;
        }
        Award award = award(res, n, table, learning, conduct);
        return new SecondaryOutcome(year, table, policy, res, first, second, whole, finalLevel, conduct,
                finalConduct, yearEnd, status, mask, award);
    }

    private static PromotionStatus yearEnd(SecondaryYear year, SecondaryTable table, AchievementLevel learning,
            AchievementLevel conduct) {
        boolean absencesOk = year.absences() <= table.maxAbsences();
        if (conduct != AchievementLevel.FAIL && learning != AchievementLevel.FAIL && absencesOk) {
            return PromotionStatus.PROMOTED;
        }
        if (year.disability()) {
            return PromotionStatus.PRINCIPAL_DECIDES;
        }
        if (!absencesOk) {
            return PromotionStatus.NOT_PROMOTED;
        }
        return conduct == AchievementLevel.FAIL ? PromotionStatus.SUMMER_CONDUCT_TRAINING
                : PromotionStatus.SUMMER_REASSESSMENT;
    }

    private static Award award(int[] res, int n, SecondaryTable table, AchievementLevel learning,
            AchievementLevel conduct) {
        if (learning != AchievementLevel.GOOD || conduct != AchievementLevel.GOOD) {
            return null;
        }
        int high = 0;
        for (int i = 0; i < n; i++) {
            int base = i * SLOTS;
            if (res[base + COL_ROLE] == ROLE_SCORED && res[base + COL_YEAR] >= table.excellentHigh()) {
                high++;
            }
        }
        return high >= table.minSubjects() ? table.excellentAward() : table.goodAward();
    }

    /** The subjects to re-take (Điều 14.1): comment subjects at Chưa đạt, scored ones below 5,0. */
    static long reassessmentMask(int[] res, int n, SecondaryTable table) {
        long mask = 0L;
        for (int i = 0; i < n; i++) {
            int base = i * SLOTS;
            int role = res[base + COL_ROLE];
            int v = res[base + COL_YEAR];
            if (role == ROLE_SCORED ? v < table.reassessBelow() : role == ROLE_COMMENT && v == FAIL) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    /**
     * Checks the summer results against the list and writes them into the final column.
     *
     * @return true when every subject on the list has its result
     */
    private static boolean checkReassessments(SecondaryYear year, SecondaryTable table, int[] res, long mask) {
        List<SubjectYear> subjects = year.subjects();
        boolean allGiven = true;
        for (int i = 0; i < subjects.size(); i++) {
            SubjectYear s = subjects.get(i);
            boolean listed = (mask & (1L << i)) != 0;
            Optional<Mark> again = s.reassessment();
            if (again.isEmpty()) {
                allGiven &= !listed;
                continue;
            }
            if (!listed) {
                throw input(year, s.subject(), Term.WHOLE_YEAR, table.cite(table.reassessmentArticle(), 1),
                        LocalizedText.of("có kết quả đánh giá lại nhưng môn không thuộc danh sách đánh giá lại",
                                "a re-assessment result is given for a subject not to be re-assessed"));
            }
            res[i * SLOTS + COL_FINAL] = markValue(year, s.subject(), again.get(), Term.WHOLE_YEAR, table);
        }
        return allGiven;
    }

    private static int markValue(SecondaryYear year, Subject subject, Mark mark, Term term, SecondaryTable table) {
        boolean scored = subject.mode() == AssessmentMode.SCORE;
        if (mark instanceof Score score && scored) {
            return score.tenths();
        }
        if (mark instanceof CommentResult comment && !scored) {
            return comment == CommentResult.PASS ? PASS : FAIL;
        }
        throw wrongKind(year, subject, term, table);
    }

    private static SecondaryYear requireSecondary(StudentYearRecord record, SecondaryTable table) {
        if (!(record instanceof SecondaryYear year)) {
            throw new AssessmentInputException(record.studentId(), null, null, table.cite(1),
                    LocalizedText.of("hồ sơ không phải hồ sơ năm học trung học (SecondaryYear): "
                                    + record.getClass().getSimpleName(),
                            "the record is not a secondary school year (SecondaryYear): "
                                    + record.getClass().getSimpleName()));
        }
        Regime applicable = AssessmentRulesProvider.regimeFor(year.level(), year.grade(), year.year());
        if (applicable != table.regime()) {
            throw input(year, null, null, table.cite(1), LocalizedText.of(
                    "lớp " + year.grade().number() + " năm học " + year.year() + " được đánh giá theo "
                            + applicable.shortName() + ", không theo " + table.document(),
                    "grade " + year.grade().number() + " in " + year.year() + " is assessed under "
                            + applicable.shortName() + ", not " + table.document()));
        }
        if (year.absences() < 0) {
            throw input(year, null, null, table.cite(table.promotionArticle(), 1, "c"), LocalizedText.of(
                    "số buổi nghỉ học không thể âm: " + year.absences(),
                    "days absent cannot be negative: " + year.absences()));
        }
        return year;
    }

    private static void checkSubjectSet(SecondaryYear year, SecondaryTable table, int n) {
        if (n > MAX_SUBJECTS) {
            throw input(year, null, null, table.cite(5), LocalizedText.of(
                    "quá nhiều môn học: " + n, "too many subjects: " + n));
        }
        List<SubjectYear> subjects = year.subjects();
        // Hashes first (String caches them): this runs for every student, equals() rarely.
        for (int i = 1; i < n; i++) {
            String code = subjects.get(i).subject().code();
            int hash = code.hashCode();
            for (int j = 0; j < i; j++) {
                String other = subjects.get(j).subject().code();
                if (other.hashCode() == hash && code.equals(other)) {
                    throw input(year, subjects.get(i).subject(), null, table.cite(5), LocalizedText.of(
                            "môn học được ghi hai lần", "the subject is recorded twice"));
                }
            }
        }
    }

    private static void fillSubject(SecondaryYear year, SubjectYear s, SecondaryTable table, AveragePolicy policy,
            int[] res, int base) {
        Subject subject = s.subject();
        AssessmentMode mode = subject.mode();
        if (mode == AssessmentMode.SCORE) {
            if (table.countedCommentSubjects().contains(subject.code())) {
                throw input(year, subject, null, table.cite(5), LocalizedText.of(
                        "môn được cấu hình là môn đánh giá bằng nhận xét nhưng hồ sơ ghi đánh giá bằng điểm",
                        "the subject is configured as comment-only but recorded as scored"));
            }
            scoredSubject(year, s, table, policy, res, base);
        } else if (mode == AssessmentMode.COMMENT) {
            commentSubject(year, s, table, res, base);
        } else {
            throw input(year, subject, null, table.cite(5, 1), LocalizedText.of(
                    "môn học đánh giá theo tiểu học (" + mode + ") không thuộc " + table.document(),
                    "a primary-mode subject (" + mode + ") is not assessed under " + table.document()));
        }
        res[base + COL_FINAL] = res[base + COL_YEAR];
    }

    private static void scoredSubject(SecondaryYear year, SubjectYear s, SecondaryTable table, AveragePolicy policy,
            int[] res, int base) {
        int required = requiredRegular(s.subject());
        ScoredTerm first = scoredTerm(year, s, Term.FIRST, required, table);
        ScoredTerm second = scoredTerm(year, s, Term.SECOND, required, table);
        long sum1 = weightedSum(first);
        long sum2 = weightedSum(second);
        int den1 = first.regular().size() + 5;
        int den2 = second.regular().size() + 5;
        int avg1 = semesterAverage(sum1, den1, policy.rounding());
        int avg2 = semesterAverage(sum2, den2, policy.rounding());
        res[base + COL_FIRST] = avg1;
        res[base + COL_SECOND] = avg2;
        res[base + COL_YEAR] = yearAverage(sum1, den1, avg1, sum2, den2, avg2, policy);
        res[base + COL_ROLE] = ROLE_SCORED;
    }

    /**
     * ΣĐĐGtx + 2·GK + 3·CK over n + 5, rounded by {@code Score.ofFraction}. The usual
     * denominators (2, 3 or 4 regular assessments) are passed as constants so that the JIT
     * divides by multiplying instead of issuing a hardware division for each of the 24 averages.
     */
    private static int semesterAverage(long sum, int den, java.math.RoundingMode mode) {
        return switch (den) {
            case 7 -> Score.ofFraction(sum, 7, mode).tenths();
            case 8 -> Score.ofFraction(sum, 8, mode).tenths();
            case 9 -> Score.ofFraction(sum, 9, mode).tenths();
            default -> Score.ofFraction(sum, den, mode).tenths();
        };
    }

    private static long weightedSum(ScoredTerm term) {
        List<Score> regular = term.regular();
        long sum = 0;
        for (int i = 0, k = regular.size(); i < k; i++) {
            sum += regular.get(i).tenths();
        }
        return sum + 2L * term.periodic().get(0).tenths() + 3L * term.endOfTerm().tenths();
    }

    private static void commentSubject(SecondaryYear year, SubjectYear s, SecondaryTable table, int[] res, int base) {
        int first = commentTerm(year, s, Term.FIRST, table);
        int second = commentTerm(year, s, Term.SECOND, table);
        res[base + COL_FIRST] = first;
        res[base + COL_SECOND] = second;
        res[base + COL_YEAR] = second; // Điều 9.1a: the year's result is semester II's
        res[base + COL_ROLE] = table.commentCounts(s.subject().code()) ? ROLE_COMMENT : ROLE_COMMENT_IGNORED;
    }

    /**
     * The required number of regular assessments per semester (Điều 6.2): 2 for comment-only
     * subjects; scored ones 2 up to 35 periods a year, 3 up to 70, 4 above.
     *
     * @param subject the subject
     * @return the required number
     */
    static int requiredRegular(Subject subject) {
        if (subject.mode() == AssessmentMode.COMMENT) {
            return 2;
        }
        int periods = subject.periodsPerYear();
        return periods <= 35 ? 2 : periods <= 70 ? 3 : 4;
    }

    private static ScoredTerm scoredTerm(SecondaryYear year, SubjectYear s, Term term, int required,
            SecondaryTable table) {
        TermAssessments t = present(year, s, term, table);
        if (!(t instanceof ScoredTerm scored)) {
            throw wrongKind(year, s.subject(), term, table);
        }
        checkCounts(year, s.subject(), term, scored.regular().size(), scored.periodic().size(), required, table);
        return scored;
    }

    private static int commentTerm(SecondaryYear year, SubjectYear s, Term term, SecondaryTable table) {
        TermAssessments t = present(year, s, term, table);
        if (!(t instanceof CommentTerm comment)) {
            throw wrongKind(year, s.subject(), term, table);
        }
        checkCounts(year, s.subject(), term, comment.regular().size(), comment.periodic().size(), 2, table);
        return commentPasses(comment) ? PASS : FAIL;
    }

    /** Điều 9.1a: Đạt only if every assessment of the semester is Đạt. */
    static boolean commentPasses(CommentTerm comment) {
        List<CommentResult> regular = comment.regular();
        boolean pass = comment.endOfTerm() == CommentResult.PASS && comment.periodic().get(0) == CommentResult.PASS;
        for (int i = 0, k = regular.size(); i < k && pass; i++) {
            pass = regular.get(i) == CommentResult.PASS;
        }
        return pass;
    }

    /** ĐTBmhk of one semester, rounded by the policy, in tenths. */
    static int semesterAverage(ScoredTerm term, AveragePolicy policy) {
        return semesterAverage(weightedSum(term), term.regular().size() + 5, policy.rounding());
    }

    /** ĐTBmcn from both semesters, by the policy, in tenths. */
    static int yearAverage(ScoredTerm first, ScoredTerm second, AveragePolicy policy) {
        long sum1 = weightedSum(first);
        long sum2 = weightedSum(second);
        int den1 = first.regular().size() + 5;
        int den2 = second.regular().size() + 5;
        return yearAverage(sum1, den1, semesterAverage(sum1, den1, policy.rounding()), sum2, den2,
                semesterAverage(sum2, den2, policy.rounding()), policy);
    }

    private static int yearAverage(long sum1, int den1, int avg1, long sum2, int den2, int avg2, AveragePolicy policy) {
        return policy.yearFromRoundedSemesters()
                ? Score.ofFraction(avg1 + 2L * avg2, 3, policy.rounding()).tenths()
                // (s1/d1 + 2·s2/d2) / 3 exactly: one fraction over 3·d1·d2.
                : Score.ofFraction(sum1 * den2 + 2 * sum2 * den1, 3L * den1 * den2, policy.rounding()).tenths();
    }

    private static TermAssessments present(SecondaryYear year, SubjectYear s, Term term, SecondaryTable table) {
        Optional<TermAssessments> t = s.term(term);
        if (t.isEmpty()) {
            boolean exempt = s.exemptions().contains(term);
            throw input(year, s.subject(), term, table.cite(exempt ? 10 : 7, 1), LocalizedText.of(
                    "thiếu kết quả đánh giá của học kỳ" + (exempt
                            ? "; học sinh được miễn chỉ phần thực hành và vẫn được đánh giá phần lý thuyết" : ""),
                    "the semester's assessments are missing" + (exempt
                            ? "; an exemption covers only the practical part, theory is still assessed" : "")));
        }
        return t.get();
    }

    private static void checkCounts(SecondaryYear year, Subject subject, Term term, int regular, int periodic,
            int required, SecondaryTable table) {
        if (regular < required) {
            boolean comment = subject.mode() == AssessmentMode.COMMENT;
            throw input(year, subject, term, table.cite(6, 2, comment ? "a" : "b"), LocalizedText.of(
                    "có " + regular + " điểm đánh giá thường xuyên, cần ít nhất " + required
                            + (comment ? "" : " cho môn " + subject.periodsPerYear() + " tiết/năm học"),
                    regular + " regular assessments, at least " + required + " required"
                            + (comment ? "" : " for a subject of " + subject.periodsPerYear() + " periods a year")));
        }
        if (periodic != 1) {
            throw input(year, subject, term, table.cite(7, 1), LocalizedText.of(
                    "có " + periodic + " điểm đánh giá giữa kỳ, cần đúng 1",
                    periodic + " mid-term assessments, exactly 1 required"));
        }
    }

    private static AssessmentInputException wrongKind(SecondaryYear year, Subject subject, Term term,
            SecondaryTable table) {
        boolean scored = subject.mode() == AssessmentMode.SCORE;
        return input(year, subject, term, table.cite(5, 3, scored ? "b" : "a"), scored
                ? LocalizedText.of("kết quả nhận xét (Đạt/Chưa đạt) cho môn đánh giá bằng điểm",
                        "a comment result (Đạt/Chưa đạt) on a subject assessed by score")
                : LocalizedText.of("điểm số cho môn chỉ đánh giá bằng nhận xét",
                        "a score on a subject assessed by comment only"));
    }

    static AssessmentInputException input(SecondaryYear year, Subject subject, Term term, Citation rule,
            LocalizedText problem) {
        return new AssessmentInputException(year.studentId(), subject == null ? null : subject.code(), term, rule,
                problem);
    }

    // ---- learning level (Điều 9.2) and its adjustment (Điều 9.3) ----

    /** @return the computed level's ordinal in bits 0–1, the adjusted one in bits 2–3 */
    static int levelPacked(int[] res, int n, int col, SecondaryTable t) {
        int commentFails = 0;
        int min1 = 101;
        int min1Count = 0;
        int min2 = 101;
        int c50 = 0;
        int c65 = 0;
        int c80 = 0;
        for (int i = 0; i < n; i++) {
            int base = i * SLOTS;
            int role = res[base + COL_ROLE];
            int v = res[base + col];
            if (role == ROLE_SCORED) {
                c50 += v >= t.passHigh() ? 1 : 0;
                c65 += v >= t.fairHigh() ? 1 : 0;
                c80 += v >= t.goodHigh() ? 1 : 0;
                if (v < min1) {
                    min2 = min1;
                    min1 = v;
                    min1Count = 1;
                } else if (v == min1) {
                    min1Count++;
                } else if (v < min2) {
                    min2 = v;
                }
            } else if (role == ROLE_COMMENT && v == FAIL) {
                commentFails++;
            }
        }
        int computed = level(commentFails, min1, c50, c65, c80, t);
        if (computed < PASS_LEVEL || !adjustmentPossible(computed, c65, c80, t)) {
            return computed | computed << 2;
        }
        int responsible = 0;
        for (int i = 0; i < n; i++) {
            int base = i * SLOTS;
            int role = res[base + COL_ROLE];
            int v = res[base + col];
            int raised;
            if (role == ROLE_SCORED) {
                int others = v == min1 && min1Count == 1 ? min2 : min1;
                raised = raisedScored(v, others, commentFails, c50, c65, c80, t, computed);
            } else if (role == ROLE_COMMENT && v == FAIL) {
                int l = level(commentFails - 1, min1, c50, c65, c80, t);
                raised = l <= FAIR ? l : computed;
            } else {
                continue;
            }
            if (raised <= computed - 2) {
                responsible++;
            }
        }
        int adjusted = responsible == 1 ? computed - 1 : computed;
        return computed | adjusted << 2;
    }

    /**
     * Whether any single raise could lift the level two steps: no raise changes the count of
     * subjects at 8,0 and at most one raise adds one to the count at 6,5, so without enough of
     * them the per-subject search is skipped — most students, and the cost of the hot path.
     */
    private static boolean adjustmentPossible(int computed, int c65, int c80, SecondaryTable t) {
        int need = t.minSubjects();
        return computed == PASS_LEVEL ? c80 >= need : c80 >= need || c65 + 1 >= need;
    }

    /**
     * The level reached when only this scored subject is raised to the threshold of Tốt (6,5),
     * or else of Khá (5,0); {@code computed} when neither is reached.
     */
    static int raisedScored(int v, int others, int commentFails, int c50, int c65, int c80, SecondaryTable t,
            int computed) {
        if (v < t.goodAll()) {
            int g = level(commentFails, Math.min(others, t.goodAll()), c50 + (v < t.passHigh() ? 1 : 0),
                    c65 + (v < t.fairHigh() ? 1 : 0), c80, t);
            if (g == GOOD) {
                return GOOD;
            }
        }
        if (v < t.fairAll()) {
            int f = level(commentFails, Math.min(others, t.fairAll()), c50 + (v < t.passHigh() ? 1 : 0),
                    c65 + (v < t.fairHigh() && t.fairAll() >= t.fairHigh() ? 1 : 0), c80, t);
            if (f <= FAIR) {
                return FAIR;
            }
        }
        return computed;
    }

    /** The first level of Điều 9.2 whose conditions hold, checked Tốt → Khá → Đạt. */
    static int level(int commentFails, int min, int c50, int c65, int c80, SecondaryTable t) {
        int need = t.minSubjects();
        if (commentFails == 0 && min >= t.goodAll() && c80 >= need) {
            return GOOD;
        }
        if (commentFails == 0 && min >= t.fairAll() && c65 >= need) {
            return FAIR;
        }
        if (commentFails <= 1 && c50 >= need && min >= t.passFloor()) {
            return PASS_LEVEL;
        }
        return FAIL_LEVEL;
    }

    static int computed(int packed) {
        return packed & 3;
    }

    static int adjusted(int packed) {
        return (packed >> 2) & 3;
    }
}
