package vn.schoolrecords.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static vn.schoolrecords.core.ViolationAssertions.rejected;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.RecordsValidation;

class CurriculumTest {

    @Test
    void subjectIsFoundByCode() {
        Curriculum c = new Curriculum(GradeLevel.of(7), SubjectCatalogue.programme2018(GradeLevel.of(7)));

        assertThat(c.subject("KHTN")).map(Subject::name).contains("Khoa học tự nhiên");
        assertThat(c.subject("VAT_LI")).isEmpty();
    }

    @Test
    void subjectListIsCopied() {
        List<Subject> subjects = new ArrayList<>(SubjectCatalogue.programme2018(GradeLevel.of(1)));
        Curriculum c = new Curriculum(GradeLevel.of(1), subjects);
        subjects.clear();

        assertThat(c.subjects()).isNotEmpty();
    }

    @Test
    void curriculumWithoutSubjectsIsRejected() {
        rejected(() -> RecordsValidation.requireValid(new Curriculum(GradeLevel.of(1), List.of())),
                "subjects", "NotEmpty");
    }

    @Test
    void invalidSubjectInsideIsReportedWithItsIndex() {
        Subject bad = new Subject("TOAN", "Toán ", 105, AssessmentMode.SCORE, true);
        rejected(() -> RecordsValidation.requireValid(new Curriculum(GradeLevel.of(6), List.of(bad))),
                "subjects[0].name", "Pattern");
    }

    @Test
    void missingPartsAreRejectedAtTheBoundary() {
        assertThatNullPointerException().isThrownBy(() -> new Curriculum(null, List.of())).withMessage("grade");
        assertThatNullPointerException().isThrownBy(() -> new Enrolment("HS1", null)).withMessage("classId");
        assertThatNullPointerException().isThrownBy(() -> new TeachingAssignment("C1", "TOAN", null))
                .withMessage("teacherId");
    }

    @Test
    void termsAndGendersHaveTheirVietnameseNames() {
        assertThat(Term.FIRST.abbreviation()).isEqualTo("HK I");
        assertThat(Term.WHOLE_YEAR.vietnameseName()).isEqualTo("Cả năm");
        assertThat(Gender.FEMALE.vietnameseName()).isEqualTo("Nữ");
        assertThat(AssessmentMode.LEVEL_AND_TEST.isPrimary()).isTrue();
        assertThat(AssessmentMode.COMMENT.isPrimary()).isFalse();
    }
}
