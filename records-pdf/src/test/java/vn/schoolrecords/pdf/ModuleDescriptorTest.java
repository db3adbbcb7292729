package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The module exports its small public face only, and depends on core, never on signing. */
class ModuleDescriptorTest {

    @Test
    void onlyThePublicPackagesAreExported() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertThat(descriptor.name()).isEqualTo("vn.schoolrecords.pdf");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("vn.schoolrecords.pdf", "vn.schoolrecords.pdf.transcript",
                        "vn.schoolrecords.pdf.gradebook", "vn.schoolrecords.pdf.plan");
        assertThat(descriptor.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
                .contains("vn.schoolrecords.core", "org.apache.pdfbox", "org.apache.xmpbox")
                .noneMatch(name -> name.startsWith("vn.schoolrecords.signing") || name.startsWith("org.bouncycastle"));
    }
}
