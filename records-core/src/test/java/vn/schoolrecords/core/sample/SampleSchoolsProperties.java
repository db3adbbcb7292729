package vn.schoolrecords.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import vn.schoolrecords.core.RecordsValidation;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;

class SampleSchoolsProperties {

    @Property(tries = 40)
    void everyRosterValidatesAndRoundTripsThroughJson(@ForAll long seed, @ForAll EducationLevel level,
            @ForAll @IntRange(min = 2000, max = 2090) int startYear, @ForAll @IntRange(min = 1, max = 5) int classes) {
        if (level == EducationLevel.CONTINUING) {
            return;
        }
        SchoolRoster roster = SampleSchool.of(level, seed, classes).rosterFor(SchoolYear.of(startYear));
        assertThat(RecordsValidation.requireValid(roster)).isSameAs(roster);
        String json = RecordsJson.write(roster);
        SchoolRoster read = RecordsJson.read(json, SchoolRoster.class);
        assertThat(read).isEqualTo(roster);
        assertThat(RecordsJson.write(read)).isEqualTo(json);
    }

    @Property(tries = 20)
    void theSameSeedAlwaysGivesTheSameJson(@ForAll long seed) {
        assertThat(RecordsJson.write(SampleSchools.primary(seed)))
                .isEqualTo(RecordsJson.write(SampleSchools.primary(seed)));
    }
}
