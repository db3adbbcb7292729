package vn.schoolrecords.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.school.SchoolYear;

/** Field names and the parts they stand for, both ways. */
class SignatureFieldsProperties {

    @Provide
    Arbitrary<SigningPart> parts() {
        Arbitrary<SigningPart> subjects = Arbitraries.of("TOAN", "NGU_VAN", "NGOAI_NGU_1", "KHTN", "GDTC")
                .map(SigningPart::subjectRow);
        Arbitrary<SigningPart> pages = Arbitraries.of(SigningRole.HOMEROOM_TEACHER, SigningRole.PRINCIPAL,
                SigningRole.SCHOOL_SEAL).map(SigningPart::page);
        return Arbitraries.oneOf(subjects, pages);
    }

    @Property
    void aTranscriptFieldNameReadsBackToItsPartAndYear(@ForAll("parts") SigningPart part,
            @ForAll @IntRange(min = 2000, max = 2090) int start) {
        String name = SignatureFields.name(SchoolYear.of(start), part);
        assertThat(SignatureFields.partOf(name)).contains(part);
        assertThat(SignatureFields.startYearOf(name)).contains(start);
    }

    @Property
    void aPageFieldNameReadsBackToItsPartWithoutAYear(@ForAll("parts") SigningPart part) {
        String name = SignatureFields.name(part);
        assertThat(SignatureFields.partOf(name)).contains(part);
        assertThat(SignatureFields.startYearOf(name)).isEmpty();
    }

    @Test
    void theNamesAreTheOnesPrintoutsPlace() {
        assertThat(SignatureFields.name(SchoolYear.of(2025), SigningPart.subjectRow("NGU_VAN")))
                .isEqualTo("subject-2025-NGU_VAN");
        assertThat(SignatureFields.name(SchoolYear.of(2025), SigningPart.page(SigningRole.SCHOOL_SEAL)))
                .isEqualTo("school-seal-2025");
        assertThat(SignatureFields.name(SigningPart.page(SigningRole.HOMEROOM_TEACHER))).isEqualTo("homeroom");
    }

    @Test
    void otherNamesStandForNoPart() {
        assertThat(SignatureFields.partOf("Signature1")).isEmpty();
        assertThat(SignatureFields.partOf("subject")).isEmpty();
        assertThat(SignatureFields.partOf("principal-TOAN")).isEmpty();
        assertThat(SignatureFields.partOf("teacher")).isEmpty();
    }
}
