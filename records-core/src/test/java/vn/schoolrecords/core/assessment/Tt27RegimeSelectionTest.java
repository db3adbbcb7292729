package vn.schoolrecords.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;

class Tt27RegimeSelectionTest {

    @ParameterizedTest(name = "grade {0} in {1}-… is TT 27/2020")
    @CsvSource({"1, 2020", "1, 2021", "2, 2021", "3, 2022", "3, 2023", "4, 2023", "5, 2024", "5, 2025"})
    void tt27FromItsFirstYearForTheGrade(int grade, int startYear) {
        AssessmentRules rules = AssessmentRulesProvider.rulesFor(EducationLevel.PRIMARY, GradeLevel.of(grade),
                SchoolYear.of(startYear));
        assertThat(rules.regime()).isEqualTo(Regime.TT27_2020);
        assertThat(rules).isInstanceOf(Tt27Rules.class);
    }

    @ParameterizedTest(name = "grade {0} in {1}-… is not covered")
    @CsvSource({"1, 2019", "2, 2020", "3, 2021", "4, 2022", "5, 2023"})
    void notCoveredTheYearBefore(int grade, int startYear) {
        assertThatThrownBy(() -> AssessmentRulesProvider.rulesFor(EducationLevel.PRIMARY, GradeLevel.of(grade),
                SchoolYear.of(startYear))).isInstanceOf(RegimeNotCoveredException.class);
    }

    @org.junit.jupiter.api.Test
    void rulesOfTt27AreTheDefaultRules() {
        assertThat(AssessmentRulesProvider.rulesOf(Regime.TT27_2020)).isSameAs(Tt27Rules.of());
        assertThat(Tt27Rules.of().policy()).isEqualTo(Tt27Policy.DEFAULT);
    }

    @org.junit.jupiter.api.Test
    void rulesChosenByTheProviderAssessTheYear() {
        PrimaryYear year = PrimaryFixtures.allGood(3, SchoolYear.of(2022), 9);
        YearOutcome outcome = AssessmentRulesProvider.rulesFor(EducationLevel.PRIMARY, year.grade(), year.year())
                .assess(year);
        assertThat(outcome.learningLevel()).isEqualTo(PrimaryResult.OUTSTANDING);
    }
}
