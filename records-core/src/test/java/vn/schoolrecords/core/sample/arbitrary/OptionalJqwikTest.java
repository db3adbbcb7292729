package vn.schoolrecords.core.sample.arbitrary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * jqwik is optional for records-core: only the package {@code sample.arbitrary} names it, the
 * module requires it statically, Maven does not pass it on, and core runs in a JVM without it.
 */
class OptionalJqwikTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final String ARBITRARY_PACKAGE = "vn/schoolrecords/core/sample/arbitrary/";

    @Test
    void onlyTheArbitraryPackageNamesJqwikInItsConstantPool() throws IOException {
        Map<String, List<String>> naming = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                List<String> jqwik = utf8Constants(Files.readAllBytes(f)).stream()
                        .filter(c -> c.contains("net/jqwik")).toList();
                if (!jqwik.isEmpty()) {
                    naming.put(CLASSES.relativize(f).toString().replace(File.separatorChar, '/'), jqwik);
                }
            }
        }
        // The scan must see jqwik where it is, or it would pass by reading nothing.
        assertThat(naming).containsKey(ARBITRARY_PACKAGE + "DomainArbitraries.class");
        assertThat(naming.keySet()).allSatisfy(c -> assertThat(c).startsWith(ARBITRARY_PACKAGE));
        assertThat(naming).doesNotContainKey(ARBITRARY_PACKAGE + "SampleGradeBook.class");
    }

    @Test
    void theModuleRequiresJqwikStaticallyAndNeverTransitively() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertThat(descriptor.requires()).filteredOn(r -> r.name().startsWith("net.jqwik")).singleElement()
                .satisfies(r -> {
                    assertThat(r.name()).isEqualTo("net.jqwik.api");
                    assertThat(r.modifiers()).containsExactly(ModuleDescriptor.Requires.Modifier.STATIC);
                });
    }

    @Test
    void thePomDeclaresOnlyJqwikApiAndAsOptional() throws Exception {
        var pom = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList dependencies = pom.getElementsByTagName("dependency");
        List<String> jqwik = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            if (text(d, "groupId").equals("net.jqwik")) {
                jqwik.add(text(d, "artifactId") + " optional=" + text(d, "optional") + " scope=" + text(d, "scope"));
            }
        }
        assertThat(jqwik).containsExactly("jqwik-api optional=true scope=");
    }

    @Test
    void coreLoadsAndRunsInAJvmWithoutJqwik(@TempDir Path dir) throws Exception {
        // A one-file program, compiled and run by the java launcher against core's module path
        // with every jqwik jar left out: the sample generator works, the arbitraries cannot load.
        Path probe = Files.writeString(dir.resolve("Probe.java"), """
                public class Probe {
                    public static void main(String[] args) throws Exception {
                        var t = vn.schoolrecords.core.sample.SampleTranscripts.secondary(7);
                        System.out.println("json " + vn.schoolrecords.core.json.RecordsJson.write(t).length());
                        System.out.println("jqwik " + ModuleLayer.boot().findModule("net.jqwik.api").isPresent());
                        try {
                            Class.forName("vn.schoolrecords.core.sample.arbitrary.DomainArbitraries")
                                    .getMethod("scores").invoke(null);
                            System.out.println("arbitraries loaded");
                        } catch (NoClassDefFoundError e) {
                            System.out.println("arbitraries need jqwik: " + e.getMessage());
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            System.out.println("arbitraries need jqwik: " + e.getCause());
                        }
                    }
                }
                """);
        String modulePath = withoutJqwik(System.getProperty("jdk.module.path", ""));
        String classPath = withoutJqwik(System.getProperty("java.class.path", ""));
        if (!modulePath.contains("classes")) {
            // Tests on the class path: core's classes are there, so they go on the module path.
            modulePath = CLASSES.toAbsolutePath() + File.pathSeparator + classPath;
            classPath = "";
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath, "--add-modules", "vn.schoolrecords.core"));
        if (!classPath.isEmpty()) {
            command.addAll(List.of("--class-path", classPath));
        }
        command.add(probe.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        p.getInputStream().transferTo(output);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String out = output.toString(StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).containsPattern("json \\d{4,}").contains("jqwik false").contains("arbitraries need jqwik: ")
                .contains("net/jqwik/api");
    }

    private static String withoutJqwik(String path) {
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(e -> !e.isBlank() && !e.contains("jqwik") && !e.contains("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }

    /** The Utf8 entries of a class file's constant pool (JVMS §4.4), where every class it names is written. */
    private static List<String> utf8Constants(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(classFile));
        assertThat(in.readInt()).isEqualTo(0xCAFEBABE);
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        List<String> utf8 = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return utf8;
    }
}
