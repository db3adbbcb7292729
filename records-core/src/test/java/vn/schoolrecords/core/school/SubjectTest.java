package vn.schoolrecords.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.schoolrecords.core.ViolationAssertions.rejected;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectTest {

    @Test
    void validSubjectKeepsItsNameInNfc() {
        Subject s = Subject.of("TOAN", Normalizer.normalize("Toán", Normalizer.Form.NFD), 105,
                AssessmentMode.SCORE, true);

        assertThat(s.name()).isEqualTo("Toán");
    }

    @ParameterizedTest
    @ValueSource(strings = {"toan", "1TOAN", "TOÁN", "TO AN", "TOAN-1", "A234567890123456789012345678901"})
    void codeThatIsNotUpperCaseAsciiIsRejected(String code) {
        rejected(() -> Subject.of(code, "Toán", 105, AssessmentMode.SCORE, true), "code", "Pattern");
    }

    @Test
    void periodsOutsideOneToOneThousandAreRejected() {
        rejected(() -> Subject.of("TOAN", "Toán", 0, AssessmentMode.SCORE, true), "periodsPerYear", "Min");
        rejected(() -> Subject.of("TOAN", "Toán", 1001, AssessmentMode.SCORE, true), "periodsPerYear", "Max");
        rejected(() -> Subject.of("TOAN", "Toán", 105, AssessmentMode.SCORE, true).withPeriodsPerYear(-1),
                "periodsPerYear", "Min");
    }

    @Test
    void withPeriodsPerYearChangesOnlyThePeriods() {
        Subject s = Subject.of("TOAN", "Toán", 105, AssessmentMode.SCORE, true).withPeriodsPerYear(140);

        assertThat(s).isEqualTo(Subject.of("TOAN", "Toán", 140, AssessmentMode.SCORE, true));
    }

    @Test
    void catalogueOfEveryGradeHasUniqueCodesAndTheModeOfItsLevel() {
        for (int g = 1; g <= 12; g++) {
            List<Subject> subjects = SubjectCatalogue.programme2018(GradeLevel.of(g));
            boolean primary = g <= 5;

            assertThat(subjects).extracting(Subject::code).doesNotHaveDuplicates();
            assertThat(subjects).allSatisfy(s -> assertThat(s.mode().isPrimary()).isEqualTo(primary));
        }
    }

    @Test
    void upperSecondaryCatalogueMarksElectives() {
        List<Subject> subjects = SubjectCatalogue.programme2018(GradeLevel.of(11));

        assertThat(subjects).filteredOn(Subject::compulsory).extracting(Subject::code)
                .contains("NGU_VAN", "TOAN", "LICH_SU").doesNotContain("VAT_LI");
        assertThat(subjects).filteredOn(s -> !s.compulsory()).extracting(Subject::code)
                .contains("VAT_LI", "HOA_HOC", "TIN_HOC");
    }
}
