package vn.schoolrecords.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;

/** The TT 58 regimes chosen by grade and school year (regulations.md R0.2), before, of and after each first year. */
class Tt58RegimeSelectionTest {

    @ParameterizedTest(name = "grade {0} in {1}-{1}+1 → {2}")
    @CsvSource({
        "9, 2011, TT58_2011", "9, 2012, TT58_2011", "9, 2019, TT58_2011",
        "9, 2020, TT58_TT26_2020", "9, 2021, TT58_TT26_2020", "9, 2023, TT58_TT26_2020", "9, 2024, TT22_2021",
        "6, 2019, TT58_2011", "6, 2020, TT58_TT26_2020", "6, 2021, TT22_2021",
        "8, 2023, TT22_2021", "8, 2022, TT58_TT26_2020",
        "12, 2023, TT58_TT26_2020", "12, 2024, TT22_2021", "10, 2021, TT58_TT26_2020", "10, 2022, TT22_2021"})
    void regimeOfAGradeInASchoolYear(int grade, int startYear, Regime expected) {
        EducationLevel level = grade <= 9 ? EducationLevel.LOWER_SECONDARY : EducationLevel.UPPER_SECONDARY;
        assertThat(AssessmentRulesProvider.regimeFor(level, GradeLevel.of(grade), SchoolYear.of(startYear)))
                .isEqualTo(expected);
    }

    @Test
    void beforeTt58NoRegimeIsCovered() {
        assertThatThrownBy(() -> AssessmentRulesProvider.regimeFor(EducationLevel.LOWER_SECONDARY, GradeLevel.of(9),
                SchoolYear.of(2010))).isInstanceOf(RegimeNotCoveredException.class);
    }

    @Test
    void providerHandsOutTheTt58RulesForTheirYears() {
        AssessmentRules original = AssessmentRulesProvider.rulesFor(EducationLevel.LOWER_SECONDARY, GradeLevel.of(9),
                SchoolYear.of(2019));
        AssessmentRules amended = AssessmentRulesProvider.rulesFor(EducationLevel.UPPER_SECONDARY, GradeLevel.of(12),
                SchoolYear.of(2023));
        assertThat(original).isInstanceOf(Tt58Rules.class);
        assertThat(original.regime()).isEqualTo(Regime.TT58_2011);
        assertThat(((Tt58Rules) original).table().keySubjectCodes()).containsExactlyInAnyOrder("TOAN", "NGU_VAN");
        assertThat(amended.regime()).isEqualTo(Regime.TT58_TT26_2020);
        assertThat(((Tt58Rules) amended).table().keySubjectCodes())
                .containsExactlyInAnyOrder("TOAN", "NGU_VAN", "NGOAI_NGU_1");
    }

    @Test
    void theRulesAssessTheRecordTheProviderChoseThemFor() {
        LegacySecondaryYear y2019 = LegacyFixtures.grade9(LegacyFixtures.Y2019,
                LegacyFixtures.subjects("8", "8", "8", "8", "8", "8", "8", "8", "8", "8"));
        YearOutcome o = AssessmentRulesProvider.rulesFor(y2019.level(), y2019.grade(), y2019.year()).assess(y2019);
        assertThat(o.regime()).isEqualTo(Regime.TT58_2011);
        assertThat(o.learningLevel()).isEqualTo(AcademicStanding.EXCELLENT);
        assertThat(o.reasons().list()).allSatisfy(r -> assertThat(r.citation().document()).isEqualTo("TT 58/2011"));
    }

    @Test
    void versionsListTt58First() {
        assertThat(AssessmentRulesProvider.versions()).startsWith(Regime.TT58_2011, Regime.TT58_TT26_2020);
    }
}
