package vn.schoolrecords.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;

class AssessmentRulesProviderTest {

    private static Regime secondary(int grade, String year) {
        EducationLevel level = grade <= 9 ? EducationLevel.LOWER_SECONDARY : EducationLevel.UPPER_SECONDARY;
        return AssessmentRulesProvider.regimeFor(level, GradeLevel.of(grade), SchoolYear.parse(year));
    }

    @Test
    void theExamplesOfRegulationsSectionZero() {
        assertThat(secondary(9, "2023-2024")).isEqualTo(Regime.TT58_TT26_2020);
        assertThat(secondary(8, "2023-2024")).isEqualTo(Regime.TT22_2021);
    }

    @Test
    void tt22TakesOverGradeByGradeOnTheYearBeforeOfAndAfterItsFirstYear() {
        // TT 22/2021 Điều 21: grade 6 from 2021-22; 7 and 10 from 2022-23; 8 and 11 from 2023-24; 9 and 12 from 2024-25.
        int[][] schedule = {{6, 2021}, {7, 2022}, {10, 2022}, {8, 2023}, {11, 2023}, {9, 2024}, {12, 2024}};
        for (int[] row : schedule) {
            SchoolYear first = SchoolYear.of(row[1]);
            assertThat(secondary(row[0], first.previous().toString())).as("grade %d before", row[0])
                    .isEqualTo(Regime.TT58_TT26_2020);
            assertThat(secondary(row[0], first.toString())).as("grade %d first year", row[0]).isEqualTo(Regime.TT22_2021);
            assertThat(secondary(row[0], first.next().toString())).as("grade %d after", row[0]).isEqualTo(Regime.TT22_2021);
        }
    }

    @Test
    void tt26AmendsTt58FromTheSchoolYear2020To2021() {
        assertThat(secondary(9, "2019-2020")).isEqualTo(Regime.TT58_2011);
        assertThat(secondary(9, "2020-2021")).isEqualTo(Regime.TT58_TT26_2020);
        assertThat(secondary(12, "2011-2012")).isEqualTo(Regime.TT58_2011);
        assertThatThrownBy(() -> secondary(12, "2010-2011")).isInstanceOf(RegimeNotCoveredException.class)
                .hasMessageContaining("QĐ 40/2006");
    }

    @Test
    void primaryGradesFollowTt27FromTheirFirstYear() {
        for (int grade = 1; grade <= 5; grade++) {
            SchoolYear first = SchoolYear.of(2019 + grade);
            GradeLevel g = GradeLevel.of(grade);
            assertThat(AssessmentRulesProvider.regimeFor(EducationLevel.PRIMARY, g, first)).isEqualTo(Regime.TT27_2020);
            assertThat(AssessmentRulesProvider.regimeFor(EducationLevel.PRIMARY, g, first.next())).isEqualTo(Regime.TT27_2020);
            assertThatThrownBy(() -> AssessmentRulesProvider.regimeFor(EducationLevel.PRIMARY, g, first.previous()))
                    .isInstanceOf(RegimeNotCoveredException.class)
                    .satisfies(e -> assertThat(((RegimeNotCoveredException) e).code()).isEqualTo("REGIME_NOT_COVERED"))
                    .hasMessageContaining("TT 30/2014");
        }
    }

    @Test
    void continuingEducationFollowsTt43OnTheTt22Schedule() {
        GradeLevel grade10 = GradeLevel.of(10);
        assertThat(AssessmentRulesProvider.regimeFor(EducationLevel.CONTINUING, grade10, SchoolYear.of(2022)))
                .isEqualTo(Regime.TT43_2021);
        assertThatThrownBy(() -> AssessmentRulesProvider.regimeFor(EducationLevel.CONTINUING, grade10, SchoolYear.of(2021)))
                .isInstanceOf(RegimeNotCoveredException.class);
    }

    @Test
    void aGradeOutsideItsLevelIsAnInvalidValue() {
        assertThatThrownBy(() -> AssessmentRulesProvider.regimeFor(EducationLevel.PRIMARY, GradeLevel.of(7), SchoolYear.of(2024)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Tiểu học không có khối lớp 7")
                .hasMessageContaining("TH does not teach grade 7");
    }

    @Test
    void versionsAreListedOldestFirst() {
        List<Regime> versions = AssessmentRulesProvider.versions();
        assertThat(versions).containsExactly(Regime.TT58_2011, Regime.TT58_TT26_2020, Regime.TT27_2020,
                Regime.TT22_2021, Regime.TT43_2021);
    }

    @Property
    void theRegimeNeverGoesBackInTimeForAGrade(@ForAll @IntRange(min = 6, max = 12) int grade,
            @ForAll @IntRange(min = 2011, max = 2040) int startYear) {
        Regime now = secondary(grade, SchoolYear.of(startYear).toString());
        Regime next = secondary(grade, SchoolYear.of(startYear + 1).toString());
        assertThat(versions().indexOf(next)).isGreaterThanOrEqualTo(versions().indexOf(now));
    }

    private static List<Regime> versions() {
        return AssessmentRulesProvider.versions();
    }
}
