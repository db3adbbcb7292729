package vn.schoolrecords.pdf.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.schoolrecords.core.plan.Plan;
import vn.schoolrecords.core.plan.PlanCommand;
import vn.schoolrecords.core.plan.PlanHeader;
import vn.schoolrecords.core.plan.PlanWorkflow;
import vn.schoolrecords.core.plan.TeacherPlan;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.pdf.LayoutChecks;
import vn.schoolrecords.pdf.Rendering;
import vn.schoolrecords.pdf.internal.Box;

/** Whatever the lessons' texts and their number, a plan's printout stays inside its cells and margins. */
class PlanPrintProperties {

    private static final List<String> WORDS = List.of("Bài", "Tập", "hợp", "số", "hữu", "tỉ", "Ặng", "Ữ", "Ệ",
            "Nghiêng", "Khuyến", "phương", "trình", "bậc", "nhất", "một", "ẩn", "Thiết", "bị", "máy", "chiếu",
            "https://hoc10.vn/bai-giang/toan-7/tap-hop-cac-so-huu-ti-va-thu-tu-trong-tap-hop-cac-so-huu-ti");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Property(tries = 10)
    void aTeacherPlanNeverOverflows(@ForAll("texts") String lesson, @ForAll("texts") String equipment,
            @ForAll("texts") String task, @ForAll @IntRange(min = 0, max = 60) int lines) throws IOException {
        List<TeacherPlan.Line> programme = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            programme.add(new TeacherPlan.Line(lesson, 1 + i % 4, "Tuần " + (i + 1), equipment, "Lớp học"));
        }
        TeacherPlan content = new TeacherPlan(List.of("7A1", "7A2"), programme, programme.subList(0, lines / 3),
                List.of(task), lines == 0 ? List.of(PlanSamples.file("KHGV.pdf")) : List.of());
        PlanHeader h = PlanHeader.teacherPlan("KHGV-P", PlanSamples.PLACE, PlanSamples.YEAR, PlanSamples.TEACHER.id(),
                PlanSamples.GROUP, Optional.empty(), "TOAN", GradeLevel.of(7));
        Plan plan = PlanWorkflow.start(new PlanCommand.Create(PlanSamples.TEACHER, h, content, Optional.of(task)),
                PlanSamples.vn(9, 2, 8), PlanSamples.POLICY).plan();
        plan = PlanSamples.decide(plan, new PlanCommand.Submit(PlanSamples.TEACHER, plan.latest().contentHash(),
                Optional.empty()), PlanSamples.vn(9, 3, 8));
        plan = PlanSamples.decide(plan, new PlanCommand.Return(PlanSamples.LEADER,
                plan.submission().orElseThrow().contentHash(), task), PlanSamples.vn(9, 4, 8));
        PlanPrintout p = PlanPrintout.of(plan, PlanSamples.ROSTER);
        try (PDDocument doc = new PDDocument()) {
            List<Box> boxes = PlanLayout.draw(doc, p, Rendering.print(PlanSamples.OPTIONS, PlanSamples.ROSTER.school()));
            LayoutChecks.assertNothingOverflows(boxes);
            LayoutChecks.assertEveryPageWithCellsOpensWithAHeader(boxes, "STT");
            LayoutChecks.assertEveryPageNumberedOfTotal(boxes, doc.getNumberOfPages());
            assertThat(boxes.stream().filter(b -> b.kind() == Box.Kind.FIELD)).hasSize(2);
            // The three steps of the trail, each with its content hash, whatever the page breaks.
            String drawn = String.join("", boxes.stream().filter(b -> b.kind() == Box.Kind.TEXT).map(Box::text).toList());
            assertThat(drawn).contains(plan.latest().contentHash().toString());
        }
    }
}
