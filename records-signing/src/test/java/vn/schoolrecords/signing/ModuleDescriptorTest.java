package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built module: the signing and verification packages exported, internals hidden, no dependency on records-pdf. */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void readTheBuiltDescriptor() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
    }

    @Test
    void onlyThePublicPackagesAreExported() {
        assertThat(descriptor.name()).isEqualTo("vn.schoolrecords.signing");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("vn.schoolrecords.signing", "vn.schoolrecords.signing.verify");
        assertThat(Path.of("target", "classes", "vn", "schoolrecords", "signing", "internal")).isDirectory();
        assertThat(Path.of("target", "classes", "vn", "schoolrecords", "signing", "verify", "internal")).isDirectory();
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void signingDependsOnCoreAndPdfBoxButNeverOnRecordsPdf() {
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
                .contains("vn.schoolrecords.core", "org.apache.pdfbox", "org.bouncycastle.pkix")
                .doesNotContain("vn.schoolrecords.pdf");
    }
}
