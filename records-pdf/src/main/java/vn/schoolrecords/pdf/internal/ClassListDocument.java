package vn.schoolrecords.pdf.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;

import vn.schoolrecords.core.school.Gender;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.transcript.SignatureFields;
import vn.schoolrecords.core.transcript.SigningPart;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.pdf.ClassList;

/** Lays out the class list (danh sách lớp) on a document's pages. */
public final class ClassListDocument {

    public static final String HOMEROOM_FIELD = SignatureFields.name(SigningPart.page(SigningRole.HOMEROOM_TEACHER));
    public static final String PRINCIPAL_FIELD = SignatureFields.name(SigningPart.page(SigningRole.PRINCIPAL));

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Style INFO = Style.regular(13);
    private static final Table TABLE = new Table(List.of(
            new Table.Column("STT", 7, Canvas.Align.CENTER),
            new Table.Column("Họ và tên", 30, Canvas.Align.LEFT),
            new Table.Column("Ngày sinh", 15, Canvas.Align.CENTER),
            new Table.Column("Giới tính", 12, Canvas.Align.CENTER),
            new Table.Column("Dân tộc", 12, Canvas.Align.LEFT),
            new Table.Column("Nơi sinh", 24, Canvas.Align.LEFT)),
            Style.bold(12), Style.regular(12), 3);

    private ClassListDocument() {
    }

    /** The document's title, also its metadata title. */
    public static String title(ClassList list) {
        return "Danh sách học sinh lớp " + list.classGroup().name() + " - Năm học " + list.classGroup().year();
    }

    /** Draws the class list into an empty document and returns every box drawn. */
    public static List<Box> draw(PDDocument doc, ClassList list, Print print) {
        FontSet fonts = new FontSet(doc, print.fonts());
        Signatures signatures = new Signatures(doc);
        try (Canvas canvas = new Canvas(doc, fonts, print.layout())) {
            Decree30.decoratePages(canvas, print.printDate());
            canvas.newPage();
            Decree30.heading(canvas, print.agency(doc), Decree30.placeAndDate(print.place(), print.printDate()));
            Decree30.title(canvas, "Danh sách học sinh", List.of(
                    "Lớp " + list.classGroup().name() + " - Năm học " + list.classGroup().year()));

            Rect area = canvas.area();
            long girls = list.students().stream().filter(s -> s.gender() == Gender.FEMALE).count();
            canvas.paragraph("Giáo viên chủ nhiệm: " + list.homeroomTeacher().fullName(), INFO, Canvas.Align.LEFT,
                    area.x(), area.width());
            canvas.paragraph("Sĩ số: " + list.students().size() + " học sinh (nữ: " + girls + ")", INFO,
                    Canvas.Align.LEFT, area.x(), area.width());
            canvas.advance(6);

            List<List<String>> rows = new ArrayList<>(list.students().size());
            int n = 1;
            for (Student s : list.students()) {
                rows.add(List.of(Integer.toString(n++), s.fullName(), s.dateOfBirth().format(DATE),
                        s.gender().vietnameseName(), s.ethnicity(), s.placeOfBirth()));
            }
            TABLE.draw(canvas, rows);

            canvas.advance(6);
            canvas.ensure(Decree30.PLACE_DATE_STYLE.leading());
            Decree30.signers(canvas, signatures, List.of(
                    new Decree30.Signer("Giáo viên chủ nhiệm", list.homeroomTeacher().fullName(), HOMEROOM_FIELD,
                            Optional.empty()),
                    new Decree30.Signer("Hiệu trưởng", list.principal().map(p -> p.fullName()).orElse(""),
                            PRINCIPAL_FIELD, Optional.empty())));
            return canvas.boxes();
        }
    }
}
