package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.Enrolment;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.pdf.internal.Box;
import vn.schoolrecords.pdf.internal.ClassListDocument;
import vn.schoolrecords.pdf.internal.Rect;

/** Whatever the names and however many students, the class list stays inside its cells and margins. */
class ClassListProperties {

    private static final List<String> SYLLABLES = List.of("Nguyễn", "Tôn", "Nữ", "Thị", "Hoàng", "Ngọc", "Phương",
            "Thảo", "Nguyên", "Huyền", "Trâm", "Khuê", "Ữ", "Ệ", "Ặng", "Quỳnh", "Hướng", "Xuyến", "Nghiêng", "Đặng",
            "Trưởng", "Lệ", "Kiều", "Yến", "H'Hen", "Niê", "Byă", "Ksor", "Huỳnh");

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(SYLLABLES).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l))
                .list().ofMinSize(1).ofMaxSize(20).map(l -> String.join(" ", l))
                .map(s -> s.length() > 100 ? s.substring(0, 100).strip() : s);
    }

    @Provide
    Arbitrary<List<String>> nameLists() {
        return names().list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 12)
    void nothingOverflowsACellOrThePage(@ForAll("nameLists") List<String> names,
            @ForAll @IntRange(min = 1, max = 150) int count) throws IOException {
        Student model = Samples.CLASS_LIST.students().get(0);
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = names.isEmpty() ? "Lê Ữ" : names.get(i % names.size());
            String place = String.join(" ", names).substring(0, Math.min(200, String.join(" ", names).length())).strip();
            students.add(new Student("P" + i, model.personalId(), name, model.dateOfBirth(), model.gender(),
                    model.ethnicity(), place.isEmpty() ? "Hà Nội" : place));
        }
        ClassList list = withStudents(students);
        try (PDDocument doc = new PDDocument()) {
            List<Box> boxes = ClassListDocument.draw(doc, list, Rendering.print(Samples.OPTIONS, list.record().school()));
            Rect area = Rect.of(PageLayout.DECREE_30.contentArea());
            Rect page = Rect.of(PageLayout.DECREE_30.mediaBox());
            assertThat(boxes).allSatisfy(b -> {
                assertThat(b.limit().contains(b.bounds())).as("%s inside its limit", b).isTrue();
                if (b.kind() == Box.Kind.MARGIN_TEXT) {
                    assertThat(page.contains(b.bounds()) && !area.overlaps(b.bounds())).as("%s in a margin", b).isTrue();
                } else {
                    assertThat(area.contains(b.bounds())).as("%s inside the margins", b).isTrue();
                }
            });
            assertThat(boxes.stream().filter(b -> b.kind() == Box.Kind.FIELD)).hasSize(2);
            // Every page with table rows opens with the header row; the signer block may stand alone.
            long pagesWithTable = boxes.stream().filter(b -> b.kind() == Box.Kind.CELL).map(Box::page).distinct().count();
            assertThat(boxes.stream().filter(b -> b.text().equals("STT")).count()).isEqualTo(pagesWithTable);
            assertThat(pagesWithTable).isBetween(doc.getNumberOfPages() - 1L, (long) doc.getNumberOfPages());
        }
    }

    /** The sample class with other students. */
    static ClassList withStudents(List<Student> students) {
        SchoolRoster r = Samples.CLASS_LIST.record();
        ClassGroup group = Samples.CLASS_LIST.classGroup();
        SchoolRoster roster = SchoolRoster.of(r.school(), r.year(), r.curricula(), r.staff(), r.classes(), students,
                students.stream().map(s -> new Enrolment(s.id(), group.id())).toList(), r.assignments());
        return ClassList.of(roster, group.id());
    }
}
