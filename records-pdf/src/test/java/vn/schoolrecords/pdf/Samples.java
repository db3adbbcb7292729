package vn.schoolrecords.pdf;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.SchoolRoster;

/** The sample class list of the tests: the first class of 45 students of sample school 1. */
final class Samples {

    static final Instant CREATED = Instant.parse("2025-09-05T01:30:00Z");
    static final PdfOptions OPTIONS = PdfOptions.of(CREATED);
    static final SchoolRoster ROSTER = SampleSchools.upperSecondary(1);
    static final ClassList CLASS_LIST = ClassList.of(ROSTER, ROSTER.classes().stream()
            .filter(c -> ROSTER.studentsOf(c.id()).size() == 45).map(ClassGroup::id).findFirst().orElseThrow());

    private Samples() {
    }

    static byte[] render(ClassList list, PdfOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClassListRenderer().render(list, options, out);
        return out.toByteArray();
    }
}
