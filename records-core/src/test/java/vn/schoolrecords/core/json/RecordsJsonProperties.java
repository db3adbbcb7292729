package vn.schoolrecords.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.schoolrecords.core.sample.arbitrary.DomainArbitraries;
import vn.schoolrecords.core.school.PersonalIdentifier;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Subject;

class RecordsJsonProperties {

    @Provide
    Arbitrary<SchoolRoster> rosters() {
        return DomainArbitraries.rosters();
    }

    @Property(tries = 200)
    void rosterIsReadBackEqualAndWrittenAgainIdentically(@ForAll("rosters") SchoolRoster roster) {
        String json = RecordsJson.write(roster);
        SchoolRoster read = RecordsJson.read(json, SchoolRoster.class);

        assertThat(read).isEqualTo(roster);
        assertThat(RecordsJson.write(read)).isEqualTo(json);
    }

    @Property(tries = 100)
    void compactJsonIsTheSameDocumentWithoutIndentation(@ForAll("rosters") SchoolRoster roster) throws Exception {
        byte[] compact = RecordsJson.writeCompact(roster);
        String indented = RecordsJson.write(roster);
        String text = new String(compact, java.nio.charset.StandardCharsets.UTF_8);

        assertThat(RecordsJson.read(text, SchoolRoster.class)).isEqualTo(roster);
        var plain = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(plain.readTree(compact)).isEqualTo(plain.readTree(indented));
        assertThat(text).doesNotContain("\n").hasSizeLessThan(indented.length());
    }

    @Provide
    Arbitrary<Student> students() {
        return DomainArbitraries.students();
    }

    @Property
    void studentIsReadBackEqual(@ForAll("students") Student student) {
        String json = RecordsJson.write(student);

        assertThat(RecordsJson.read(json, Student.class)).isEqualTo(student);
    }

    @Provide
    Arbitrary<School> schools() {
        return DomainArbitraries.schools();
    }

    @Property
    void schoolIsReadBackEqual(@ForAll("schools") School school) {
        assertThat(RecordsJson.read(RecordsJson.write(school), School.class)).isEqualTo(school);
    }

    @Provide
    Arbitrary<Subject> subjects() {
        return DomainArbitraries.subjects();
    }

    @Property
    void subjectIsReadBackEqual(@ForAll("subjects") Subject subject) {
        assertThat(RecordsJson.read(RecordsJson.write(subject), Subject.class)).isEqualTo(subject);
    }

    @Provide
    Arbitrary<SchoolYear> schoolYears() {
        return DomainArbitraries.schoolYears();
    }

    @Property
    void schoolYearIsWrittenAsItsTextAndReadBack(@ForAll("schoolYears") SchoolYear year) {
        String json = RecordsJson.write(year);

        assertThat(json).isEqualTo("\"" + year + "\"");
        assertThat(RecordsJson.read(json, SchoolYear.class)).isEqualTo(year);
    }

    @Provide
    Arbitrary<PersonalIdentifier> identifiers() {
        return DomainArbitraries.personalIdentifiers();
    }

    @Property
    void identifierIsWrittenAsItsTextAndReadBack(@ForAll("identifiers") PersonalIdentifier id) {
        String json = RecordsJson.write(id);

        assertThat(json).isEqualTo("\"" + id + "\"");
        assertThat(RecordsJson.read(json, PersonalIdentifier.class)).isEqualTo(id);
    }
}
