package vn.schoolrecords.pdf.gradebook;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.PdfRenderer;
import vn.schoolrecords.pdf.Rendering;
import vn.schoolrecords.pdf.internal.Output;
import vn.schoolrecords.pdf.internal.PdfA;

/**
 * Prints one semester of a class grade book (sổ theo dõi và đánh giá học sinh / sổ điểm): the
 * Decree 30 heading, the class, year, semester and homeroom teacher; then for each subject, from
 * a new page, a table of the students — STT, Họ và tên, TX1…TXn (regular, ĐĐGtx), GK (mid-term),
 * CK (end-of-term) and the semester's average (ĐTBmhk) or result (Đ/CĐ); for semester II also
 * the year's (ĐTBmcn) — whose header repeats on every page, and the subject teacher's signer
 * block; last, the students' conduct and the signer blocks of the homeroom teacher and the
 * principal with the school's seal. Every page shows "Ngày in: dd/MM/yyyy" and "Trang x/y".
 *
 * <p>The PDF is PDF/A-3b and embeds the grade book as JSON, schema {@value GradeBook#SCHEMA}.
 * Its empty signature fields: {@code subject-<CODE>} per subject (e.g. {@code subject-TOAN}),
 * {@code homeroom}, {@code principal} and {@code school-seal}.
 */
public final class ClassGradeBookRenderer implements PdfRenderer<ClassGradeBook> {

    /** The homeroom teacher's signature field. */
    public static final String HOMEROOM_FIELD = GradeBookLayout.HOMEROOM_FIELD;

    /** The principal's signature field. */
    public static final String PRINCIPAL_FIELD = GradeBookLayout.PRINCIPAL_FIELD;

    /** The school's seal, overlapping the principal's signature. */
    public static final String SEAL_FIELD = GradeBookLayout.SEAL_FIELD;

    /** Creates the renderer; it holds nothing, so one may serve every thread. */
    public ClassGradeBookRenderer() {
    }

    /**
     * The signature field of a subject's teacher.
     *
     * @param subjectCode the subject's code, e.g. {@code TOAN}, not null
     * @return e.g. {@code subject-TOAN}, not null
     */
    public static String subjectField(String subjectCode) {
        return GradeBookLayout.subjectField(Objects.requireNonNull(subjectCode, "subjectCode"));
    }

    @Override
    public void render(ClassGradeBook value, PdfOptions options, OutputStream out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        GradeBook book = value.book();
        String title = GradeBookLayout.title(value);
        String school = value.school().name();
        Output.render(out, doc -> GradeBookLayout.drawClass(doc, value, Rendering.print(options, value.school())),
                new PdfA.Description(title, school, title + ", " + school, options.createdAt()),
                List.of(attachment(book, value.term())));
    }

    static PdfA.Attachment attachment(GradeBook book, Term term) {
        byte[] json = RecordsJson.writeCompact(book);
        String name = "so-diem-" + book.classId() + (term == null ? "" : "-" + term.name().toLowerCase(java.util.Locale.ROOT)) + ".json";
        return new PdfA.Attachment(json, name, book.schema());
    }
}
