package vn.schoolrecords.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static vn.schoolrecords.core.ViolationAssertions.rejected;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PersonalIdentifierTest {

    @Test
    void maleBornIn2009RegisteredInHanoiIsDecoded() {
        PersonalIdentifier id = PersonalIdentifier.parse("001209012345");

        assertThat(id.registrationCode()).isEqualTo("001");
        assertThat(id.birthYear()).isEqualTo(2009);
        assertThat(id.gender()).isEqualTo(Gender.MALE);
        assertThat(id).hasToString("001209012345");
    }

    @Test
    void femaleBornIn2010RegisteredInHoChiMinhCityIsDecoded() {
        PersonalIdentifier id = PersonalIdentifier.parse("079310012345");

        assertThat(id.registrationCode()).isEqualTo("079");
        assertThat(id.birthYear()).isEqualTo(2010);
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
    }

    @ParameterizedTest
    @CsvSource({"001085012345,1985,MALE", "001185012345,1985,FEMALE", "001200012345,2000,MALE",
        "001399012345,2099,FEMALE", "001400012345,2100,MALE", "001501012345,2101,FEMALE"})
    void fourthDigitGivesCenturyAndSex(String text, int year, Gender gender) {
        PersonalIdentifier id = PersonalIdentifier.parse(text);

        assertThat(id.birthYear()).isEqualTo(year);
        assertThat(id.gender()).isEqualTo(gender);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00120901234", "0012090123456", "001 209 012 345", "001-209-012345",
        " 001209012345", "001209012345 ", "00120901234a", "００１２０９０１２３４５", "٠٠١٢٠٩٠١٢٣٤٥"})
    void anythingButTwelveAsciiDigitsIsRejected(String text) {
        assertThat(rejected(() -> PersonalIdentifier.parse(text), "", "PersonalIdentifier.format").invalidValue())
                .isEqualTo(text);
    }

    @Test
    void registrationCodeZeroIsRejected() {
        rejected(() -> PersonalIdentifier.parse("000209012345"), "", "PersonalIdentifier.registrationCode");
    }

    @Test
    void nullIsRejectedAtTheBoundary() {
        assertThatNullPointerException().isThrownBy(() -> PersonalIdentifier.parse(null)).withMessage("value");
    }
}
