package vn.schoolrecords.core.register;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;

/** Shared sample data and schema checks of the register tests. */
final class RegisterFixtures {

    static final SchoolRoster ROSTER = SampleSchools.upperSecondary(7);
    static final String SCHOOL = ROSTER.school().code();
    static final Instant T0 = Instant.parse("2024-08-01T01:00:00Z");

    private RegisterFixtures() {
    }

    static Set<ValidationMessage> schemaErrors(String resource, String json) {
        try (InputStream in = RegisterFixtures.class.getResourceAsStream(resource)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(json, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
