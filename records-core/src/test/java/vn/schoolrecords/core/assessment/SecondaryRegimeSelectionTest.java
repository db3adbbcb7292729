package vn.schoolrecords.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;

/** TT 22/2021 and TT 43/2021 on the school year before, of and after their first year for each grade. */
class SecondaryRegimeSelectionTest {

    // First school years written out from TT 22/2021 Điều 21 (regulations.md R0.2), not from the provider.
    @ParameterizedTest(name = "grade {0} from {1}-{2}")
    @CsvSource({"6, 2021, LOWER_SECONDARY", "7, 2022, LOWER_SECONDARY", "8, 2023, LOWER_SECONDARY",
        "9, 2024, LOWER_SECONDARY", "10, 2022, UPPER_SECONDARY", "11, 2023, UPPER_SECONDARY",
        "12, 2024, UPPER_SECONDARY"})
    void tt22AppliesFromItsFirstYearAndTt58AsAmendedTheYearBefore(int grade, int first, EducationLevel level) {
        GradeLevel g = GradeLevel.of(grade);
        assertThat(AssessmentRulesProvider.regimeFor(level, g, SchoolYear.of(first - 1)))
                .isEqualTo(Regime.TT58_TT26_2020);
        assertThat(AssessmentRulesProvider.rulesFor(level, g, SchoolYear.of(first))).isEqualTo(Tt22Rules.standard());
        assertThat(AssessmentRulesProvider.rulesFor(level, g, SchoolYear.of(first + 1)))
                .isEqualTo(Tt22Rules.standard());
    }

    @ParameterizedTest(name = "GDTX grade {0} from {1}")
    @CsvSource({"6, 2021", "7, 2022", "8, 2023", "9, 2024", "10, 2022", "11, 2023", "12, 2024"})
    void tt43AppliesToContinuingEducationFromItsFirstYearAndNothingBefore(int grade, int first) {
        GradeLevel g = GradeLevel.of(grade);
        assertThatThrownBy(() -> AssessmentRulesProvider.rulesFor(EducationLevel.CONTINUING, g,
                SchoolYear.of(first - 1))).isInstanceOf(RegimeNotCoveredException.class);
        assertThat(AssessmentRulesProvider.rulesFor(EducationLevel.CONTINUING, g, SchoolYear.of(first)))
                .isEqualTo(Tt43Rules.standard());
        assertThat(AssessmentRulesProvider.rulesFor(EducationLevel.CONTINUING, g, SchoolYear.of(first + 1)))
                .isEqualTo(Tt43Rules.standard());
    }

    @ParameterizedTest
    @CsvSource({"9, 2023, TT58_TT26_2020", "9, 2024, TT22_2021", "8, 2023, TT22_2021", "8, 2022, TT58_TT26_2020"})
    void theIssuesExamples(int grade, int year, Regime expected) {
        assertThat(AssessmentRulesProvider.regimeFor(EducationLevel.LOWER_SECONDARY, GradeLevel.of(grade),
                SchoolYear.of(year))).isEqualTo(expected);
        assertThat(AssessmentRulesProvider.rulesOf(Regime.TT22_2021).regime()).isEqualTo(Regime.TT22_2021);
        assertThat(AssessmentRulesProvider.rulesOf(Regime.TT43_2021).regime()).isEqualTo(Regime.TT43_2021);
    }
}
