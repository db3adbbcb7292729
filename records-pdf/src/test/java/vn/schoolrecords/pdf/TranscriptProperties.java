package vn.schoolrecords.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.transcript.SecondaryResults;
import vn.schoolrecords.core.transcript.Signatory;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SubjectRow;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.pdf.internal.Box;
import vn.schoolrecords.pdf.internal.Printing;
import vn.schoolrecords.pdf.internal.Rect;
import vn.schoolrecords.pdf.internal.TranscriptDocument;

/**
 * Whatever the names, comments and number of subjects, a printed transcript stays inside its
 * cells and margins, every subject row keeps its signature field, and every page of a subject
 * table opens with its header.
 */
class TranscriptProperties {

    private static final List<String> SYLLABLES = List.of("Nguyễn", "Tôn", "Nữ", "Thị", "Hoàng", "Ngọc", "Phương",
            "Thảo", "Nguyên", "Huyền", "Trâm", "Khuê", "Ữ", "Ệ", "Ặng", "Quỳnh", "Hướng", "Xuyến", "Nghiêng", "Đặng",
            "Trưởng", "Lệ", "Kiều", "Yến", "H'Hen", "Niê", "Byă", "Ksor", "Huỳnh", "ỗ");

    @Provide
    Arbitrary<String> names() {
        return text(20, 100);
    }

    @Provide
    Arbitrary<String> comments() {
        return text(400, 2000);
    }

    private static Arbitrary<String> text(int words, int max) {
        return Arbitraries.of(SYLLABLES).list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l))
                .list().ofMinSize(1).ofMaxSize(words).map(l -> String.join(" ", l))
                .map(s -> s.length() > max ? s.substring(0, max).strip() : s);
    }

    @Property(tries = 10)
    void nothingOverflowsACellOrThePage(@ForAll("names") String student, @ForAll("names") String teacher,
            @ForAll("names") String subject, @ForAll("comments") String comment,
            @ForAll @IntRange(min = 1, max = 45) int subjects) throws IOException {
        Transcript t = variant(TranscriptSamples.SECONDARY, student, teacher, subject, comment, subjects);
        try (PDDocument doc = new PDDocument()) {
            List<Box> boxes = TranscriptDocument.draw(doc, t, SigningPolicy.DEFAULT, Optional.of(
                    new TranscriptDocument.Copy(3, t.closing().orElseThrow().date())),
                    Printing.print(Samples.OPTIONS, t.currentSchool()));
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
            List<Box> fields = boxes.stream().filter(b -> b.kind() == Box.Kind.FIELD).toList();
            // Per year: each subject, the homeroom teacher, the principal and the seal.
            assertThat(fields).hasSize(t.years().size() * (subjects + 3));
            Set<Integer> headed = boxes.stream().filter(b -> b.text().startsWith("Môn học, hoạt động"))
                    .map(Box::page).collect(Collectors.toSet());
            assertThat(fields.stream().filter(f -> f.text().startsWith("subject-")).map(Box::page))
                    .allSatisfy(p -> assertThat(headed).contains(p));
            long stamps = boxes.stream().filter(b -> b.kind() == Box.Kind.MARGIN_TEXT
                    && b.text().equals(TranscriptDocument.COPY_STAMP)).count();
            assertThat(stamps).isEqualTo(doc.getNumberOfPages());
        }
    }

    /** The transcript with every page's subjects, names and comment replaced. */
    static Transcript variant(Transcript t, String student, String teacher, String subject, String comment,
            int subjects) {
        Student s = t.student();
        Student renamed = new Student(s.id(), s.personalId(), student, s.dateOfBirth(), s.gender(), s.ethnicity(),
                s.placeOfBirth());
        List<TranscriptYear> years = new ArrayList<>();
        for (TranscriptYear y : t.years()) {
            SecondaryResults r = (SecondaryResults) y.results();
            List<SubjectRow> rows = new ArrayList<>();
            for (int i = 0; i < subjects; i++) {
                Score score = Score.ofTenths(10 * (i % 11));
                rows.add(new SubjectRow("MON" + i, (i + 1) + ". " + subject, AssessmentMode.SCORE, score, score, score,
                        Optional.empty(), new Signatory("GV" + i, teacher)));
            }
            SecondaryResults results = new SecondaryResults(rows, r.learningFirst(), r.learningSecond(),
                    r.learningYear(), r.learningAfterReassessment(), r.conductFirst(), r.conductSecond(),
                    r.conductYear(), r.conductAfterTraining(), r.absences(), r.yearEndPromotion(), List.of());
            years.add(new TranscriptYear(y.studentId(), y.year(), y.level(), y.grade(), y.regime(), y.school(),
                    y.classGroup(), new Signatory(y.homeroomTeacher().staffId(), teacher), comment, results,
                    y.promotion(), y.award(), new Signatory(y.confirmedBy().staffId(), teacher), y.confirmedOn()));
        }
        return new Transcript(t.schema(), renamed, t.level(), t.openedBy(), years, t.transfers(), t.closing(),
                t.reissues());
    }
}
