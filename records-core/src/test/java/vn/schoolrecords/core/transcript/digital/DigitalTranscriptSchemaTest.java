package vn.schoolrecords.core.transcript.digital;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.transcript.digital.internal.Mapping;

/** The committed XML Schema of each model version is the one its mapping gives. */
class DigitalTranscriptSchemaTest {

    @Test
    void committedSchemaMatchesTheMappingOfEveryVersion() throws Exception {
        for (ModelVersion v : ModelVersion.values()) {
            Mapping mapping;
            try (InputStream in = DigitalTranscript.class.getResourceAsStream(v.mappingResource())) {
                mapping = Mapping.read(in);
            }
            String generated = SchemaFromMapping.xsd(mapping, "Học bạ số, technical model " + v.label());
            Path resource = Path.of("src/main/resources/vn/schoolrecords/core/transcript/digital", v.schemaResource());
            if (Boolean.getBoolean("hocbaso.writeSchema")) {
                Files.writeString(resource, generated, StandardCharsets.UTF_8);
            }
            assertThat(Files.readString(resource, StandardCharsets.UTF_8)).as(v.schemaResource()).isEqualTo(generated);
        }
    }
}
