package vn.schoolrecords.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.schoolrecords.core.ViolationAssertions.rejected;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.Violation;

class StudentTest {

    private static final PersonalIdentifier MALE_2009 = PersonalIdentifier.parse("001209012345");
    private static final LocalDate BORN = LocalDate.of(2009, 5, 17);

    private static Student student(String id, String fullName) {
        return Student.of(id, MALE_2009, fullName, BORN, Gender.MALE, "Kinh", "Hà Nội");
    }

    @Test
    void validStudentKeepsEveryFieldAsGiven() {
        Student s = Student.of("HS0001", MALE_2009, "Nguyễn  Văn   An", BORN, Gender.MALE, "Tày", "Cao Bằng");

        assertThat(s.id()).isEqualTo("HS0001");
        assertThat(s.fullName()).isEqualTo("Nguyễn  Văn   An");
        assertThat(s.personalId()).isEqualTo(MALE_2009);
        assertThat(s.ethnicity()).isEqualTo("Tày");
    }

    @Test
    void nameTypedWithCombiningMarksIsStoredPrecomposed() {
        String nfd = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Nguyễn Thị Ánh Tuyết");

        Student s = student("HS0001", nfd);

        assertThat(s.fullName()).isEqualTo("Nguyễn Thị Ánh Tuyết");
        assertThat(Normalizer.isNormalized(s.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(s).isEqualTo(student("HS0001", "Nguyễn Thị Ánh Tuyết"));
    }

    @Test
    void caseAndInnerSpacingAreNotChanged() {
        assertThat(student("HS0001", "NGUYỄN văn an").fullName()).isEqualTo("NGUYỄN văn an");
    }

    @ParameterizedTest
    @ValueSource(strings = {" Nguyễn Văn An", "Nguyễn Văn An ", "\tNguyễn Văn An", "Nguyễn Văn An\n",
        "Nguyễn Văn An\u00A0", "\u3000Nguyễn Văn An"})
    void leadingOrTrailingSpaceIsRejectedNotTrimmed(String name) {
        Violation v = rejected(() -> student("HS0001", name), "fullName", "Pattern");

        assertThat(v.invalidValue()).isEqualTo(name);
        assertThat(v.message().en()).contains("space");
    }

    @Test
    void emptyNameIsRejectedAsBlank() {
        rejected(() -> student("HS0001", ""), "fullName", "NotBlank");
        rejected(() -> student("HS0001", "   "), "fullName", "NotBlank");
    }

    @Test
    void nameLongerThanOneHundredCharactersIsRejected() {
        rejected(() -> student("HS0001", "A".repeat(101)), "fullName", "Size");
        assertThat(student("HS0001", "A".repeat(100)).fullName()).hasSize(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HS 0001", "HS/0001", "HSĐ001", ""})
    void idOutsideTheIdAlphabetIsRejected(String id) {
        rejected(() -> student(id, "Nguyễn Văn An"), "id", "Pattern");
    }

    @Test
    void aStudentAloneIsNotComparedWithTodaysDate() {
        // Values never read the clock; the roster checks birth against its school year instead.
        PersonalIdentifier id = PersonalIdentifier.parse("001299012345");
        assertThat(Student.of("HS0001", id, "Nguyễn Văn An", LocalDate.of(2099, 1, 1), Gender.MALE, "Kinh", "Hà Nội")
                .dateOfBirth()).isEqualTo(LocalDate.of(2099, 1, 1));
    }

    @Test
    void identifierOfAnotherBirthYearIsRejectedOnPersonalId() {
        Violation v = rejected(() -> Student.of("HS0001", MALE_2009, "Nguyễn Văn An", LocalDate.of(2010, 1, 1),
                Gender.MALE, "Kinh", "Hà Nội"), "personalId", "PersonalIdentifier.birth");

        assertThat(v.invalidValue()).isEqualTo("001209012345");
    }

    @Test
    void identifierOfTheOtherSexIsRejectedOnPersonalId() {
        rejected(() -> Student.of("HS0001", MALE_2009, "Nguyễn Thị An", BORN, Gender.FEMALE, "Kinh", "Hà Nội"),
                "personalId", "PersonalIdentifier.birth");
    }

    @Test
    void femaleBornIn2010MatchesHerIdentifier() {
        Student s = Student.of("HS0002", PersonalIdentifier.parse("079310012345"), "Lê Thị Hồng",
                LocalDate.of(2010, 2, 28), Gender.FEMALE, "Kinh", "Thành phố Hồ Chí Minh");

        assertThat(s.personalId().gender()).isEqualTo(s.gender());
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> Student.of("", MALE_2009, " An", BORN, Gender.MALE, "", "Hà Nội"));

        assertThat(e.violations()).extracting(Violation::path)
                .contains("id", "fullName", "ethnicity");
        assertThat(e.text().vi()).contains("fullName").contains("không được");
        assertThat(e.text().en()).contains("fullName").contains("must not");
    }
}
