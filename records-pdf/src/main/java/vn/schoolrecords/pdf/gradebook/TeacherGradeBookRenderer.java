package vn.schoolrecords.pdf.gradebook;

import java.io.OutputStream;
import java.util.Objects;

import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.PdfRenderer;
import vn.schoolrecords.pdf.Rendering;
import vn.schoolrecords.pdf.internal.Output;
import vn.schoolrecords.pdf.internal.PdfA;

/**
 * Prints a teacher's personal grade book (sổ điểm cá nhân): a cover with the Decree 30 heading,
 * "SỔ ĐIỂM CÁ NHÂN", the school year, the teacher's name, subjects, classes, school and province,
 * and the principal's signer block with the school's seal (the principal stamps the book at the
 * start of the year, 001 §2.2); then, from a new page each, every class and subject the teacher
 * teaches, with the tables of semesters I and II — STT, Họ và tên, TX1…TXn, GK, CK and the
 * semester's average — whose header repeats on every page. Every page shows "Ngày in" and
 * "Trang x/y".
 *
 * <p>The PDF is PDF/A-3b and embeds each class's grade book as its own JSON file, schema
 * {@value GradeBook#SCHEMA}, in the order given. Empty signature fields:
 * {@code principal} and {@code school-seal}.
 */
public final class TeacherGradeBookRenderer implements PdfRenderer<TeacherGradeBook> {

    /** The principal's signature field on the cover. */
    public static final String PRINCIPAL_FIELD = GradeBookLayout.PRINCIPAL_FIELD;

    /** The school's seal on the cover. */
    public static final String SEAL_FIELD = GradeBookLayout.SEAL_FIELD;

    /** Creates the renderer; it holds nothing, so one may serve every thread. */
    public TeacherGradeBookRenderer() {
    }

    @Override
    public void render(TeacherGradeBook value, PdfOptions options, OutputStream out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        String title = GradeBookLayout.title(value);
        String school = value.school().name();
        Output.render(out, doc -> GradeBookLayout.drawTeacher(doc, value, Rendering.print(options, value.school())),
                new PdfA.Description(title, value.teacher().fullName(), title + ", " + school, options.createdAt()),
                value.books().stream().map(b -> ClassGradeBookRenderer.attachment(b, null)).toList());
    }
}
