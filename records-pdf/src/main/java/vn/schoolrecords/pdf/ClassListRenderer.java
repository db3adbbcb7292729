package vn.schoolrecords.pdf;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.pdf.internal.ClassListDocument;
import vn.schoolrecords.pdf.internal.Output;
import vn.schoolrecords.pdf.internal.PdfA;

/**
 * Prints a {@link ClassList} (danh sách lớp): the Decree 30 heading (governing office and
 * school; national title and motto; place and date), the class, year and homeroom teacher, a
 * table of the students — STT, Họ và tên, Ngày sinh, Giới tính, Dân tộc, Nơi sinh — whose header
 * row repeats on every page, and the signer blocks of the homeroom teacher and the principal.
 *
 * <p>The PDF is PDF/A-3b. It embeds the class's roster ({@link ClassList#record()}) as JSON,
 * schema {@value SchoolRoster#SCHEMA}, which {@link EmbeddedRecords#extract} reads back, and has
 * two empty signature fields for records-signing to fill: {@code homeroom} and
 * {@code principal}.
 */
public final class ClassListRenderer implements PdfRenderer<ClassList> {

    /** The homeroom teacher's signature field. */
    public static final String HOMEROOM_FIELD = ClassListDocument.HOMEROOM_FIELD;

    /** The principal's signature field. */
    public static final String PRINCIPAL_FIELD = ClassListDocument.PRINCIPAL_FIELD;

    /** Creates the renderer; it holds nothing, so one may serve every thread. */
    public ClassListRenderer() {
    }

    @Override
    public void render(ClassList value, PdfOptions options, OutputStream out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        SchoolRoster record = value.record();
        byte[] json = RecordsJson.writeCompact(record);
        String title = ClassListDocument.title(value);
        Output.render(out, doc -> ClassListDocument.draw(doc, value, Rendering.print(options, record.school())),
                new PdfA.Description(title, record.school().name(), title + ", " + record.school().name(),
                        options.createdAt()),
                List.of(new PdfA.Attachment(json, "danh-sach-lop-" + value.classGroup().id() + ".json",
                        record.schema())));
    }
}
