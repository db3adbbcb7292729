package vn.schoolrecords.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.assessment.PrimaryFixtures.STUDENT;
import static vn.schoolrecords.core.assessment.PrimaryFixtures.allGood;
import static vn.schoolrecords.core.assessment.PrimaryFixtures.grade4;
import static vn.schoolrecords.core.assessment.PrimaryFixtures.replace;
import static vn.schoolrecords.core.assessment.PrimaryFixtures.test;
import static vn.schoolrecords.core.assessment.PrimaryFixtures.withCompetence;
import static vn.schoolrecords.core.assessment.PrimaryFixtures.withQuality;
import static vn.schoolrecords.core.assessment.PrimaryFixtures.withYearLevel;
import static vn.schoolrecords.core.assessment.PrimaryFixtures.withYearTest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Term;

class Tt27RulesTest {

    private static final Tt27Rules RULES = Tt27Rules.of();
    private static final Citation YEAR_RESULT = Citation.of("TT 27/2020", 9, 2, "a");

    private static PrimaryOutcome assess(PrimaryYear year) {
        return RULES.assess(year);
    }

    /** The failed conditions of the year's result (Điều 9), leaving out awards and completion. */
    private static List<Reason> resultFailures(PrimaryOutcome outcome) {
        return outcome.reasons().failed().stream().filter(r -> r.citation().equals(YEAR_RESULT)).toList();
    }

    @Nested
    class GoldenCases {

        @Test
        void toan8AndEveryOtherTest9WithEverythingTAndTotIsHoanThanhTot() {
            // regulations.md R2.4, the lawnet example.
            PrimaryOutcome outcome = assess(withYearTest(grade4(9), "TOAN", 8));

            assertThat(outcome.learningLevel()).isEqualTo(PrimaryResult.COMPLETED_WELL);
            assertThat(outcome.promotion()).isEqualTo(PromotionStatus.PROMOTED);
            assertThat(outcome.gradeCompleted()).isTrue();
            assertThat(outcome.award()).isEmpty();
            assertThat(resultFailures(outcome))
                    .extracting(r -> r.text().en(), Reason::citation)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Hoàn thành xuất sắc not reached: Toán 8 < 9",
                            YEAR_RESULT));
            assertThat(resultFailures(outcome).get(0).text().vi()).isEqualTo("Không đạt Hoàn thành xuất sắc: Toán 8 < 9");
            assertThat(resultFailures(outcome).get(0).toString())
                    .endsWith("(TT 27/2020, Điều 9, khoản 2, điểm a)");
        }

        @Test
        void everythingTTotAndEveryTest9IsHoanThanhXuatSac() {
            PrimaryOutcome outcome = assess(grade4(9));

            assertThat(outcome.learningLevel()).isEqualTo(PrimaryResult.OUTSTANDING);
            assertThat(outcome.award()).contains(Award.EXCELLENT_STUDENT);
            assertThat(outcome.reassessmentSubjects()).isEmpty();
        }

        @Test
        void reasonsAreBuiltOnceAndEachCitesTt27() {
            PrimaryOutcome outcome = assess(grade4(9));
            assertThat(outcome.reasons().list()).isSameAs(outcome.reasons().list());
            assertThat(outcome.reasons().list()).allSatisfy(
                    r -> assertThat(r.citation().document()).isEqualTo("TT 27/2020"));
        }

        @Test
        void outcomeIsOfTt27WithNoConduct() {
            PrimaryOutcome outcome = assess(grade4(9));

            assertThat(outcome.regime()).isEqualTo(Regime.TT27_2020);
            assertThat(outcome.conductLevel()).isEmpty();
            assertThat(outcome.studentId()).isEqualTo(STUDENT);
            assertThat(RULES.regime()).isEqualTo(Regime.TT27_2020);
        }
    }

    @Nested
    class TestThresholds {

        @ParameterizedTest(name = "Toán {0}, others 10 → {1}")
        @CsvSource({
            "10, OUTSTANDING", "9, OUTSTANDING", "8, COMPLETED_WELL",
            "7, COMPLETED_WELL", "6, COMPLETED", "5, COMPLETED", "4, NOT_COMPLETED", "0, NOT_COMPLETED"})
        void oneTestAtBelowAndAboveEachThreshold(int toan, PrimaryResult expected) {
            assertThat(assess(withYearTest(grade4(10), "TOAN", toan)).learningLevel()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "every test {0} → {1}")
        @CsvSource({"10, OUTSTANDING", "9, OUTSTANDING", "8, COMPLETED_WELL", "7, COMPLETED_WELL",
            "6, COMPLETED", "5, COMPLETED", "4, NOT_COMPLETED"})
        void everyTestAtTheSameScore(int score, PrimaryResult expected) {
            assertThat(assess(grade4(score)).learningLevel()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "Tin học {0}, Công nghệ 9 → {1}")
        @CsvSource({"6, COMPLETED", "7, COMPLETED_WELL"})
        void tinHocAndCongNgheAreSeparateScores(int tinHoc, PrimaryResult expected) {
            // QĐ 2904: Tin học and Công nghệ each have their own test score.
            assertThat(assess(withYearTest(grade4(9), "TIN_HOC", tinHoc)).learningLevel()).isEqualTo(expected);
        }

        @Test
        void khoaHocTestCounts() {
            assertThat(assess(withYearTest(grade4(9), "KHOA_HOC", 4)).learningLevel())
                    .isEqualTo(PrimaryResult.NOT_COMPLETED);
        }

        @Test
        void endOfFirstTermTestDoesNotDecideTheYear() {
            PrimaryYear year = replace(grade4(9), "TOAN", s -> s.withTest(PrimaryCheckpoint.END_OF_FIRST_TERM, test(2)));
            assertThat(assess(year).learningLevel()).isEqualTo(PrimaryResult.OUTSTANDING);
        }
    }

    @Nested
    class EachConditionAlone {

        @Test
        void oneSubjectHoanThanhGivesHoanThanh() {
            PrimaryOutcome outcome = assess(withYearLevel(grade4(10), "DAO_DUC", SubjectLevel.COMPLETED));
            assertThat(outcome.learningLevel()).isEqualTo(PrimaryResult.COMPLETED);
            assertThat(resultFailures(outcome)).extracting(r -> r.text().en()).containsExactly(
                    "Hoàn thành xuất sắc not reached: Đạo đức H below T",
                    "Hoàn thành tốt not reached: Đạo đức H below T");
        }

        @Test
        void oneSubjectChuaHoanThanhGivesChuaHoanThanh() {
            PrimaryOutcome outcome = assess(withYearLevel(grade4(10), "GDTC", SubjectLevel.NOT_COMPLETED));
            assertThat(outcome.learningLevel()).isEqualTo(PrimaryResult.NOT_COMPLETED);
            assertThat(outcome.reassessmentSubjects()).containsExactly("GDTC");
        }

        @Test
        void oneQualityDatGivesHoanThanh() {
            assertThat(assess(withQuality(grade4(10), Quality.HONESTY, QualityLevel.PASS)).learningLevel())
                    .isEqualTo(PrimaryResult.COMPLETED);
        }

        @Test
        void oneCompetenceDatGivesHoanThanh() {
            assertThat(assess(withCompetence(grade4(10), Competence.INFORMATICS, QualityLevel.PASS)).learningLevel())
                    .isEqualTo(PrimaryResult.COMPLETED);
        }

        @Test
        void oneQualityCanCoGangGivesChuaHoanThanhWithNoSubjectToReassess() {
            PrimaryOutcome outcome = assess(withQuality(grade4(10), Quality.DILIGENCE, QualityLevel.NEEDS_EFFORT));
            assertThat(outcome.learningLevel()).isEqualTo(PrimaryResult.NOT_COMPLETED);
            assertThat(outcome.reassessmentSubjects()).isEmpty();
            assertThat(outcome.reasons().failed()).extracting(r -> r.text().en())
                    .contains("Hoàn thành not reached: quality Chăm chỉ Cần cố gắng below Đạt");
        }

        @Test
        void oneCompetenceCanCoGangGivesChuaHoanThanh() {
            assertThat(assess(withCompetence(grade4(10), Competence.SELF_RELIANCE_AND_SELF_STUDY,
                    QualityLevel.NEEDS_EFFORT)).learningLevel()).isEqualTo(PrimaryResult.NOT_COMPLETED);
        }

        @Test
        void hoanThanhAtEveryFloorTogether() {
            PrimaryYear year = withCompetence(withYearLevel(withYearTest(grade4(10), "TOAN", 5), "TOAN",
                    SubjectLevel.COMPLETED), Competence.AESTHETICS, QualityLevel.PASS);
            assertThat(assess(year).learningLevel()).isEqualTo(PrimaryResult.COMPLETED);
        }

        @Test
        void midTermLevelsDoNotDecideTheYear() {
            PrimaryYear year = replace(grade4(10), "TOAN",
                    s -> s.withLevel(PrimaryCheckpoint.MID_SECOND_TERM, SubjectLevel.NOT_COMPLETED)
                            .withLevel(PrimaryCheckpoint.END_OF_FIRST_TERM, SubjectLevel.NOT_COMPLETED));
            assertThat(assess(year).learningLevel()).isEqualTo(PrimaryResult.OUTSTANDING);
        }
    }

    @Nested
    class Awards {

        @Test
        void hoanThanhTotWithOutstandingSubjectIsTieuBieu() {
            PrimaryOutcome outcome = assess(grade4(8).withAwardEvidence(true, false));
            assertThat(outcome.award()).contains(Award.EXEMPLARY_STUDENT);
        }

        @Test
        void hoanThanhTotWithMarkedProgressIsTieuBieu() {
            assertThat(assess(grade4(7).withAwardEvidence(false, true)).award()).contains(Award.EXEMPLARY_STUDENT);
        }

        @Test
        void hoanThanhTotWithoutEvidenceHasNoAward() {
            PrimaryOutcome outcome = assess(grade4(8));
            assertThat(outcome.award()).isEmpty();
            assertThat(outcome.reasons().failed()).extracting(Reason::condition).contains("AWARD_EXEMPLARY_EVIDENCE");
        }

        @Test
        void hoanThanhWithEvidenceHasNoAward() {
            assertThat(assess(grade4(6).withAwardEvidence(true, true)).award()).isEmpty();
        }

        @Test
        void hoanThanhXuatSacIsHocSinhXuatSacEvenWithEvidence() {
            PrimaryOutcome outcome = assess(grade4(9).withAwardEvidence(true, true));
            assertThat(outcome.award()).contains(Award.EXCELLENT_STUDENT);
            assertThat(outcome.reasons().list()).filteredOn(r -> r.condition().equals("AWARD_EXCELLENT_STUDENT"))
                    .singleElement().satisfies(r -> {
                        assertThat(r.held()).isTrue();
                        assertThat(r.citation()).isEqualTo(Citation.of("TT 27/2020", 13, 1, "a"));
                    });
        }
    }

    @Nested
    class CompletionAndPromotion {

        private final PrimaryYear notCompleted = withYearTest(grade4(8), "TOAN", 4);

        @Test
        void notCompletedAwaitsSupplementaryAssessment() {
            PrimaryOutcome outcome = assess(notCompleted);
            assertThat(outcome.promotion()).isEqualTo(PromotionStatus.SUMMER_REASSESSMENT);
            assertThat(outcome.gradeCompleted()).isFalse();
            assertThat(outcome.reassessmentSubjects()).containsExactly("TOAN");
            assertThat(outcome.reasons().failed()).extracting(Reason::condition)
                    .contains("GRADE_COMPLETED", "SUPPLEMENTARY_ASSESSMENT");
        }

        @Test
        void completedAtSupplementaryAssessmentIsPromoted() {
            PrimaryOutcome outcome = assess(notCompleted.withSupplementary(SupplementaryAssessment.COMPLETED));
            assertThat(outcome.promotion()).isEqualTo(PromotionStatus.PROMOTED);
            assertThat(outcome.gradeCompleted()).isTrue();
            assertThat(outcome.learningLevel()).isEqualTo(PrimaryResult.NOT_COMPLETED);
        }

        @Test
        void stillNotCompletedGoesToThePrincipal() {
            assertThat(assess(notCompleted.withSupplementary(SupplementaryAssessment.NOT_COMPLETED)).promotion())
                    .isEqualTo(PromotionStatus.PRINCIPAL_DECIDES);
        }

        @Test
        void principalPromotesOrRetains() {
            PrimaryOutcome promoted = assess(notCompleted.withSupplementary(
                    SupplementaryAssessment.NOT_COMPLETED_PRINCIPAL_PROMOTES));
            PrimaryOutcome retained = assess(notCompleted.withSupplementary(
                    SupplementaryAssessment.NOT_COMPLETED_PRINCIPAL_RETAINS));
            assertThat(promoted.promotion()).isEqualTo(PromotionStatus.PROMOTED);
            assertThat(promoted.gradeCompleted()).isFalse();
            assertThat(retained.promotion()).isEqualTo(PromotionStatus.NOT_PROMOTED);
        }

        @Test
        void supplementaryResultForACompletedStudentIsAnError() {
            assertThatThrownBy(() -> assess(grade4(8).withSupplementary(SupplementaryAssessment.COMPLETED)))
                    .isInstanceOfSatisfying(AssessmentInputException.class,
                            e -> assertThat(e.rule()).isEqualTo(Citation.of("TT 27/2020", 11, 2)));
        }
    }

    @Nested
    class GradeFive {

        private final PrimaryYear grade5 = allGood(5, SchoolYear.of(2024), 6);

        @Test
        void completingGradeFiveCompletesPrimary() {
            PrimaryOutcome outcome = assess(grade5);
            assertThat(outcome.learningLevel()).isEqualTo(PrimaryResult.COMPLETED);
            assertThat(outcome.primaryProgrammeCompleted()).isTrue();
            assertThat(outcome.reasons().list()).extracting(Reason::condition).contains("PRIMARY_PROGRAMME_COMPLETED");
        }

        @Test
        void notCompletingGradeFiveDoesNotCompletePrimaryUntilSupplementary() {
            PrimaryYear failed = withYearTest(grade5, "TIENG_VIET", 3);
            assertThat(assess(failed).primaryProgrammeCompleted()).isFalse();
            assertThat(assess(failed.withSupplementary(SupplementaryAssessment.COMPLETED)).primaryProgrammeCompleted())
                    .isTrue();
        }

        @Test
        void principalsPromotionCompletesPrimaryOnlyUnderThePolicy() {
            PrimaryYear promoted = withYearTest(grade5, "TIENG_VIET", 3)
                    .withSupplementary(SupplementaryAssessment.NOT_COMPLETED_PRINCIPAL_PROMOTES);
            assertThat(assess(promoted).primaryProgrammeCompleted()).isFalse();
            assertThat(Tt27Rules.withPolicy(new Tt27Policy(false, true)).assess(promoted).primaryProgrammeCompleted())
                    .isTrue();
        }

        @Test
        void otherGradesNeverCompletePrimary() {
            assertThat(assess(grade4(10)).primaryProgrammeCompleted()).isFalse();
        }
    }

    @Nested
    class BadInput {

        @Test
        void decimalTestScoreIsRejected() {
            PrimaryYear year = replace(grade4(9), "TOAN",
                    s -> s.withTest(PrimaryCheckpoint.END_OF_YEAR, Score.of(new BigDecimal("8.5"))));
            assertInputError(year, "TOAN", Term.WHOLE_YEAR, Citation.of("TT 27/2020", 7, 1, "d"));
        }

        @Test
        void missingEndOfYearTestIsRejected() {
            PrimaryYear year = replace(grade4(9), "KHOA_HOC", s -> s.withoutTest(PrimaryCheckpoint.END_OF_YEAR));
            assertInputError(year, "KHOA_HOC", Term.WHOLE_YEAR, Citation.of("TT 27/2020", 7, 1, "b"));
        }

        @Test
        void decimalMidTermTestIsRejected() {
            PrimaryYear year = replace(grade4(9), "TIENG_VIET",
                    s -> s.withTest(PrimaryCheckpoint.MID_SECOND_TERM, Score.parse("7,5")));
            assertInputError(year, "TIENG_VIET", Term.SECOND, Citation.of("TT 27/2020", 7, 1, "d"));
        }

        @Test
        void subjectRecordedTwiceIsRejected() {
            PrimaryYear year = grade4(9);
            List<PrimarySubjectYear> twice = new java.util.ArrayList<>(year.subjects());
            twice.add(year.subjects().get(0));
            assertInputError(year.withSubjects(twice), "TIENG_VIET", null, Citation.of("TT 27/2020", 7, 1, "a"));
        }

        @Test
        void missingEndOfFirstTermTestIsRejected() {
            PrimaryYear year = replace(grade4(9), "TOAN", s -> s.withoutTest(PrimaryCheckpoint.END_OF_FIRST_TERM));
            assertInputError(year, "TOAN", Term.FIRST, Citation.of("TT 27/2020", 7, 1, "b"));
        }

        @Test
        void testOnALevelSubjectIsRejected() {
            PrimaryYear year = replace(grade4(9), "DAO_DUC", s -> s.withTest(PrimaryCheckpoint.END_OF_YEAR, test(9)));
            assertInputError(year, "DAO_DUC", Term.WHOLE_YEAR, Citation.of("TT 27/2020", 7, 1, "b"));
        }

        @Test
        void midTermTestInGradeThreeIsRejected() {
            PrimaryYear year = replace(allGood(3, SchoolYear.of(2023), 9), "TOAN",
                    s -> s.withTest(PrimaryCheckpoint.MID_FIRST_TERM, test(9)));
            assertInputError(year, "TOAN", Term.FIRST, Citation.of("TT 27/2020", 7, 1, "b"));
        }

        @Test
        void midTermTestOutsideTiengVietAndToanIsRejected() {
            PrimaryYear year = replace(grade4(9), "KHOA_HOC", s -> s.withTest(PrimaryCheckpoint.MID_SECOND_TERM, test(9)));
            assertInputError(year, "KHOA_HOC", Term.SECOND, Citation.of("TT 27/2020", 7, 1, "b"));
        }

        @Test
        void midTermTestsOfTiengVietAndToanInGradesFourAndFiveAreAccepted() {
            PrimaryYear year = replace(replace(allGood(5, SchoolYear.of(2024), 9), "TOAN",
                    s -> s.withTest(PrimaryCheckpoint.MID_FIRST_TERM, test(3))), "TIENG_VIET",
                    s -> s.withTest(PrimaryCheckpoint.MID_SECOND_TERM, test(10)));
            assertThat(assess(year).learningLevel()).isEqualTo(PrimaryResult.OUTSTANDING);
        }

        @Test
        void missingMidTermPointsAreRejectedOnlyUnderThePolicy() {
            Tt27Rules strict = Tt27Rules.withPolicy(new Tt27Policy(true, false));
            assertThatThrownBy(() -> strict.assess(grade4(9)))
                    .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                        assertThat(e.term()).contains(Term.FIRST);
                        assertThat(e.rule()).isEqualTo(Citation.of("TT 27/2020", 7, 1, "a"));
                    });
        }

        @Test
        void missingEndOfYearLevelIsRejected() {
            PrimaryYear year = grade4(9);
            PrimarySubjectYear toan = year.subjects().get(1);
            PrimarySubjectYear noYear = new PrimarySubjectYear(toan.subject(),
                    java.util.Map.of(PrimaryCheckpoint.END_OF_FIRST_TERM, SubjectLevel.COMPLETED_WELL), toan.tests());
            assertInputError(replace(year, "TOAN", s -> noYear), "TOAN", Term.WHOLE_YEAR,
                    Citation.of("TT 27/2020", 7, 1, "a"));
        }

        @Test
        void missingCompetenceIsRejected() {
            PrimaryYear year = grade4(9);
            var competences = new java.util.EnumMap<>(year.competences());
            competences.remove(Competence.TECHNOLOGY);
            assertThatThrownBy(() -> assess(year.withQualities(competences, year.qualities())))
                    .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                        assertThat(e.rule()).isEqualTo(Citation.of("TT 27/2020", 7, 2));
                        assertThat(e.getMessage()).contains("Công nghệ");
                    });
        }

        @Test
        void scoredSubjectIsRejected() {
            var secondaryToan = vn.schoolrecords.core.school.Subject.of("TOAN", "Toán", 140,
                    vn.schoolrecords.core.school.AssessmentMode.SCORE, true);
            PrimaryYear year = replace(grade4(9), "TOAN", s -> new PrimarySubjectYear(secondaryToan, s.levels(), s.tests()));
            assertInputError(year, "TOAN", null, Citation.of("TT 27/2020", 7, 1, "a"));
        }

        @Test
        void yearBeforeTheGradesRolloutIsRejected() {
            assertThatThrownBy(() -> assess(allGood(5, SchoolYear.of(2023), 9)))
                    .isInstanceOfSatisfying(AssessmentInputException.class,
                            e -> assertThat(e.rule()).isEqualTo(Citation.of("TT 27/2020", 16)));
        }

        @Test
        void secondaryRecordIsRejected() {
            SecondaryYear secondary = SecondaryYear.of("HS-9", EducationLevel.LOWER_SECONDARY, GradeLevel.of(6),
                    SchoolYear.of(2024), List.of(), AchievementLevel.GOOD, AchievementLevel.GOOD, 0);
            assertThatThrownBy(() -> RULES.assess(secondary))
                    .isInstanceOfSatisfying(AssessmentInputException.class,
                            e -> assertThat(e.studentId()).isEqualTo("HS-9"));
        }

        private void assertInputError(PrimaryYear year, String subject, Term term, Citation rule) {
            assertThatThrownBy(() -> assess(year))
                    .isInstanceOfSatisfying(AssessmentInputException.class, e -> {
                        assertThat(e.studentId()).isEqualTo(STUDENT);
                        assertThat(e.subjectCode()).isEqualTo(Optional.ofNullable(subject));
                        assertThat(e.term()).isEqualTo(Optional.ofNullable(term));
                        assertThat(e.rule()).isEqualTo(rule);
                        assertThat(e.getMessage()).contains(STUDENT).contains(rule.toString());
                    });
        }
    }

}
