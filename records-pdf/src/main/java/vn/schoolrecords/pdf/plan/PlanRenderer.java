package vn.schoolrecords.pdf.plan;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.plan.Plan;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.PdfRenderer;
import vn.schoolrecords.pdf.Rendering;
import vn.schoolrecords.pdf.internal.Output;
import vn.schoolrecords.pdf.internal.PdfA;

/**
 * Prints a plan (kế hoạch) in its frame of CV 5512/BGDĐT-GDTrH: the Decree 30 heading, the
 * kind as title with its subject, grade, group, teacher, teaching date and year; the plan's id,
 * version, status and content hash (SHA-256, the hash each approval names); the content — the
 * school plan's sections; the group teaching plan's situation, equipment, rooms, programme,
 * elective topics and periodic tests (Phụ lục I); the activity table (Phụ lục II); the teacher
 * plan's programme and other tasks (Phụ lục III); the lesson plan's objectives, equipment and four
 * activities with a)–d) (Phụ lục IV); the attached files with their SHA-256 — then its approval
 * trail (quá trình nộp và duyệt): every save, submission, approval, return with its feedback and
 * report, when, by whom, of which version and content hash; and the signer blocks of the author
 * and of each reviewer of the chain. Every page shows "Ngày in" and "Trang x/y".
 *
 * <p>The PDF is PDF/A-3b and embeds the plan as JSON, schema {@value Plan#SCHEMA}. Empty
 * signature fields: {@value #AUTHOR_FIELD}, then per step of the chain
 * {@code subject-group-leader}, {@code principal} or {@code school-council}.
 */
public final class PlanRenderer implements PdfRenderer<PlanPrintout> {

    /** The author's signature field. */
    public static final String AUTHOR_FIELD = PlanLayout.AUTHOR_FIELD;

    /** Creates the renderer; it holds nothing, so one may serve every thread. */
    public PlanRenderer() {
    }

    @Override
    public void render(PlanPrintout value, PdfOptions options, OutputStream out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        Plan plan = value.plan();
        byte[] json = RecordsJson.writeCompact(plan);
        String title = PlanLayout.title(value);
        Output.render(out, doc -> PlanLayout.draw(doc, value, Rendering.print(options, value.school())),
                new PdfA.Description(title, value.name(plan.header().authorId()), title + ", " + value.school().name(),
                        options.createdAt()),
                List.of(new PdfA.Attachment(json, "ke-hoach-" + plan.header().planId() + ".json", plan.schema())));
    }
}
