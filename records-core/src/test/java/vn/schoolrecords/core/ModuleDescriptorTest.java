package vn.schoolrecords.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the built module exports: its small public face, never an {@code .internal} package. */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void readTheBuiltDescriptor() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
    }

    @Test
    void moduleIsNamedAfterItsRootPackage() {
        assertThat(descriptor.name()).isEqualTo("vn.schoolrecords.core");
        assertThat(descriptor.isOpen()).isFalse();
    }

    @Test
    void noInternalPackageIsExported() {
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .noneMatch(p -> p.contains(".internal"));
    }

    @Test
    void exportsAreUnqualified() {
        assertThat(descriptor.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
    }

    @Test
    void publicPackagesAreExported() {
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .contains("vn.schoolrecords.core", "vn.schoolrecords.core.school", "vn.schoolrecords.core.json",
                        "vn.schoolrecords.core.transcript.digital", "vn.schoolrecords.core.transcript.digital.submission");
    }

    @Test
    void everyCompiledPackageIsExportedUnlessInternal() throws IOException {
        Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        Set<String> compiled = compiledPackages();

        assertThat(compiled).contains("vn.schoolrecords.core.internal", "vn.schoolrecords.core.school.internal",
                "vn.schoolrecords.core.json.internal");
        assertThat(compiled).allSatisfy(p -> assertThat(exported.contains(p)).as(p).isEqualTo(!p.contains(".internal")));
    }

    private static Set<String> compiledPackages() throws IOException {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
                    .map(f -> classes.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.'))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void internalPackagesAreOpenedOnlyToTheFrameworksThatInstantiateThem() {
        // Constraint validators (Hibernate Validator) and JSON (de)serialisers (Jackson) are
        // created reflectively; nobody else may reach into an internal package.
        assertThat(descriptor.opens()).filteredOn(o -> o.source().contains(".internal"))
                .allSatisfy(o -> assertThat(o.targets()).isNotEmpty()
                        .isSubsetOf("org.hibernate.validator", "com.fasterxml.jackson.databind"));
    }

    @Test
    void schemaResourcesAreNotInAPackageSoAnyModuleCanReadThem() {
        assertThat(descriptor.packages()).doesNotContain("schema");
        assertThat(Files.exists(Path.of("target", "classes", "schema", "school-roster-1.schema.json"))).isTrue();
    }
}
