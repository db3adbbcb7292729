package vn.schoolrecords.pdf.gradebook;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.PdfRenderer;
import vn.schoolrecords.pdf.Rendering;
import vn.schoolrecords.pdf.internal.Output;
import vn.schoolrecords.pdf.internal.PdfA;

/**
 * Prints a teacher's monthly edit log (nhật kí sửa điểm) for the principal board's meeting (001
 * Điều 8.2): the Decree 30 heading, the month, class, year and teacher, the number of changes,
 * and a table — STT, Thời điểm sửa, Học sinh, Môn and column (e.g. {@code HK I, TX2}), Điểm cũ →
 * mới, Lý do, Minh chứng (the kind of evidence, the students who confirmed an oral score, where
 * it is kept), Hình thức (direct edit, or a correction approved by the principal) — whose header
 * repeats on every page; then the signer blocks of the teacher, who explains, and the principal.
 * Every page shows "Ngày in" and "Trang x/y".
 *
 * <p>The PDF is PDF/A-3b and embeds the report cut down to the teacher as JSON, schema
 * {@value EditLogPrintout#SCHEMA}, which {@link vn.schoolrecords.pdf.EmbeddedRecords#extract} reads back
 * as an {@link vn.schoolrecords.core.gradebook.EditLogReport}. Empty signature fields: {@value #TEACHER_FIELD} and
 * {@code principal}.
 */
public final class EditLogRenderer implements PdfRenderer<EditLogPrintout> {

    /** The teacher's signature field. */
    public static final String TEACHER_FIELD = EditLogLayout.TEACHER_FIELD;

    /** The principal's signature field. */
    public static final String PRINCIPAL_FIELD = EditLogLayout.PRINCIPAL_FIELD;

    /** Creates the renderer; it holds nothing, so one may serve every thread. */
    public EditLogRenderer() {
    }

    @Override
    public void render(EditLogPrintout value, PdfOptions options, OutputStream out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        byte[] json = RecordsJson.writeCompact(value.report());
        String title = EditLogLayout.title(value);
        String school = value.school().name();
        String file = "nhat-ki-sua-diem-" + value.report().classId() + "-" + value.report().month() + "-"
                + value.teacher().id() + ".json";
        Output.render(out, doc -> EditLogLayout.draw(doc, value, Rendering.print(options, value.school())),
                new PdfA.Description(title, school, title + ", " + school, options.createdAt()),
                List.of(new PdfA.Attachment(json, file, EditLogPrintout.SCHEMA)));
    }
}
