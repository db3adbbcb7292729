package vn.schoolrecords.pdf.gradebook;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.gradebook.GradeBookLog;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.Enrolment;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.PdfRenderer;

/** The sample grade books of the tests: the first 45-student class of sample THCS school 1, 2025-2026. */
final class GradeBookSamples {

    static final Instant CREATED = Instant.parse("2025-12-26T02:00:00Z");
    static final PdfOptions OPTIONS = PdfOptions.builder(CREATED).printDate(LocalDate.of(2025, 12, 26)).build();
    static final SchoolRoster ROSTER = SampleSchools.secondary(1);
    static final ClassGroup CLASS = ROSTER.classes().stream().filter(c -> ROSTER.studentsOf(c.id()).size() == 45)
            .findFirst().orElseThrow();
    static final GradeBookLog LOG = SampleGradeBooks.log(ROSTER, CLASS.id(), Term.FIRST, 7);
    static final GradeBook BOOK = LOG.replay();
    static final ClassGradeBook SEMESTER_ONE = ClassGradeBook.of(BOOK, ROSTER, Term.FIRST);

    private GradeBookSamples() {
    }

    static <T> byte[] render(PdfRenderer<T> renderer, T value, PdfOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(value, options, out);
        return out.toByteArray();
    }

    /** The sample class with students added, up to {@code count}, each named after one of the class. */
    static SchoolRoster withStudents(int count) {
        List<Student> students = new ArrayList<>(ROSTER.students());
        List<Enrolment> enrolments = new ArrayList<>(ROSTER.enrolments());
        List<Student> inClass = ROSTER.studentsOf(CLASS.id());
        for (int i = inClass.size(); i < count; i++) {
            Student model = inClass.get(i % inClass.size());
            Student s = new Student("EXTRA" + i, model.personalId(), model.fullName(), model.dateOfBirth(),
                    model.gender(), model.ethnicity(), model.placeOfBirth());
            students.add(s);
            enrolments.add(new Enrolment(s.id(), CLASS.id()));
        }
        return SchoolRoster.of(ROSTER.school(), ROSTER.year(), ROSTER.curricula(), ROSTER.staff(), ROSTER.classes(),
                students, enrolments, ROSTER.assignments());
    }
}
