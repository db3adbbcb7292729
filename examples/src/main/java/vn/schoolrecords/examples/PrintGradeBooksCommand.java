package vn.schoolrecords.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import vn.schoolrecords.core.gradebook.EditLogReport;
import vn.schoolrecords.core.gradebook.EditPolicy;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.GradeBookLog;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.gradebook.ClassGradeBook;
import vn.schoolrecords.pdf.gradebook.ClassGradeBookRenderer;
import vn.schoolrecords.pdf.gradebook.EditLogPrintout;
import vn.schoolrecords.pdf.gradebook.EditLogRenderer;
import vn.schoolrecords.pdf.gradebook.TeacherGradeBook;
import vn.schoolrecords.pdf.gradebook.TeacherGradeBookRenderer;

/**
 * {@code records gradebook}: fills semester I of a sample THCS class's grade book through the
 * workflow and prints it as PDF/A-3b — the class grade book (sổ theo dõi và đánh giá học sinh),
 * the personal grade book (sổ điểm cá nhân) of its first subject's teacher, and that teacher's
 * November edit log (nhật kí sửa điểm).
 */
final class PrintGradeBooksCommand implements Command {

    @Override
    public String synopsis() {
        return "gradebook [--out DIR] [--seed N]";
    }

    @Override
    public String summary() {
        return "print a sample class grade book, personal grade book and edit log as PDF (default DIR: target/demo)";
    }

    @Override
    public int run(List<String> list, Terminal terminal) {
        Args args = Args.parse(list, Set.of("--out", "--seed"), Set.of()).noPositional();
        Path dir = args.optional("--out").map(Path::of).orElse(Path.of("target", "demo"));
        long seed = args.optional("--seed").map(s -> Args.number("--seed", s)).orElse(DemoCommand.DEFAULT_SEED);
        PrintStream out = terminal.out();
        SchoolRoster roster = SampleSchools.secondary(seed);
        String classId = roster.classes().get(0).id();
        GradeBookLog log = SampleGradeBooks.log(roster, classId, Term.FIRST, seed);
        GradeBook book = log.replay();
        String teacher = book.subjects().get(0).teacherId();
        // An application reads the clock once and passes the moment in; the library never does.
        PdfOptions options = PdfOptions.of(Instant.now());
        YearMonth november = YearMonth.of(roster.year().startYear(), 11);

        ClassGradeBook semester = ClassGradeBook.of(book, roster, Term.FIRST);
        write(dir.resolve("so-diem-" + book.className() + "-hk1.pdf"), out,
                stream -> new ClassGradeBookRenderer().render(semester, options, stream));
        TeacherGradeBook personal = TeacherGradeBook.of(roster, teacher, List.of(book));
        write(dir.resolve("so-diem-ca-nhan-" + teacher + ".pdf"), out,
                stream -> new TeacherGradeBookRenderer().render(personal, options, stream));
        EditLogPrintout edits = EditLogPrintout.of(EditLogReport.monthly(log, november, EditPolicy.VIETNAM), teacher,
                roster);
        write(dir.resolve("nhat-ki-sua-diem-" + november + "-" + teacher + ".pdf"), out,
                stream -> new EditLogRenderer().render(edits, options, stream));
        return Records.OK;
    }

    private static void write(Path file, PrintStream out, Consumer<OutputStream> render) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream stream = Files.newOutputStream(file)) {
                render.accept(stream);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        out.println("PDF: " + file.toAbsolutePath().normalize());
    }
}
