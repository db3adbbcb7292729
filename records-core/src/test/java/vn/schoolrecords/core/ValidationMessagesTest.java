package vn.schoolrecords.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;

/** Every validation message exists in Vietnamese and in English, and they are translations, not copies. */
class ValidationMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("ValidationMessages_vi.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("ValidationMessages_en.properties").keySet());
    }

    @Test
    void everyMessageIsTranslated() throws IOException {
        Properties vi = load("ValidationMessages_vi.properties");
        Properties en = load("ValidationMessages_en.properties");

        assertThat(vi.stringPropertyNames()).allSatisfy(key -> {
            assertThat(vi.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
            assertThat(en.getProperty(key)).as(key).isNotBlank();
        });
    }

    @Test
    void vietnameseFileIsReadAsUtf8ByTheValidator() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> ClassGroup.of("C1", "10A1!", GradeLevel.of(10), SchoolYear.of(2024), "GV1"));

        assertThat(e.violations().get(0).message().vi()).contains("tên lớp chỉ gồm chữ, số");
    }
}
