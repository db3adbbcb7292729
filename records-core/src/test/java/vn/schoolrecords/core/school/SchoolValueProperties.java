package vn.schoolrecords.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.schoolrecords.core.ViolationAssertions.rejected;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.time.api.Dates;
import vn.schoolrecords.core.sample.arbitrary.DomainArbitraries;

class SchoolValueProperties {

    @Provide
    Arbitrary<SchoolYear> schoolYears() {
        return DomainArbitraries.schoolYears();
    }

    @Provide
    Arbitrary<PersonalIdentifier> identifiers() {
        return DomainArbitraries.personalIdentifiers();
    }

    @Provide
    Arbitrary<String> names() {
        return DomainArbitraries.vietnameseNames();
    }

    @Property
    void schoolYearIsReadBackFromItsText(@ForAll("schoolYears") SchoolYear year) {
        assertThat(SchoolYear.parse(year.toString())).isEqualTo(year);
        assertThat(year.toString()).matches("\\d{4}-\\d{4}");
    }

    @Property
    void textOfTwoConsecutiveYearsIsWrittenBackUnchanged(@ForAll @IntRange(min = 1900, max = 2999) int start) {
        String text = start + "-" + (start + 1);

        assertThat(SchoolYear.parse(text).toString()).isEqualTo(text);
    }

    @Property
    void yearsThatAreNotConsecutiveAreAlwaysRejected(@ForAll @IntRange(min = 1000, max = 9999) int first,
            @ForAll @IntRange(min = 1000, max = 9999) int second) {
        Assume.that(second != first + 1);

        rejected(() -> SchoolYear.parse(first + "-" + second), "", "SchoolYear.consecutive");
    }

    @Property
    void textNotOfTheFormYyyyDashYyyyIsAlwaysRejected(@ForAll @StringLength(max = 12) String text) {
        Assume.that(!text.matches("[0-9]{4}-[0-9]{4}"));

        rejected(() -> SchoolYear.parse(text), "", "SchoolYear.format");
    }

    @Property
    void paddedSchoolYearIsAlwaysRejected(@ForAll("schoolYears") SchoolYear year,
            @ForAll("whitespace") String pad, @ForAll boolean before) {
        String text = before ? pad + year : year + pad;

        rejected(() -> SchoolYear.parse(text), "", "SchoolYear.format");
    }

    @Provide
    Arbitrary<String> whitespace() {
        return Arbitraries.strings().withChars(" \t\n\r\u00A0\u3000").ofMinLength(1).ofMaxLength(3);
    }

    @Property
    void everyDateBelongsToTheSchoolYearContainingIt(@ForAll("dates") LocalDate date) {
        SchoolYear year = SchoolYear.containing(date);

        assertThat(year.contains(date)).isTrue();
        assertThat(year.next().contains(date)).isFalse();
        assertThat(year.previous().contains(date)).isFalse();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(1902, 1, 1), LocalDate.of(2998, 12, 31));
    }

    @Property
    void identifierIsReadBackFromItsText(@ForAll("identifiers") PersonalIdentifier id) {
        assertThat(PersonalIdentifier.parse(id.toString())).isEqualTo(id);
        assertThat(id.toString()).hasSize(12).containsOnlyDigits();
    }

    @Property
    void identifierEncodesTheBirthYearAndGenderItWasMadeFrom(@ForAll @IntRange(min = 1900, max = 2399) int year,
            @ForAll Gender gender, @ForAll @IntRange(min = 1, max = 999) int code,
            @ForAll @IntRange(min = 0, max = 999_999) int serial) {
        PersonalIdentifier id = DomainArbitraries.identifier(year, gender, code, serial);

        assertThat(id.birthYear()).isEqualTo(year);
        assertThat(id.gender()).isEqualTo(gender);
        assertThat(id.registrationCode()).isEqualTo(String.format("%03d", code));
    }

    @Property
    void textThatIsNotTwelveDigitsIsAlwaysRejected(@ForAll @StringLength(max = 14) String text) {
        Assume.that(!text.matches("[0-9]{12}"));

        rejected(() -> PersonalIdentifier.parse(text), "", "PersonalIdentifier.format");
    }

    @Property
    void identifierWithOneDigitReplacedByANonDigitIsAlwaysRejected(@ForAll("identifiers") PersonalIdentifier id,
            @ForAll @IntRange(min = 0, max = 11) int position, @ForAll char replacement) {
        Assume.that(replacement < '0' || replacement > '9');
        String text = id.toString().substring(0, position) + replacement + id.toString().substring(position + 1);

        rejected(() -> PersonalIdentifier.parse(text), "", "PersonalIdentifier.format");
    }

    @Property
    void registrationCodeZeroIsAlwaysRejected(@ForAll @IntRange(min = 0, max = 999_999_999) int rest) {
        rejected(() -> PersonalIdentifier.parse(String.format("000%09d", rest)), "",
                "PersonalIdentifier.registrationCode");
    }

    @Property
    void studentOfAnotherBirthYearThanTheIdentifierIsAlwaysRejected(@ForAll("identifiers") PersonalIdentifier id,
            @ForAll @IntRange(min = 1, max = 80) int yearsOff) {
        Assume.that(id.birthYear() - yearsOff >= 1900);
        LocalDate born = LocalDate.of(id.birthYear() - yearsOff, 6, 1);

        rejected(() -> Student.of("HS1", id, "Nguyễn Văn An", born, id.gender(), "Kinh", "Huế"),
                "personalId", "PersonalIdentifier.birth");
    }

    @Property
    void namesAreKeptExactlyInNfc(@ForAll("names") String name) {
        Student s = Student.of("HS1", PersonalIdentifier.parse("001209012345"),
                Normalizer.normalize(name, Normalizer.Form.NFD), LocalDate.of(2009, 1, 1), Gender.MALE, "Kinh", "Huế");

        assertThat(s.fullName()).isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFC)).isEqualTo(name);
        assertThat(Staff.of("GV1", name, Set.of(StaffRole.CLERK), Set.of()).fullName()).isEqualTo(name);
    }

    @Property
    void nameWithLeadingOrTrailingWhitespaceIsAlwaysRejected(@ForAll("names") String name,
            @ForAll("whitespace") String pad, @ForAll boolean before) {
        String padded = before ? pad + name : name + pad;

        rejected(() -> Student.of("HS1", PersonalIdentifier.parse("001209012345"), padded, LocalDate.of(2009, 1, 1),
                Gender.MALE, "Kinh", "Huế"), "fullName", "Pattern");
    }
}
