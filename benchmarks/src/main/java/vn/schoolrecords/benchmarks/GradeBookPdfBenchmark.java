package vn.schoolrecords.benchmarks;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.gradebook.ClassGradeBook;
import vn.schoolrecords.pdf.gradebook.ClassGradeBookRenderer;

/**
 * The class grade-book printout (sổ theo dõi và đánh giá học sinh) of one semester of a
 * 45-student THCS class with every mark entered — 12 subjects, each from a new page, about 26 A4
 * pages, averages by TT 22, PDF/A-3b with the grade book embedded as JSON, 15 signature fields.
 *
 * <p>Quick check: {@code java -jar benchmarks/target/benchmarks.jar GradeBookPdf -f 1 -wi 2 -i 3 -r 2s -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GradeBookPdfBenchmark {

    private final ClassGradeBookRenderer renderer = new ClassGradeBookRenderer();
    private ClassGradeBook semester;
    private PdfOptions options;

    /** Fills semester I of the first 45-student class of sample THCS school 1 through the workflow, once. */
    @Setup
    public void prepare() {
        SchoolRoster roster = SampleSchools.secondary(1);
        String classId = roster.classes().stream().filter(c -> roster.studentsOf(c.id()).size() == 45)
                .findFirst().orElseThrow().id();
        GradeBook book = SampleGradeBooks.log(roster, classId, Term.FIRST, 7).replay();
        semester = ClassGradeBook.of(book, roster, Term.FIRST);
        options = PdfOptions.of(Instant.parse("2025-12-26T02:00:00Z"));
    }

    /**
     * Our renderer: layout, averages, PDF/A-3b, embedded JSON, signature fields, page totals.
     *
     * @return the size of the PDF, so that the work is not eliminated
     */
    @Benchmark
    public int renderer() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        renderer.render(semester, options, out);
        return out.size();
    }
}
