package vn.schoolrecords.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.Student;

/**
 * {@code records demo}: generates a sample upper-secondary school, prints a summary and writes
 * its roster as JSON.
 */
final class DemoCommand implements Command {

    /** The seed of the demo school, so every run shows the same school. */
    static final long DEFAULT_SEED = 2025;

    private static final int STUDENTS_SHOWN = 5;

    @Override
    public String synopsis() {
        return "demo [--out DIR] [--seed N]";
    }

    @Override
    public String summary() {
        return "generate a sample school and write its roster JSON (default DIR: target/demo)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path dir = Path.of("target", "demo");
        long seed = DEFAULT_SEED;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--out" -> dir = Path.of(value(args, ++i, arg));
                case "--seed" -> seed = parseSeed(value(args, ++i, arg));
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        SchoolRoster roster = SampleSchools.upperSecondary(seed);
        summarise(roster, out);
        Path file = write(roster, dir);
        out.println();
        out.println("Roster JSON / Tệp danh sách: " + file.toAbsolutePath().normalize());
        return Records.OK;
    }

    private static void summarise(SchoolRoster roster, PrintStream out) {
        out.println(roster.school().name() + " (mã trường " + roster.school().code() + "), "
                + roster.school().province());
        out.println("Năm học / school year " + roster.year());
        out.println(roster.classes().size() + " lớp / classes, " + roster.students().size() + " học sinh / students, "
                + roster.staff().size() + " cán bộ, giáo viên, nhân viên / staff");
        ClassGroup first = roster.classes().get(0);
        String homeroom = roster.staffMember(first.homeroomTeacherId()).map(Staff::fullName).orElseThrow();
        List<Student> students = roster.studentsOf(first.id());
        out.println();
        out.println("Lớp / class " + first.name() + " — giáo viên chủ nhiệm / homeroom teacher: " + homeroom
                + " — " + students.size() + " học sinh");
        for (int i = 0; i < Math.min(STUDENTS_SHOWN, students.size()); i++) {
            Student s = students.get(i);
            out.printf("  %2d. %-28s %s  %-3s  %s%n", i + 1, s.fullName(), s.dateOfBirth(),
                    s.gender().vietnameseName(), s.ethnicity());
        }
        out.println("  …");
    }

    private static Path write(SchoolRoster roster, Path dir) {
        Path file = dir.resolve("school-roster-" + roster.school().code() + "-" + roster.year() + ".json");
        try {
            Files.createDirectories(dir);
            try (OutputStream stream = Files.newOutputStream(file)) {
                RecordsJson.write(roster, stream);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    static long parseSeed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed needs a whole number, not '" + text + "'");
        }
    }
}
