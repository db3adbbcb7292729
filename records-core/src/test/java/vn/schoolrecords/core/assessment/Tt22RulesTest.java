package vn.schoolrecords.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.assessment.AchievementLevel.FAIL;
import static vn.schoolrecords.core.assessment.AchievementLevel.FAIR;
import static vn.schoolrecords.core.assessment.AchievementLevel.GOOD;
import static vn.schoolrecords.core.assessment.AchievementLevel.PASS;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.comment;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.commentSubject;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.flat;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.s;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.scored;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.scoredSubject;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.subjects;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.withComment;
import static vn.schoolrecords.core.assessment.SecondaryFixtures.year;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.Term;

class Tt22RulesTest {

    private final Tt22Rules rules = Tt22Rules.standard();

    private SecondaryOutcome assess(String... scores) {
        return rules.assess(year("HS1", subjects(scores)));
    }

    private static Mark yearOf(SecondaryOutcome o, String code) {
        return o.subject(code).orElseThrow().year();
    }

    // ---- R1.6 averages ----

    @Test
    void semesterAverageOfTheWorkedExampleIsRoundedHalfUpTo7_7() {
        Subject chemistry = Subject.of("HOA_HOC", "Hoá học", 70, AssessmentMode.SCORE, true);
        ScoredTerm term = ScoredTerm.of(List.of(s("6"), s("8"), s("7,5")), s("5"), s("10"));
        List<SubjectYear> list = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "8"));
        list.add(SubjectYear.of(chemistry, term, term));
        SecondaryOutcome o = rules.assess(year("HS1", list));
        // (6 + 8 + 7,5 + 2·5 + 3·10) / 8 = 61,5 / 8 = 7,6875 → 7,7
        assertThat(o.subject("HOA_HOC").orElseThrow().first()).isEqualTo(s("7,7"));
        assertThat(o.subject("HOA_HOC").orElseThrow().second()).isEqualTo(s("7,7"));
        assertThat(yearOf(o, "HOA_HOC")).isEqualTo(s("7,7"));
    }

    @Test
    void yearAverageOfNineAndSevenAndAHalfIsEight() {
        List<SubjectYear> list = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "8"));
        list.set(0, scored(0, "9,0", "7,5"));
        // (9,0 + 2·7,5) / 3 = 24 / 3 = 8,0
        assertThat(yearOf(rules.assess(year("HS1", list)), "TOAN")).isEqualTo(s("8,0"));
    }

    @Test
    void yearAverageComesFromRoundedSemestersByDefaultAndFromExactOnesOnRequest() {
        Subject civics = scoredSubject(3); // 35 periods: 2 regular assessments
        // HK I: (3 + 3 + 2·3 + 3·6) / 7 = 30 / 7 = 4,2857 → 4,3; HK II: 30,5 / 7 = 4,357 → 4,4
        ScoredTerm first = ScoredTerm.of(List.of(s("3"), s("3")), s("3"), s("6"));
        ScoredTerm second = ScoredTerm.of(List.of(s("3"), s("3,5")), s("3"), s("6"));
        List<SubjectYear> list = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "8"));
        list.set(3, SubjectYear.of(civics, first, second));
        SecondaryYear y = year("HS1", list);
        // rounded: (4,3 + 2·4,4) / 3 = 13,1 / 3 = 4,367 → 4,4; exact: (30/7 + 61/7) / 3 = 91/21 = 4,333 → 4,3
        assertThat(yearOf(rules.assess(y), "GDCD")).isEqualTo(s("4,4"));
        Tt22Rules exact = rules.withAveragePolicy(new AveragePolicy(RoundingMode.HALF_UP, false));
        assertThat(yearOf(exact.assess(y), "GDCD")).isEqualTo(s("4,3"));
        assertThat(exact.averagePolicy().yearFromRoundedSemesters()).isFalse();
    }

    // ---- R1.5 comment subjects ----

    @Test
    void commentSubjectFailsASemesterWithOneChuaDatAndTakesSemesterTwoForTheYear() {
        List<SubjectYear> list = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "8"));
        CommentTerm mixed = CommentTerm.of(List.of(CommentResult.PASS, CommentResult.FAIL), CommentResult.PASS,
                CommentResult.PASS);
        list.set(8, SubjectYear.of(commentSubject(0), mixed, comment(CommentResult.PASS)));
        SecondaryOutcome o = rules.assess(year("HS1", list));
        SubjectResult gdtc = o.subject("GDTC").orElseThrow();
        assertThat(gdtc.first()).isEqualTo(CommentResult.FAIL);
        assertThat(gdtc.second()).isEqualTo(CommentResult.PASS);
        assertThat(gdtc.year()).isEqualTo(CommentResult.PASS);
        assertThat(o.learning(Term.FIRST).computed()).isEqualTo(PASS);
        assertThat(o.learning(Term.FIRST).adjusted()).isEqualTo(FAIR);
        assertThat(o.learning(Term.WHOLE_YEAR).computed()).isEqualTo(GOOD);
    }

    // ---- R1.8 adjustment examples ----

    @Test
    void eighthSubjectAtFourIsComputedDatAndAdjustedToKha() {
        SecondaryOutcome o = assess("8", "8", "8", "8", "8", "8", "8", "4");
        assertThat(o.learning(Term.WHOLE_YEAR)).isEqualTo(new LearningResult(PASS, FAIR));
        assertThat(o.learningLevel()).isEqualTo(FAIR);
    }

    @Test
    void eighthSubjectAtThreeIsComputedChuaDatAndAdjustedToDat() {
        SecondaryOutcome o = assess("8", "8", "8", "8", "8", "8", "8", "3");
        assertThat(o.learning(Term.WHOLE_YEAR)).isEqualTo(new LearningResult(FAIL, PASS));
        assertThat(o.promotion()).isEqualTo(PromotionStatus.PROMOTED);
    }

    @Test
    void oneCommentSubjectChuaDatWithEveryScoreAtLeastEightIsAdjustedToKha() {
        List<SubjectYear> list = withComment(subjects("8", "8", "8", "8", "8", "8", "8", "8"), 1, CommentResult.FAIL);
        SecondaryOutcome o = rules.assess(year("HS1", list));
        assertThat(o.learning(Term.WHOLE_YEAR)).isEqualTo(new LearningResult(PASS, FAIR));
    }

    @Test
    void twoSubjectsPullingTheLevelDownAreNotAdjusted() {
        SecondaryOutcome o = assess("8", "8", "8", "8", "8", "8", "4", "4");
        assertThat(o.learning(Term.WHOLE_YEAR)).isEqualTo(new LearningResult(PASS, PASS));
    }

    // ---- R1.7 thresholds: at, just below, just above ----

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // Tốt: every scored ≥ 6,5
        "8;8;8;8;8;8;6,5;6,5 | GOOD",
        "8;8;8;8;8;8;6,5;6,4 | FAIR",
        "8;8;8;8;8;8;6,6;6,6 | GOOD",
        // Tốt: at least 6 scored ≥ 8,0 (6 vs 5)
        "8;8;8;8;8;7,9;7;7 | FAIR",
        "8;8;8;8;8;8;7;7 | GOOD",
        "8,1;8,1;8,1;8,1;8,1;8,1;7;7 | GOOD",
        // Khá: every scored ≥ 5,0
        "6,5;6,5;6,5;6,5;6,5;6,5;7;5 | FAIR",
        "6,5;6,5;6,5;6,5;6,5;6,5;7;4,9 | PASS",
        "6,5;6,5;6,5;6,5;6,5;6,5;7;5,1 | FAIR",
        // Khá: at least 6 scored ≥ 6,5 (6 vs 5)
        "6,5;6,5;6,5;6,5;6,5;6,5;6,4;6,4 | FAIR",
        "6,5;6,5;6,5;6,5;6,5;6,4;6,4;6,4 | PASS",
        // Đạt: at least 6 scored ≥ 5,0 (6 vs 5)
        "5;5;5;5;5;5;4;4 | PASS",
        "5;5;5;5;5;4,9;4;4 | FAIL",
        // Đạt: none < 3,5
        "5;5;5;5;5;5;5;3,5 | PASS",
        "5;5;5;5;5;5;5;3,4 | FAIL",
        "5;5;5;5;5;5;5;3,6 | PASS",
    })
    void computedYearLevelAtEachThreshold(String scores, AchievementLevel expected) {
        assertThat(assess(scores.split(";")).learning(Term.WHOLE_YEAR).computed()).isEqualTo(expected);
    }

    @Test
    void fewerThanSixScoredSubjectsNeverReachAboveChuaDat() {
        List<SubjectYear> list = new ArrayList<>(subjects("10", "10", "10", "10", "10"));
        SecondaryOutcome o = rules.assess(year("HS1", list));
        assertThat(o.learning(Term.WHOLE_YEAR).computed()).isEqualTo(FAIL);
        // nothing below 5,0 to re-take: the summer cannot help
        assertThat(o.reassessmentSubjects()).isEmpty();
        assertThat(o.promotion()).isEqualTo(PromotionStatus.NOT_PROMOTED);
    }

    // ---- R1.9 conduct matrix ----

    @ParameterizedTest(name = "HK I {0}, HK II {1} → {2}")
    @CsvSource({
        "GOOD, GOOD, GOOD", "FAIR, GOOD, GOOD", "PASS, GOOD, FAIR", "FAIL, GOOD, FAIR",
        "GOOD, FAIR, FAIR", "FAIR, FAIR, FAIR", "PASS, FAIR, FAIR", "FAIL, FAIR, PASS",
        "GOOD, PASS, FAIR", "FAIR, PASS, PASS", "PASS, PASS, PASS", "FAIL, PASS, PASS",
        "GOOD, FAIL, FAIL", "FAIR, FAIL, FAIL", "PASS, FAIL, FAIL", "FAIL, FAIL, FAIL",
    })
    void yearConductFollowsTheMatrixOfArticle8(AchievementLevel first, AchievementLevel second,
            AchievementLevel expected) {
        SecondaryOutcome o = rules.assess(year("HS1", subjects("8", "8", "8", "8", "8", "8", "8", "8"), first, second, 0));
        assertThat(o.conductOfYear()).isEqualTo(expected);
        assertThat(o.conductLevel()).contains(expected);
    }

    // ---- R1.10 promotion ----

    @Test
    void fortyFiveDaysAbsentIsPromotedAndFortySixIsNot() {
        List<SubjectYear> list = subjects("8", "8", "8", "8", "8", "8", "8", "8");
        assertThat(rules.assess(year("HS1", list, GOOD, GOOD, 45)).promotion()).isEqualTo(PromotionStatus.PROMOTED);
        SecondaryOutcome o = rules.assess(year("HS1", list, GOOD, GOOD, 46));
        assertThat(o.promotion()).isEqualTo(PromotionStatus.NOT_PROMOTED);
        assertThat(o.reasons().failed()).extracting(Reason::condition).contains("PROMOTION.ABSENCES");
    }

    @Test
    void studentWithADisabilityNotOtherwisePromotedIsLeftToThePrincipal() {
        SecondaryYear y = SecondaryFixtures.disabled(year("HS1", subjects("3", "3", "3", "3", "3", "3", "3", "3")));
        SecondaryOutcome o = rules.assess(y);
        assertThat(o.promotion()).isEqualTo(PromotionStatus.PRINCIPAL_DECIDES);
        assertThat(o.reassessmentSubjects()).isEmpty();
        SecondaryYear fine = SecondaryFixtures.disabled(year("HS2", subjects("8", "8", "8", "8", "8", "8", "8", "8")));
        assertThat(rules.assess(fine).promotion()).isEqualTo(PromotionStatus.PROMOTED);
    }

    // ---- R1.11 / R1.12 summer ----

    @Test
    void reassessmentListsCommentSubjectsAtChuaDatAndScoredSubjectsBelowFive() {
        // Toán 4,5 and Ngoại ngữ 3,2 (the MOET answer's example) plus Nghệ thuật Chưa đạt: Chưa đạt
        List<SubjectYear> list = withComment(subjects("4,5", "6", "3,2", "6", "6", "6", "6", "5"), 1,
                CommentResult.FAIL);
        SecondaryOutcome o = rules.assess(year("HS1", list));
        assertThat(o.learning(Term.WHOLE_YEAR)).isEqualTo(new LearningResult(FAIL, FAIL));
        assertThat(o.promotion()).isEqualTo(PromotionStatus.SUMMER_REASSESSMENT);
        assertThat(o.reassessmentSubjects()).containsExactly("TOAN", "NGOAI_NGU_1", "NGHE_THUAT");
    }

    @Test
    void reassessmentResultsReplaceTheYearResultsAndDecidePromotion() {
        List<SubjectYear> list = new ArrayList<>(subjects("4,5", "6", "3,2", "6", "6", "6", "6", "5"));
        list.set(0, list.get(0).withReassessment(s("5,5")));
        list.set(2, list.get(2).withReassessment(s("5")));
        SecondaryOutcome o = rules.assess(year("HS1", list));
        assertThat(o.yearEndPromotion()).isEqualTo(PromotionStatus.SUMMER_REASSESSMENT);
        // after: 5,5 6 5 6 6 6 6 5 → every ≥ 5, six ≥ 6,5? no (0) → Đạt
        assertThat(o.learningAfterReassessment()).contains(new LearningResult(PASS, PASS));
        assertThat(o.learningLevel()).isEqualTo(PASS);
        assertThat(o.promotion()).isEqualTo(PromotionStatus.PROMOTED);
        assertThat(o.subject("TOAN").orElseThrow().afterReassessment()).contains(s("5,5"));
        assertThat(o.subject("TOAN").orElseThrow().finalResult()).isEqualTo(s("5,5"));
    }

    @Test
    void failedReassessmentIsNotPromotedAndPartialResultsStayPending() {
        List<SubjectYear> list = new ArrayList<>(subjects("4,5", "6", "3,2", "6", "6", "6", "6", "4"));
        list.set(0, list.get(0).withReassessment(s("5,5")));
        SecondaryOutcome pending = rules.assess(year("HS1", list));
        assertThat(pending.promotion()).isEqualTo(PromotionStatus.SUMMER_REASSESSMENT);
        assertThat(pending.learningAfterReassessment()).isEmpty();
        list.set(2, list.get(2).withReassessment(s("3")));
        list.set(7, list.get(7).withReassessment(s("5")));
        SecondaryOutcome done = rules.assess(year("HS1", list));
        // after: 5,5 6 3 6 6 6 6 5 → 3 < 3,5: Chưa đạt; raising 3 alone reaches neither Tốt nor Khá
        assertThat(done.learningLevel()).isEqualTo(FAIL);
        assertThat(done.promotion()).isEqualTo(PromotionStatus.NOT_PROMOTED);
    }

    @Test
    void chuaDatConductMeansSummerTrainingAndItsResultDecides() {
        List<SubjectYear> list = subjects("8", "8", "8", "8", "8", "8", "8", "8");
        SecondaryYear y = year("HS1", list, GOOD, FAIL, 0);
        assertThat(rules.assess(y).promotion()).isEqualTo(PromotionStatus.SUMMER_CONDUCT_TRAINING);
        assertThat(rules.assess(y.withConductAfterSummerTraining(PASS)).promotion())
                .isEqualTo(PromotionStatus.PROMOTED);
        SecondaryOutcome failed = rules.assess(y.withConductAfterSummerTraining(FAIL));
        assertThat(failed.promotion()).isEqualTo(PromotionStatus.NOT_PROMOTED);
        assertThat(failed.yearEndPromotion()).isEqualTo(PromotionStatus.SUMMER_CONDUCT_TRAINING);
    }

    @Test
    void conductAndLearningBothChuaDatTrainFirstThenReTakeSubjects() {
        List<SubjectYear> list = subjects("4", "6", "3", "6", "6", "6", "6", "6");
        SecondaryYear y = year("HS1", list, FAIL, FAIL, 0);
        SecondaryOutcome before = rules.assess(y);
        assertThat(before.promotion()).isEqualTo(PromotionStatus.SUMMER_CONDUCT_TRAINING);
        assertThat(before.reassessmentSubjects()).isEmpty();
        SecondaryOutcome trained = rules.assess(y.withConductAfterSummerTraining(PASS));
        assertThat(trained.promotion()).isEqualTo(PromotionStatus.SUMMER_REASSESSMENT);
        assertThat(trained.reassessmentSubjects()).containsExactly("TOAN", "NGOAI_NGU_1");
    }

    // ---- R1.13 awards ----

    @Test
    void excellentNeedsSixSubjectsAtNineAndFiveAreOnlyGood() {
        assertThat(assess("9", "9", "9", "9", "9", "9", "8", "8").award()).contains(Award.EXCELLENT_STUDENT);
        assertThat(assess("9", "9", "9", "9", "9", "8,9", "8", "8").award()).contains(Award.GOOD_STUDENT);
        assertThat(assess("9,1", "9,1", "9,1", "9,1", "9,1", "9,1", "8", "8").award())
                .contains(Award.EXCELLENT_STUDENT);
        SecondaryOutcome fairConduct = rules.assess(year("HS1", subjects("9", "9", "9", "9", "9", "9", "9", "9"),
                GOOD, FAIR, 0));
        assertThat(fairConduct.award()).isEmpty();
        assertThat(assess("8", "8", "8", "8", "8", "8", "7", "6,4").award()).isEmpty();
    }

    // ---- reasons ----

    @Test
    void reasonsSayWhichSubjectBlockedKhaWithItsValueAndArticle() {
        SecondaryOutcome o = assess("4,8", "8", "8", "8", "8", "8", "8", "8");
        Reason fair = o.reasons().list().stream().filter(r -> r.condition().equals("CN.FAIR.ALL_AT_LEAST"))
                .findFirst().orElseThrow();
        assertThat(fair.held()).isFalse();
        assertThat(fair.text().en()).isEqualTo("Khá not reached: Toán 4,8 < 5,0");
        assertThat(fair.text().vi()).isEqualTo("Khá chưa đạt: Toán 4,8 < 5,0");
        assertThat(fair.citation()).hasToString("TT 22/2021, Điều 9, khoản 2, điểm b");
        Reason adjusted = o.reasons().list().stream().filter(r -> r.condition().equals("CN.ADJUSTMENT"))
                .findFirst().orElseThrow();
        assertThat(adjusted.held()).isTrue();
        assertThat(adjusted.citation()).hasToString("TT 22/2021, Điều 9, khoản 3");
    }

    // ---- bad input ----

    @Test
    void tooFewRegularAssessmentsForTheSubjectsPeriodsIsAnError() {
        List<SubjectYear> list = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "8"));
        Subject maths = scoredSubject(0); // 140 periods: 4 required
        ScoredTerm three = ScoredTerm.of(List.of(s("8"), s("8"), s("8")), s("8"), s("8"));
        list.set(0, SubjectYear.of(maths, three, flat(maths, s("8"))));
        assertThatThrownBy(() -> rules.assess(year("HS9", list)))
                .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                    assertThat(e.studentId()).isEqualTo("HS9");
                    assertThat(e.subjectCode()).contains("TOAN");
                    assertThat(e.term()).contains(Term.FIRST);
                    assertThat(e.rule()).hasToString("TT 22/2021, Điều 6, khoản 2, điểm b");
                });
    }

    @Test
    void moreRegularAssessmentsThanTheMinimumAreAcceptedAndAveraged() {
        List<SubjectYear> list = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "8"));
        Subject maths = scoredSubject(0);
        // five regular 10 + 2·5 + 3·5 = 75 / 10 = 7,5
        ScoredTerm five = ScoredTerm.of(List.of(s("10"), s("10"), s("10"), s("10"), s("10")), s("5"), s("5"));
        list.set(0, SubjectYear.of(maths, five, five));
        assertThat(yearOf(rules.assess(year("HS1", list)), "TOAN")).isEqualTo(s("7,5"));
    }

    @Test
    void commentSubjectWithOneRegularAssessmentIsAnError() {
        List<SubjectYear> list = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "8"));
        CommentTerm one = CommentTerm.of(List.of(CommentResult.PASS), CommentResult.PASS, CommentResult.PASS);
        list.set(8, SubjectYear.of(commentSubject(0), comment(CommentResult.PASS), one));
        assertThatThrownBy(() -> rules.assess(year("HS1", list)))
                .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                    assertThat(e.subjectCode()).contains("GDTC");
                    assertThat(e.term()).contains(Term.SECOND);
                    assertThat(e.rule()).hasToString("TT 22/2021, Điều 6, khoản 2, điểm a");
                });
    }

    @Test
    void commentResultOnAScoredSubjectIsAnError() {
        List<SubjectYear> list = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "8"));
        Subject maths = scoredSubject(0);
        list.set(0, SubjectYear.of(maths, comment(CommentResult.PASS), flat(maths, s("8"))));
        assertThatThrownBy(() -> rules.assess(year("HS1", list)))
                .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                    assertThat(e.subjectCode()).contains("TOAN");
                    assertThat(e.term()).contains(Term.FIRST);
                    assertThat(e.rule()).hasToString("TT 22/2021, Điều 5, khoản 3, điểm b");
                    assertThat(e.text().en()).contains("comment result");
                });
    }

    @Test
    void scoreOnACommentSubjectIsAnError() {
        List<SubjectYear> list = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "8"));
        Subject pe = commentSubject(0);
        list.set(8, SubjectYear.of(pe, comment(CommentResult.PASS), flat(scoredSubject(3), s("8"))));
        assertThatThrownBy(() -> rules.assess(year("HS1", list)))
                .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                    assertThat(e.subjectCode()).contains("GDTC");
                    assertThat(e.term()).contains(Term.SECOND);
                });
    }

    @Test
    void missingSemesterIsAnErrorEvenWhenExempt() {
        List<SubjectYear> list = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "8"));
        SubjectYear maths = list.get(0);
        list.set(0, new SubjectYear(maths.subject(), maths.first(), Optional.empty(), Set.of(), Optional.empty()));
        assertThatThrownBy(() -> rules.assess(year("HS1", list)))
                .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                    assertThat(e.term()).contains(Term.SECOND);
                    assertThat(e.rule()).hasToString("TT 22/2021, Điều 7, khoản 1");
                });
        list.set(0, SecondaryFixtures.exempt(maths));
        assertThatThrownBy(() -> rules.assess(year("HS1", list)))
                .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                    assertThat(e.term()).contains(Term.FIRST);
                    assertThat(e.rule()).hasToString("TT 22/2021, Điều 10, khoản 1");
                });
    }

    @Test
    void wrongCountOfMidTermsIsAnError() {
        List<SubjectYear> list = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "8"));
        Subject civics = scoredSubject(3);
        ScoredTerm two = new ScoredTerm(List.of(s("8"), s("8")), List.of(s("8"), s("8")), s("8"));
        list.set(3, SubjectYear.of(civics, two, flat(civics, s("8"))));
        assertThatThrownBy(() -> rules.assess(year("HS1", list)))
                .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                    assertThat(e.subjectCode()).contains("GDCD");
                    assertThat(e.rule()).hasToString("TT 22/2021, Điều 7, khoản 1");
                });
        ScoredTerm none = new ScoredTerm(List.of(s("8"), s("8")), List.of(), s("8"));
        list.set(3, SubjectYear.of(civics, flat(civics, s("8")), none));
        assertThatThrownBy(() -> rules.assess(year("HS1", list))).isInstanceOf(AssessmentInputException.class);
    }

    @Test
    void reassessmentOfASubjectNotOnTheListIsAnError() {
        List<SubjectYear> list = new ArrayList<>(subjects("4,5", "6", "3,2", "6", "6", "6", "6", "5"));
        list.set(1, list.get(1).withReassessment(s("9")));
        assertThatThrownBy(() -> rules.assess(year("HS1", list)))
                .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                    assertThat(e.subjectCode()).contains("NGU_VAN");
                    assertThat(e.rule()).hasToString("TT 22/2021, Điều 14, khoản 1");
                });
        List<SubjectYear> promoted = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "4"));
        promoted.set(7, promoted.get(7).withReassessment(s("6")));
        assertThatThrownBy(() -> rules.assess(year("HS1", promoted))).isInstanceOf(AssessmentInputException.class);
    }

    @Test
    void reassessmentOfTheWrongKindIsAnError() {
        List<SubjectYear> list = new ArrayList<>(subjects("4,5", "6", "3,2", "6", "6", "6", "6", "5"));
        list.set(0, list.get(0).withReassessment(CommentResult.PASS));
        assertThatThrownBy(() -> rules.assess(year("HS1", list))).isInstanceOf(AssessmentInputException.class);
    }

    @Test
    void conductAfterTrainingWithoutTrainingIsAnError() {
        SecondaryYear y = year("HS1", subjects("8", "8", "8", "8", "8", "8", "8", "8"))
                .withConductAfterSummerTraining(GOOD);
        assertThatThrownBy(() -> rules.assess(y))
                .isInstanceOfSatisfying(AssessmentInputException.class,
                        e -> assertThat(e.rule()).hasToString("TT 22/2021, Điều 13"));
    }

    @Test
    void recordOfAnotherRegimeIsAnError() {
        SecondaryYear y = SecondaryYear.of("HS1", vn.schoolrecords.core.school.EducationLevel.LOWER_SECONDARY,
                vn.schoolrecords.core.school.GradeLevel.of(9), vn.schoolrecords.core.school.SchoolYear.of(2023),
                subjects("8", "8", "8", "8", "8", "8", "8", "8"), GOOD, GOOD, 0);
        assertThatThrownBy(() -> rules.assess(y))
                .isInstanceOfSatisfying(AssessmentInputException.class,
                        e -> assertThat(e.text().en()).contains("TT 58/2011"));
        StudentYearRecord other = new StudentYearRecord() {
            public String studentId() {
                return "HS2";
            }

            public vn.schoolrecords.core.school.EducationLevel level() {
                return vn.schoolrecords.core.school.EducationLevel.LOWER_SECONDARY;
            }

            public vn.schoolrecords.core.school.GradeLevel grade() {
                return SecondaryFixtures.G8;
            }

            public vn.schoolrecords.core.school.SchoolYear year() {
                return SecondaryFixtures.Y2024;
            }
        };
        assertThatThrownBy(() -> rules.assess(other))
                .isInstanceOfSatisfying(AssessmentInputException.class, e -> assertThat(e.studentId()).isEqualTo("HS2"));
    }

    @Test
    void duplicateSubjectsNegativeAbsencesAndPrimarySubjectsAreErrors() {
        List<SubjectYear> twice = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "8"));
        twice.add(twice.get(0));
        assertThatThrownBy(() -> rules.assess(year("HS1", twice))).isInstanceOf(AssessmentInputException.class);
        assertThatThrownBy(() -> rules.assess(year("HS1", subjects("8", "8", "8", "8", "8", "8", "8", "8"),
                GOOD, GOOD, -1))).isInstanceOf(AssessmentInputException.class);
        List<SubjectYear> primary = new ArrayList<>(subjects("8", "8", "8", "8", "8", "8", "8", "8"));
        Subject ethics = Subject.of("DAO_DUC", "Đạo đức", 35, AssessmentMode.LEVEL, true);
        primary.add(SubjectYear.of(ethics, comment(CommentResult.PASS), comment(CommentResult.PASS)));
        assertThatThrownBy(() -> rules.assess(year("HS1", primary))).isInstanceOf(AssessmentInputException.class);
    }

    @Test
    void scoresAboveTenOrWithTwoDecimalsCannotBeRecorded() {
        assertThatThrownBy(() -> Score.parse("10,5")).isInstanceOf(vn.schoolrecords.core.InvalidValueException.class);
        assertThatThrownBy(() -> Score.parse("7,25")).isInstanceOf(vn.schoolrecords.core.InvalidValueException.class);
    }
}
