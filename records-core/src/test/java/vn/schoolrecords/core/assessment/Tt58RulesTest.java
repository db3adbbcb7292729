package vn.schoolrecords.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.assessment.AcademicStanding.AVERAGE;
import static vn.schoolrecords.core.assessment.AcademicStanding.EXCELLENT;
import static vn.schoolrecords.core.assessment.AcademicStanding.GOOD;
import static vn.schoolrecords.core.assessment.AcademicStanding.POOR;
import static vn.schoolrecords.core.assessment.AcademicStanding.WEAK;
import static vn.schoolrecords.core.assessment.LegacyFixtures.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.Term;

/** Golden cases of TT 58/2011 and TT 58 + TT 26/2020 (regulations.md §3), every value computed by hand. */
class Tt58RulesTest {

    private static final Tt58Rules TT58 = Tt58Rules.original();
    private static final Tt58Rules TT26 = Tt58Rules.amendedByTt26();

    private static LegacySecondaryOutcome tt26(String... averages) {
        return TT26.assess(grade9(Y2020, subjects(averages)));
    }

    @Nested
    class WorkedExamplesOfR37 {

        @Test
        void excellentAverageWithOneSubjectAt4Point5IsRaisedFromAverageToGood() {
            // 8,5 + 8 + 8 + 9 + 4,5 + 9 + 8,5 + 8,5 + 9 + 9 = 82,0 → ĐTB 8,2
            LegacySecondaryOutcome o = tt26("8.5", "8", "8", "9", "4.5", "9", "8.5", "8.5", "9", "9");
            assertThat(o.year().average()).isEqualTo(s("8.2"));
            assertThat(o.year().computedStanding()).isEqualTo(AVERAGE);
            assertThat(o.year().standing()).isEqualTo(GOOD);
            assertThat(o.learningLevel()).isEqualTo(GOOD);
            assertThat(o.reasons().list()).anySatisfy(r -> {
                assertThat(r.condition()).isEqualTo("CN_ADJUSTMENT");
                assertThat(r.held()).isTrue();
                assertThat(r.citation().toString()).isEqualTo("TT 58/2011 (sửa đổi bởi TT 26/2020), Điều 13, khoản 6, điểm a");
            });
        }

        @Test
        void excellentAverageWithOneSubjectAt3IsRaisedFromWeakToAverage() {
            // 9 + 8 × 8,5 + 3 = 80 → ĐTB 8,0
            LegacySecondaryOutcome o = tt26("9", "8.5", "8.5", "8.5", "3", "8.5", "8.5", "8.5", "8.5", "8.5");
            assertThat(o.year().average()).isEqualTo(s("8.0"));
            assertThat(o.year().computedStanding()).isEqualTo(WEAK);
            assertThat(o.year().standing()).isEqualTo(AVERAGE);
        }

        @Test
        void excellentAverageWithOneSubjectAt6IsGoodWithoutAdjustment() {
            // 8 × 8,5 + 6 + 7,5 = 81,5 → 8,15 → 8,2 (half-up)
            LegacySecondaryOutcome o = tt26("8.5", "8.5", "8.5", "8.5", "6", "8.5", "8.5", "8.5", "7.5", "8.5");
            assertThat(o.year().average()).isEqualTo(s("8.2"));
            assertThat(o.year().computedStanding()).isEqualTo(GOOD);
            assertThat(o.year().standing()).isEqualTo(GOOD);
            assertThat(o.year().adjusted()).isFalse();
        }

        @Test
        void goodAverageWithOneSubjectAt3IsRaisedFromWeakToAverage() {
            // 9 × 7 + 3 = 66 → 6,6: Khá by the averages, Yếu by Hoá 3,0 → Tb (Điều 13.6c)
            LegacySecondaryOutcome o = tt26("7", "7", "7", "7", "3", "7", "7", "7", "7", "7");
            assertThat(o.year().average()).isEqualTo(s("6.6"));
            assertThat(o.year().computedStanding()).isEqualTo(WEAK);
            assertThat(o.year().standing()).isEqualTo(AVERAGE);
        }

        @Test
        void goodAverageWithOneSubjectBelow2IsRaisedFromPoorToWeak() {
            // 9 × 7,5 + 1,5 = 69 → 6,9; Hoá 1,5 < 2,0 → Kém → Yếu (Điều 13.6d)
            LegacySecondaryOutcome o = tt26("7.5", "7.5", "7.5", "7.5", "1.5", "7.5", "7.5", "7.5", "7.5", "7.5");
            assertThat(o.year().computedStanding()).isEqualTo(POOR);
            assertThat(o.year().standing()).isEqualTo(WEAK);
        }

        @Test
        void twoSubjectsBelowTheLevelAreNotAdjusted() {
            // 8 × 9 + 4,5 + 4,5 = 81 → 8,1; two subjects < 5,0 at both Giỏi and Khá → Tb stays
            LegacySecondaryOutcome o = tt26("9", "9", "9", "9", "4.5", "4.5", "9", "9", "9", "9");
            assertThat(o.year().average()).isEqualTo(s("8.1"));
            assertThat(o.year().computedStanding()).isEqualTo(AVERAGE);
            assertThat(o.year().standing()).isEqualTo(AVERAGE);
        }

        @Test
        void aSingleCommentSubjectGradedNotPassedIsAdjustedLikeAScoredSubject() {
            List<SubjectYear> subjects = replace(subjects("9", "9", "9", "9", "9", "9", "9", "9", "9", "9"),
                    comment(TD, CommentResult.PASS, CommentResult.FAIL));
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, subjects));
            assertThat(o.year().computedStanding()).isEqualTo(WEAK);
            assertThat(o.year().standing()).isEqualTo(AVERAGE);
            assertThat(o.first().standing()).isEqualTo(EXCELLENT);
        }
    }

    @Nested
    class Thresholds {

        @ParameterizedTest(name = "all subjects {0} → {1}")
        @CsvSource({"8.1,EXCELLENT", "8.0,EXCELLENT", "7.9,GOOD", "6.6,GOOD", "6.5,GOOD", "6.4,AVERAGE",
                "5.1,AVERAGE", "5.0,AVERAGE", "4.9,WEAK", "3.6,WEAK", "3.5,WEAK", "3.4,POOR", "2.0,POOR"})
        void uniformAveragesGiveTheLevelOfTheirThreshold(String value, AcademicStanding expected) {
            String[] all = new String[10];
            Arrays.fill(all, value);
            assertThat(tt26(all).year().standing()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "one subject {0} among 9,0 → {1}")
        @CsvSource({"6.6,EXCELLENT", "6.5,EXCELLENT", "6.4,GOOD", "5.0,GOOD", "4.9,GOOD", "3.5,GOOD", "3.4,AVERAGE",
                "2.0,AVERAGE", "1.9,WEAK"})
        void oneLowSubjectAmongExcellentOnes(String low, AcademicStanding expected) {
            // ĐTB ≥ 8,0 in every row: 9 × 9 + low ≥ 81 + 1,9. Below 5,0 and 3,5 the one subject is
            // raised by Điều 13.6 (G→Tb ⇒ K; G→Y ⇒ Tb); below 2,0 G→Kém is not listed, Khá→Kém ⇒ Y.
            LegacySecondaryOutcome o = tt26("9", "9", "9", "9", low, "9", "9", "9", "9", "9");
            assertThat(o.year().standing()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "one subject {0} among 5,5 → {1}")
        @CsvSource({"3.6,AVERAGE", "3.5,AVERAGE", "3.4,WEAK", "2.0,WEAK", "1.9,POOR"})
        void oneLowSubjectAmongAverageOnesIsNeverAdjusted(String low, AcademicStanding expected) {
            LegacySecondaryOutcome o = tt26("5.5", "5.5", "5.5", "5.5", low, "5.5", "5.5", "5.5", "5.5", "5.5");
            assertThat(o.year().standing()).isEqualTo(expected);
        }

        @Test
        void overallAverageJustBelowEightIsGood() {
            // 9 × 8 + 7,4 = 79,4 → 7,94 → 7,9
            LegacySecondaryOutcome o = tt26("8", "8", "8", "8", "7.4", "8", "8", "8", "8", "8");
            assertThat(o.year().average()).isEqualTo(s("7.9"));
            assertThat(o.year().standing()).isEqualTo(GOOD);
        }

        @Test
        void overallAverageRoundedUpToEightIsExcellent() {
            // 9 × 8 + 7,5 = 79,5 → 7,95 → 8,0 (half-up, Điều 11)
            LegacySecondaryOutcome o = tt26("8", "8", "8", "8", "7.5", "8", "8", "8", "8", "8");
            assertThat(o.year().average()).isEqualTo(s("8.0"));
            assertThat(o.year().standing()).isEqualTo(EXCELLENT);
        }

        @Test
        void weakNeedsAnOverallAverageOfThreeAndAHalf() {
            // 3,4 everywhere but Toán 4,4: 34 + 4,4 = 38,4... use 9 × 3,4 + 4,3 = 34,9 → 3,49 → 3,5
            assertThat(tt26("4.3", "3.4", "3.4", "3.4", "3.4", "3.4", "3.4", "3.4", "3.4", "3.4").year().standing())
                    .isEqualTo(WEAK);
            // 9 × 3,4 + 4,0 = 34,6 → 3,46 → 3,5 as well; 9 × 3,4 + 3,8 = 34,4 → 3,44 → 3,4 → Kém
            assertThat(tt26("3.8", "3.4", "3.4", "3.4", "3.4", "3.4", "3.4", "3.4", "3.4", "3.4").year().standing())
                    .isEqualTo(POOR);
        }
    }

    @Nested
    class KeySubjects {

        // ĐTB: 7,5 + 7,5 + 9 + 7 × 8,5 = 83,5 → 8,35 → 8,4; no subject below 6,5.
        private final List<SubjectYear> languageOnly = subjects("7.5", "7.5", "9", "8.5", "8.5", "8.5", "8.5", "8.5",
                "8.5", "8.5");

        @Test
        void foreignLanguageIsAKeySubjectUnderTt26() {
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, languageOnly));
            assertThat(o.year().average()).isEqualTo(s("8.4"));
            assertThat(o.year().standing()).isEqualTo(EXCELLENT);
        }

        @Test
        void foreignLanguageIsNotAKeySubjectUnderTt58() {
            LegacySecondaryOutcome o = TT58.assess(grade9(Y2019, languageOnly));
            assertThat(o.year().standing()).isEqualTo(GOOD);
            assertThat(o.reasons().failed()).anySatisfy(r -> {
                assertThat(r.condition()).isEqualTo("CN_GIOI_KEY_SUBJECT");
                assertThat(r.text().en()).contains("Toán 7,5", "Ngữ văn 7,5").doesNotContain("Ngoại ngữ");
                assertThat(r.citation().toString()).isEqualTo("TT 58/2011, Điều 13, khoản 1");
            });
        }

        @Test
        void oneKeySubjectSufficesUnderTt58() {
            LegacySecondaryOutcome o = TT58.assess(grade9(Y2019, subjects("7.5", "8", "9", "8.5", "8.5", "8.5", "8.5",
                    "8.5", "8.5", "8.5")));
            assertThat(o.year().standing()).isEqualTo(EXCELLENT);
        }

        @Test
        void specialisedSubjectMustReachTheLevelInASpecialisedClass() {
            List<SubjectYear> subjects = subjects("9", "9", "9", "7.9", "9", "9", "9", "9", "9", "9");
            assertThat(TT26.assess(grade9(Y2020, subjects)).year().standing()).isEqualTo(EXCELLENT);
            LegacySecondaryOutcome chuyen = TT26.assess(grade9(Y2020, subjects).withSpecialisedSubject("VAT_LI"));
            assertThat(chuyen.year().standing()).isEqualTo(GOOD);
            assertThat(chuyen.reasons().failed()).extracting(Reason::condition).contains("CN_GIOI_SPECIALISED_SUBJECT");
        }

        @Test
        void specialisedSubjectMissingFromTheRecordIsAnInputError() {
            assertThatThrownBy(() -> TT26.assess(grade9(Y2020, subjects("9", "9", "9", "9", "9", "9", "9", "9", "9",
                    "9")).withSpecialisedSubject("TIN_HOC")))
                    .isInstanceOf(AssessmentInputException.class).hasMessageContaining("TIN_HOC");
        }
    }

    @Nested
    class Averages {

        @Test
        void tt58SemesterAverageWeighsPeriodicTestsTwiceAndTheExamThrice() {
            // (7 + 8 + 9 + 2·(6 + 8) + 3·7) / (3 + 4 + 3) = 73 / 10 = 7,3
            ScoredTerm term = new ScoredTerm(List.of(s("7"), s("8"), s("9")), List.of(s("6"), s("8")), s("7"));
            assertThat(TT58.semesterAverage(term)).isEqualTo(s("7.3"));
        }

        @Test
        void tt26SemesterAverageRoundsHalfUp() {
            // (7 + 7 + 7 + 7 + 7,5 + 2·8 + 3·8) / 10 = 75,5 / 10 = 7,55 → 7,6
            ScoredTerm term = ScoredTerm.of(List.of(s("7"), s("7"), s("7"), s("7"), s("7.5")), s("8"), s("8"));
            assertThat(TT26.semesterAverage(term)).isEqualTo(s("7.6"));
        }

        @Test
        void yearAverageUsesTheRoundedSemesterAverages() {
            // HK I: (6 + 7 + 2·7 + 3·6) / 7 = 45/7 = 6,43 → 6,4; HK II 7,0 → (6,4 + 14) / 3 = 6,8
            ScoredTerm first = ScoredTerm.of(List.of(s("6"), s("7")), s("7"), s("6"));
            assertThat(TT26.semesterAverage(first)).isEqualTo(s("6.4"));
            assertThat(TT26.yearAverage(s("6.4"), s("7"))).isEqualTo(s("6.8"));
            // 7,1 + 2·7,2 = 21,5 / 3 = 7,1666 → 7,2
            assertThat(TT26.yearAverage(s("7.1"), s("7.2"))).isEqualTo(s("7.2"));
        }

        @Test
        void outcomeCarriesSemesterAndYearAveragesPerSubject() {
            List<SubjectYear> subjects = replace(subjects("8", "8", "8", "8", "8", "8", "8", "8", "8", "8"),
                    scored(HOA, "6.5", "8"));
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, subjects));
            LegacySubjectResult hoa = o.subject("HOA_HOC").orElseThrow();
            assertThat(hoa.first()).contains(s("6.5"));
            assertThat(hoa.second()).contains(s("8.0"));
            // (6,5 + 16) / 3 = 7,5
            assertThat(hoa.year()).contains(s("7.5"));
            // ĐTBhk I: 9 × 8 + 6,5 = 78,5 → 7,85 → 7,9; ĐTBcn: 79,5 → 8,0
            assertThat(o.first().average()).isEqualTo(s("7.9"));
            assertThat(o.second().average()).isEqualTo(s("8.0"));
            assertThat(o.year().average()).isEqualTo(s("8.0"));
            assertThat(o.first().standing()).isEqualTo(GOOD);
            assertThat(o.second().standing()).isEqualTo(EXCELLENT);
        }

        @Test
        void exactAndRoundedYearAveragesDifferWhenTheSemesterRoundingTipsIt() {
            // GDCD, 35 periods: two regular tests suffice. HK I (6 + 6 + 2·6 + 3·7,5) / 7 = 46,5/7 = 6,642… → 6,6; HK II (7 + 7 + 2·7 + 3·7,3) / 7
            // = 49,9/7 = 7,128… → 7,1. Rounded first (Điều 10.1c): (6,6 + 14,2)/3 = 6,933… → 6,9.
            // From the exact semesters: (46,5 + 99,8)/21 = 146,3/21 = 6,966… → 7,0.
            ScoredTerm first = ScoredTerm.of(List.of(s("6"), s("6")), s("6"), s("7.5"));
            ScoredTerm second = ScoredTerm.of(List.of(s("7"), s("7")), s("7"), s("7.3"));
            List<SubjectYear> subjects = replace(subjects("8", "8", "8", "8", "8", "8", "8", "8", "8", "8"),
                    SubjectYear.of(GDCD, first, second));
            Tt58Rules exact = Tt58Rules.of(Tt58RuleTable.TT58_TT26_2020.withAveragePolicy(
                    new AveragePolicy(java.math.RoundingMode.HALF_UP, false)));
            assertThat(TT26.assess(grade9(Y2020, subjects)).subject("GDCD").orElseThrow().year()).contains(s("6.9"));
            assertThat(exact.assess(grade9(Y2020, subjects)).subject("GDCD").orElseThrow().year()).contains(s("7.0"));
        }

        @ParameterizedTest(name = "{0} periods a year: TT 58 {1}, TT 26 {2}")
        @CsvSource({"35,2,2", "36,3,3", "52,3,3", "70,3,3", "71,3,4", "104,3,4", "105,4,4", "140,4,4"})
        void minimumRegularTests(int periods, int tt58, int tt26) {
            assertThat(Tt58RuleTable.TT58_2011.minimumRegular(periods)).isEqualTo(tt58);
            assertThat(Tt58RuleTable.TT58_TT26_2020.minimumRegular(periods)).isEqualTo(tt26);
        }
    }

    @Nested
    class CommentSubjects {

        private CommentTerm term(int regularPassed, int regularTotal, CommentResult exam) {
            List<CommentResult> regular = new ArrayList<>();
            for (int i = 0; i < regularTotal; i++) {
                regular.add(i < regularPassed ? CommentResult.PASS : CommentResult.FAIL);
            }
            return CommentTerm.of(regular, CommentResult.PASS, exam);
        }

        @ParameterizedTest(name = "{0} of {1} regular Đ, exam {2} → {3}")
        @CsvSource({"2,4,PASS,PASS", "1,4,PASS,FAIL", "4,4,FAIL,FAIL", "1,2,PASS,PASS", "0,2,PASS,FAIL", "3,3,PASS,PASS"})
        void twoThirdsOfTheTestsIncludingTheExam(int passed, int total, CommentResult exam, CommentResult expected) {
            // 2 of 4 + mid-term + exam = 4 of 6 = 2/3 → Đ; 3 of 6 → CĐ; exam CĐ → CĐ whatever the rest;
            // 1 of 2 + 2 = 3 of 4 ≥ 2/3 → Đ; 0 of 2 + 2 = 2 of 4 < 2/3 → CĐ
            assertThat(TT58.commentSemester(term(passed, total, exam))).isEqualTo(expected);
        }

        @Test
        void yearResultIsTheSecondSemesters() {
            List<SubjectYear> base = subjects("8", "8", "8", "8", "8", "8", "8", "8", "8", "8");
            LegacySecondaryOutcome improved = TT26.assess(grade9(Y2020,
                    replace(base, comment(TD, CommentResult.FAIL, CommentResult.PASS))));
            assertThat(improved.subject("THE_DUC").orElseThrow().year()).contains(CommentResult.PASS);
            assertThat(improved.year().standing()).isEqualTo(EXCELLENT);
            assertThat(improved.first().computedStanding()).isEqualTo(WEAK);
        }

        @Test
        void commentSubjectTaughtInOneSemesterTakesThatSemester() {
            List<SubjectYear> base = subjects("8", "8", "8", "8", "8", "8", "8", "8", "8", "8");
            SubjectYear firstOnly = new SubjectYear(AN, Optional.of(flat(CommentResult.FAIL)), Optional.empty(), Set.of(),
                    Optional.empty());
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, replace(base, firstOnly)));
            assertThat(o.subject("AM_NHAC").orElseThrow().year()).contains(CommentResult.FAIL);
            assertThat(o.second().standing()).isEqualTo(EXCELLENT);
            assertThat(o.year().computedStanding()).isEqualTo(WEAK);
        }
    }

    @Nested
    class MoreCases {

        @Test
        void scoredSubjectTaughtInOneSemesterTakesThatSemesterForTheYear() {
            SubjectYear gdcd = new SubjectYear(GDCD, Optional.empty(), Optional.of(flat("4")), Set.of(), Optional.empty());
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, replace(subjects("8", "8", "8", "8", "8", "8", "8", "8",
                    "8", "8"), gdcd)));
            assertThat(o.subject("GDCD").orElseThrow().year()).contains(s("4.0"));
            // HK I: nine subjects of 8,0 → Giỏi; HK II and year: 9 × 8 + 4 = 76 → 7,6, GDCD 4,0 < 5,0 → Tb
            assertThat(o.first().standing()).isEqualTo(EXCELLENT);
            assertThat(o.year().average()).isEqualTo(s("7.6"));
            assertThat(o.year().computedStanding()).isEqualTo(AVERAGE);
            assertThat(o.year().standing()).isEqualTo(AVERAGE);
        }

        @Test
        void upperSecondaryUnderTheOriginalText() {
            LegacySecondaryYear y = LegacySecondaryYear.of("HS-THPT", EducationLevel.UPPER_SECONDARY, GradeLevel.of(12),
                    SchoolYear.of(2015), subjects("6.5", "6.5", "6.5", "6.5", "6.5", "6.5", "6.5", "6.5", "6.5", "6.5"),
                    LegacyConduct.GOOD, LegacyConduct.GOOD, LegacyConduct.GOOD, 3);
            LegacySecondaryOutcome o = TT58.assess(y);
            assertThat(o.learningLevel()).isEqualTo(GOOD);
            assertThat(o.award()).contains(Award.ADVANCED_STUDENT);
            assertThat(o.promotion()).isEqualTo(PromotionStatus.PROMOTED);
        }

        @Test
        void reasonsExplainCommentSubjectsAndExemptions() {
            List<SubjectYear> subjects = replace(subjects("8", "8", "8", "8", "8", "8", "8", "8", "8", "8"),
                    exempt(TD, Optional.empty(), Optional.empty(), Set.of(Term.WHOLE_YEAR)));
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, replace(subjects,
                    comment(AN, CommentResult.FAIL, CommentResult.PASS))));
            assertThat(o.reasons().list()).anySatisfy(r -> {
                assertThat(r.condition()).isEqualTo("EXEMPTION_THE_DUC");
                assertThat(r.text().vi()).contains("Thể dục", "miễn học cả năm");
                assertThat(r.citation().article()).isEqualTo(12);
            });
            assertThat(o.reasons().failed()).anySatisfy(r -> {
                assertThat(r.condition()).isEqualTo("COMMENT_AM_NHAC_HK1");
                assertThat(r.text().en()).contains("Âm nhạc", "0/6", "CĐ");
                assertThat(r.citation().toString()).endsWith("Điều 10, khoản 2");
            });
        }

        @Test
        void primaryRecordIsRejected() {
            LegacySecondaryYear y = LegacySecondaryYear.of("HS-TH", EducationLevel.PRIMARY, GradeLevel.of(5),
                    Y2019, subjects("8", "8", "8", "8", "8", "8", "8", "8", "8", "8"), LegacyConduct.GOOD,
                    LegacyConduct.GOOD, LegacyConduct.GOOD, 0);
            assertThatThrownBy(() -> TT58.assess(y)).isInstanceOf(AssessmentInputException.class)
                    .hasMessageContaining("HS-TH");
        }

        @Test
        void subjectWithNoResultAndNoExemptionIsAnInputError() {
            SubjectYear empty = new SubjectYear(LY, Optional.empty(), Optional.empty(), Set.of(), Optional.empty());
            assertThatThrownBy(() -> TT26.assess(grade9(Y2020, replace(subjects("8", "8", "8", "8", "8", "8", "8", "8",
                    "8", "8"), empty)))).isInstanceOf(AssessmentInputException.class).hasMessageContaining("VAT_LI");
        }
    }

    @Nested
    class Exemptions {

        private final List<SubjectYear> base = subjects("8", "8", "8", "8", "8", "8", "8", "8", "8", "8");

        @Test
        void wholeYearExemptionLeavesTheSubjectOutOfTheClassification() {
            SubjectYear td = exempt(TD, Optional.empty(), Optional.empty(), Set.of(Term.WHOLE_YEAR));
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, replace(base, td)));
            assertThat(o.subject("THE_DUC").orElseThrow().year()).isEmpty();
            assertThat(o.year().standing()).isEqualTo(EXCELLENT);
        }

        @Test
        void oneSemesterExemptionTakesTheOtherSemesterForTheYear() {
            SubjectYear td = exempt(TD, Optional.empty(), Optional.of(flat(CommentResult.FAIL)), Set.of(Term.FIRST));
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, replace(base, td)));
            assertThat(o.subject("THE_DUC").orElseThrow().year()).contains(CommentResult.FAIL);
            assertThat(o.first().standing()).isEqualTo(EXCELLENT);
            assertThat(o.year().computedStanding()).isEqualTo(WEAK);
        }

        @Test
        void resultsForAnExemptSemesterAreAnInputError() {
            SubjectYear td = exempt(TD, Optional.of(flat(CommentResult.PASS)), Optional.of(flat(CommentResult.PASS)),
                    Set.of(Term.FIRST));
            assertThatThrownBy(() -> TT26.assess(grade9(Y2020, replace(base, td))))
                    .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                        assertThat(e.subjectCode()).contains("THE_DUC");
                        assertThat(e.term()).contains(Term.FIRST);
                        assertThat(e.rule().article()).isEqualTo(12);
                    });
        }

        @Test
        void aScoredSubjectCannotBeExempted() {
            SubjectYear toan = exempt(TOAN, Optional.of(flat("8")), Optional.empty(), Set.of(Term.SECOND));
            assertThatThrownBy(() -> TT26.assess(grade9(Y2020, replace(base, toan))))
                    .isInstanceOf(AssessmentInputException.class).hasMessageContaining("TOAN");
        }
    }

    @Nested
    class Promotion {

        private final List<SubjectYear> average = subjects("6", "6", "6", "6", "6", "6", "6", "6", "6", "6");

        private LegacySecondaryYear withAbsences(int absences) {
            return LegacySecondaryYear.of("HS-1", EducationLevel.LOWER_SECONDARY,
                    GradeLevel.of(9), Y2020, average, LegacyConduct.FAIR,
                    LegacyConduct.FAIR, LegacyConduct.FAIR, absences);
        }

        @Test
        void fortyFiveAbsencesArePromotedFortySixAreNot() {
            assertThat(TT26.assess(withAbsences(45)).promotion()).isEqualTo(PromotionStatus.PROMOTED);
            LegacySecondaryOutcome o = TT26.assess(withAbsences(46));
            assertThat(o.promotion()).isEqualTo(PromotionStatus.NOT_PROMOTED);
            assertThat(o.reasons().failed()).extracting(Reason::condition).contains("PROMOTION_ABSENCES");
        }

        @Test
        void poorStandingIsNotPromoted() {
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, subjects("3", "3", "3", "3", "3", "3", "3", "3", "3",
                    "3")));
            assertThat(o.year().standing()).isEqualTo(POOR);
            assertThat(o.promotion()).isEqualTo(PromotionStatus.NOT_PROMOTED);
            assertThat(o.reassessmentSubjects()).isEmpty();
        }

        @Test
        void weakStandingAndWeakConductIsNotPromoted() {
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, subjects("4", "4", "4", "4", "4", "4", "4", "4", "4",
                    "4"), LegacyConduct.WEAK));
            assertThat(o.promotion()).isEqualTo(PromotionStatus.NOT_PROMOTED);
        }

        @Test
        void averageStandingAndWeakConductGoesToSummerTraining() {
            LegacySecondaryYear y = grade9(Y2020, average, LegacyConduct.WEAK);
            assertThat(TT26.assess(y).promotion()).isEqualTo(PromotionStatus.SUMMER_CONDUCT_TRAINING);
            LegacySecondaryOutcome trained = TT26.assess(y.withConductAfterSummerTraining(LegacyConduct.AVERAGE));
            assertThat(trained.yearEndPromotion()).isEqualTo(PromotionStatus.SUMMER_CONDUCT_TRAINING);
            assertThat(trained.promotion()).isEqualTo(PromotionStatus.PROMOTED);
            assertThat(trained.conductLevel()).contains(LegacyConduct.AVERAGE);
            assertThat(TT26.assess(y.withConductAfterSummerTraining(LegacyConduct.WEAK)).promotion())
                    .isEqualTo(PromotionStatus.NOT_PROMOTED);
        }

        @Test
        void conductAfterTrainingForAStudentNotSentToTrainingIsAnInputError() {
            assertThatThrownBy(() -> TT26.assess(grade9(Y2020, average)
                    .withConductAfterSummerTraining(LegacyConduct.GOOD)))
                    .isInstanceOfSatisfying(AssessmentInputException.class,
                            e -> assertThat(e.rule().article()).isEqualTo(17));
        }

        @Test
        void principalDecidesForADisabledStudentUnderTt26Only() {
            LegacySecondaryOutcome amended = TT26.assess(grade9(Y2020, average).withDisability(true));
            assertThat(amended.promotion()).isEqualTo(PromotionStatus.PRINCIPAL_DECIDES);
            LegacySecondaryOutcome original = TT58.assess(grade9(Y2019, average).withDisability(true));
            assertThat(original.promotion()).isEqualTo(PromotionStatus.PROMOTED);
        }
    }

    @Nested
    class ReTests {

        // 8 × 5,5 + 4 + 3 = 51 → 5,1; Hoá 3,0 < 3,5 → not Tb; Yếu
        private final List<SubjectYear> weak = subjects("5.5", "5.5", "5.5", "4", "3", "5.5", "5.5", "5.5", "5.5", "5.5");

        @Test
        void weakStudentWithAverageConductMayRetakeSubjectsBelowFiveOrNotPassed() {
            List<SubjectYear> subjects = replace(weak, comment(AN, CommentResult.PASS, CommentResult.FAIL));
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, subjects, LegacyConduct.AVERAGE));
            assertThat(o.year().standing()).isEqualTo(WEAK);
            assertThat(o.promotion()).isEqualTo(PromotionStatus.SUMMER_REASSESSMENT);
            assertThat(o.reassessmentSubjects()).containsExactly("VAT_LI", "HOA_HOC", "AM_NHAC");
        }

        @Test
        void retestReachingAverageIsPromoted() {
            // Hoá re-tested 5,0: 8 × 5,5 + 4 + 5 = 53 → 5,3, nothing below 3,5 → Tb
            List<SubjectYear> after = replace(weak, scored(HOA, "3").withReassessment(s("5")));
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, after, LegacyConduct.AVERAGE));
            assertThat(o.yearEndPromotion()).isEqualTo(PromotionStatus.SUMMER_REASSESSMENT);
            assertThat(o.yearAfterReassessment()).hasValueSatisfying(r -> {
                assertThat(r.average()).isEqualTo(s("5.3"));
                assertThat(r.standing()).isEqualTo(AVERAGE);
            });
            assertThat(o.learningLevel()).isEqualTo(AVERAGE);
            assertThat(o.promotion()).isEqualTo(PromotionStatus.PROMOTED);
            assertThat(o.subject("HOA_HOC").orElseThrow().finalYear()).contains(s("5.0"));
        }

        @Test
        void retestStillBelowAverageIsNotPromoted() {
            // Hoá re-tested 3,4: 8 × 5,5 + 4 + 3,4 = 51,4 → 5,1, Hoá < 3,5 → still Yếu
            List<SubjectYear> after = replace(weak, scored(HOA, "3").withReassessment(s("3.4")));
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, after, LegacyConduct.AVERAGE));
            assertThat(o.learningLevel()).isEqualTo(WEAK);
            assertThat(o.promotion()).isEqualTo(PromotionStatus.NOT_PROMOTED);
        }

        @Test
        void retestOfASubjectNotEligibleIsAnInputError() {
            List<SubjectYear> after = replace(weak, scored(TOAN, "5.5").withReassessment(s("9")));
            assertThatThrownBy(() -> TT26.assess(grade9(Y2020, after, LegacyConduct.AVERAGE)))
                    .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                        assertThat(e.subjectCode()).contains("TOAN");
                        assertThat(e.rule().article()).isEqualTo(16);
                    });
        }
    }

    @Nested
    class Titles {

        @Test
        void goodConductAndExcellentStandingIsGoodStudent() {
            LegacySecondaryOutcome o = tt26("8", "8", "8", "8", "8", "8", "8", "8", "8", "8");
            assertThat(o.award()).contains(Award.GOOD_STUDENT);
            assertThat(o.first().title()).contains(Award.GOOD_STUDENT);
        }

        @Test
        void titlesArePerSemesterAndPerYear() {
            List<SubjectYear> subjects = replace(subjects("8.5", "8.5", "8.5", "8.5", "8.5", "8.5", "8.5", "8.5", "8.5",
                    "8.5"), scored(HOA, "6.5", "6.4"));
            LegacySecondaryYear y = new LegacySecondaryYear("HS-2", EducationLevel.LOWER_SECONDARY, GradeLevel.of(9), Y2020, subjects, LegacyConduct.GOOD,
                    LegacyConduct.GOOD, LegacyConduct.FAIR, 0, Optional.empty(), false, Optional.empty());
            LegacySecondaryOutcome o = TT26.assess(y);
            // HK I: 9 × 8,5 + 6,5 = 83 → 8,3, Hoá 6,5 → Giỏi, Tốt → HSG; HK II: Hoá 6,4 → Khá (G→K is
            // one level, not adjusted) → HSTT; year: Hoá (6,5 + 12,8)/3 = 6,43 → 6,4 → Khá, conduct Khá → HSTT
            assertThat(o.first().title()).contains(Award.GOOD_STUDENT);
            assertThat(o.second().title()).contains(Award.ADVANCED_STUDENT);
            assertThat(o.year().standing()).isEqualTo(GOOD);
            assertThat(o.award()).contains(Award.ADVANCED_STUDENT);
        }

        @Test
        void averageConductEarnsNoTitle() {
            LegacySecondaryOutcome o = TT26.assess(grade9(Y2020, subjects("9", "9", "9", "9", "9", "9", "9", "9", "9",
                    "9"), LegacyConduct.AVERAGE));
            assertThat(o.award()).isEmpty();
        }

        @Test
        void excellentStandingWithFairConductIsAdvancedStudent() {
            LegacySecondaryOutcome o = TT58.assess(grade9(Y2019, subjects("9", "9", "9", "9", "9", "9", "9", "9", "9",
                    "9"), LegacyConduct.FAIR));
            assertThat(o.award()).contains(Award.ADVANCED_STUDENT);
        }
    }

    @Nested
    class BadInputs {

        private final List<SubjectYear> base = subjects("8", "8", "8", "8", "8", "8", "8", "8", "8", "8");

        @Test
        void tooFewRegularTestsForThePeriods() {
            // Toán, 140 periods a year = 4 a week → at least 4 KTtx
            SubjectYear toan = SubjectYear.of(TOAN, ScoredTerm.of(List.of(s("8"), s("8"), s("8")), s("8"), s("8")),
                    flat("8"));
            assertThatThrownBy(() -> TT58.assess(grade9(Y2019, replace(base, toan))))
                    .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                        assertThat(e.studentId()).isEqualTo("HS-0001");
                        assertThat(e.subjectCode()).contains("TOAN");
                        assertThat(e.term()).contains(Term.FIRST);
                        assertThat(e.rule().toString()).isEqualTo("TT 58/2011, Điều 7");
                        assertThat(e.getMessage()).contains("3", "4", "140");
                    });
        }

        @Test
        void threeRegularTestsSufficeForSeventyOnePeriodsUnderTt58ButNotTt26() {
            Subject tin = Subject.of("TIN_HOC", "Tin học", 87,
                    AssessmentMode.SCORE, true);
            ScoredTerm three = ScoredTerm.of(List.of(s("8"), s("8"), s("8")), s("8"), s("8"));
            List<SubjectYear> subjects = new ArrayList<>(base);
            subjects.add(SubjectYear.of(tin, three, three));
            assertThat(TT58.assess(grade9(Y2019, subjects)).year().standing()).isEqualTo(EXCELLENT);
            assertThatThrownBy(() -> TT26.assess(grade9(Y2020, subjects)))
                    .isInstanceOf(AssessmentInputException.class).hasMessageContaining("TIN_HOC");
        }

        @Test
        void tt26WantsExactlyOneMidTermAndTt58AtLeastOnePeriodicTest() {
            ScoredTerm two = new ScoredTerm(flat("8").regular(), List.of(s("8"), s("8")), s("8"));
            SubjectYear twoMid = SubjectYear.of(TOAN, two, two);
            assertThat(TT58.assess(grade9(Y2019, replace(base, twoMid))).year().standing()).isEqualTo(EXCELLENT);
            assertThatThrownBy(() -> TT26.assess(grade9(Y2020, replace(base, twoMid))))
                    .isInstanceOf(AssessmentInputException.class).hasMessageContaining("exactly 1");
            ScoredTerm none = new ScoredTerm(flat("8").regular(), List.of(), s("8"));
            assertThatThrownBy(() -> TT58.assess(grade9(Y2019, replace(base, SubjectYear.of(TOAN, none, none)))))
                    .isInstanceOf(AssessmentInputException.class).hasMessageContaining("at least 1");
        }

        @Test
        void commentResultOnAScoredSubject() {
            SubjectYear toan = SubjectYear.of(TOAN, flat(CommentResult.PASS), flat(CommentResult.PASS));
            assertThatThrownBy(() -> TT26.assess(grade9(Y2020, replace(base, toan))))
                    .isInstanceOfSatisfying(AssessmentInputException.class,
                            e -> assertThat(e.rule().article()).isEqualTo(6));
        }

        @Test
        void scoresAboveTenOrWithTwoDecimalsAreRejectedBeforeAssessment() {
            assertThatThrownBy(() -> Score.parse("10,5")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> Score.parse("7,25")).isInstanceOf(InvalidValueException.class);
            // One decimal is accepted for every test, essay-type KTtx included (see the interpretations).
            // (7,5 + 6,5 + 2·8,5 + 3·9,5) / 7 = 59,5 / 7 = 8,5
            assertThat(TT58.semesterAverage(ScoredTerm.of(List.of(s("7.5"), s("6.5")), s("8.5"), s("9.5"))))
                    .isEqualTo(s("8.5"));
        }

        @Test
        void recordOfAnotherRegimeIsRejected() {
            assertThatThrownBy(() -> TT58.assess(grade9(Y2020, base)))
                    .isInstanceOf(AssessmentInputException.class).hasMessageContaining("TT 58/2011 (sửa đổi");
            assertThatThrownBy(() -> TT26.assess(SecondaryYear.of("HS-9",
                    EducationLevel.LOWER_SECONDARY,
                    GradeLevel.of(9), Y2020, base, AchievementLevel.GOOD,
                    AchievementLevel.GOOD, 0)))
                    .isInstanceOf(AssessmentInputException.class).hasMessageContaining("HS-9");
        }

        @Test
        void negativeAbsencesAreRejected() {
            assertThatThrownBy(() -> LegacySecondaryYear.of("HS-1",
                    EducationLevel.LOWER_SECONDARY,
                    GradeLevel.of(9), Y2020, base, LegacyConduct.GOOD,
                    LegacyConduct.GOOD, LegacyConduct.GOOD, -1)).isInstanceOf(InvalidValueException.class);
        }
    }
}
