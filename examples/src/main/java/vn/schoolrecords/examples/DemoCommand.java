package vn.schoolrecords.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.core.transcript.PlannedSignature;
import vn.schoolrecords.core.transcript.SecondaryResults;
import vn.schoolrecords.core.transcript.Signature;
import vn.schoolrecords.core.transcript.SigningPlan;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.SigningRequirement;
import vn.schoolrecords.core.transcript.SigningRole;
import vn.schoolrecords.core.transcript.SubjectRow;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.core.transcript.TranscriptYear;
import vn.schoolrecords.examples.internal.DemoCa;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.pdf.gradebook.ClassGradeBook;
import vn.schoolrecords.pdf.gradebook.ClassGradeBookRenderer;
import vn.schoolrecords.pdf.transcript.TranscriptFields;
import vn.schoolrecords.pdf.transcript.TranscriptPrint;
import vn.schoolrecords.signing.KeySource;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureRequest;
import vn.schoolrecords.signing.SignatureService;
import vn.schoolrecords.signing.verify.SigningPlanCheck;
import vn.schoolrecords.signing.verify.SigningPlanReport;
import vn.schoolrecords.signing.verify.TrustAnchors;
import vn.schoolrecords.signing.verify.VerificationReport;

/**
 * {@code records demo}: the library end to end on a sample lower-secondary school (THCS): the
 * school's roster, a class's grade book filled through the workflow and assessed under
 * TT 22/2021, a student's transcript (học bạ), a printout with empty signature fields signed by
 * four signers in turn — subject teacher, homeroom teacher, principal, school seal — with
 * certificates from a demo CA made on the spot, and where every file is.
 */
final class DemoCommand implements Command {

    /** The seed of the demo school, so every run shows the same school. */
    static final long DEFAULT_SEED = 2025;

    private static final int STUDENTS_SHOWN = 5;

    /**
     * The demo's signing policy: the homeroom teacher required, subject teachers optional, so
     * that one subject teacher, the homeroom teacher, the principal and the seal — four signers —
     * complete the page. {@link SigningPolicy#DEFAULT} would ask every subject teacher first.
     */
    static final SigningPolicy POLICY = new SigningPolicy(SigningRequirement.OPTIONAL, SigningRequirement.REQUIRED);

    @Override
    public String synopsis() {
        return "demo [--out DIR] [--seed N]";
    }

    @Override
    public String summary() {
        return "sample school → assess → render → sign ×4 (demo CA) → verify (default DIR: target/demo)";
    }

    @Override
    public int run(List<String> list, Terminal terminal) {
        Args args = Args.parse(list, Set.of("--out", "--seed"), Set.of()).noPositional();
        Path dir = args.optional("--out").map(Path::of).orElse(Path.of("target", "demo"));
        long seed = args.optional("--seed").map(s -> Args.number("--seed", s)).orElse(DEFAULT_SEED);
        PrintStream out = terminal.out();
        long started = System.nanoTime();
        Instant now = Instant.now();
        CliFiles.directory(dir);
        List<String> written = new ArrayList<>();

        // 1. The school.
        SchoolRoster roster = SampleSchools.secondary(seed);
        summarise(roster, out);
        Path rosterFile = dir.resolve("school-roster-" + roster.school().code() + "-" + roster.year() + ".json");
        written.add(show(CliFiles.writeJson(rosterFile, roster), "danh sách trường / school roster"));

        // 2. A class's grade book, assessed.
        ClassGroup first = roster.classes().get(0);
        GradeBook book = SampleGradeBooks.log(roster, first.id(), Term.SECOND, seed).replay();
        Path bookFile = dir.resolve("gradebook-" + first.name() + ".json");
        written.add(show(CliFiles.writeJson(bookFile, book), "sổ điểm / grade book"));
        ClassResults results = ClassResults.assess(book, roster);
        out.println();
        out.println("== Đánh giá cuối năm / year-end assessment (records assess)");
        results.print(out, false);
        out.println("  (lý do / reasons: records assess --in " + bookFile + " --roster " + rosterFile + ")");
        Path resultsFile = dir.resolve("results-" + first.name() + ".json");
        written.add(show(CliFiles.writeJson(resultsFile, results), "kết quả / results"));

        // 3. A student's transcript.
        Transcript transcript = SampleTranscripts.secondary(seed);
        Path transcriptJson = dir.resolve("transcript-" + transcript.student().id() + ".json");
        written.add(show(CliFiles.writeJson(transcriptJson, transcript), "học bạ (JSON) / transcript"));

        // 4. The printouts: the class's grade book for semester II, and the transcript with its signature fields.
        byte[] bookPdf = pdf(o -> new ClassGradeBookRenderer().render(ClassGradeBook.of(book, roster, Term.SECOND),
                PdfOptions.of(now), o));
        written.add(show(CliFiles.write(dir.resolve("gradebook-" + first.name() + "-HK2.pdf"), bookPdf),
                "sổ điểm (PDF) / grade-book printout"));
        byte[] transcriptPdf = pdf(o -> RenderCommand.transcript(transcript, TranscriptPrint.original()
                .withPolicy(POLICY), PdfOptions.of(now), o));
        written.add(show(CliFiles.write(dir.resolve("transcript-" + transcript.student().id() + ".pdf"), transcriptPdf),
                "học bạ chưa ký / unsigned transcript"));

        // 5. The demo CA, and the last year's page signed in the plan's order by four signers.
        TranscriptYear page = transcript.years().get(transcript.years().size() - 1);
        SigningPlan plan = SigningPlan.of(page, POLICY);
        List<PlannedSignature> signers = signers(plan);
        Path caDir = dir.resolve("demo-ca");
        char[] password = DemoCa.newPassword();
        DemoCa ca = DemoCa.create(roster.school().name(), now);
        List<DemoCa.Issued> issued = ca.issueAll(signers.stream().map(s -> holder(s, page)).toList(), caDir, password);
        Path rootPem = ca.writeRootPem(caDir.resolve("demo-root.pem"));
        Path passwordFile = CliFiles.write(caDir.resolve("PASSWORD.txt"),
                (new String(password) + "\n").getBytes(StandardCharsets.US_ASCII));
        out.println();
        out.println("== Ký số học bạ năm học / signing the transcript's page of " + page.year() + " — "
                + transcript.student().fullName());
        out.println("   chứng thư thử nghiệm / test certificates: " + DemoCa.MARK);
        out.println("   mật khẩu các tệp .p12 / password of the .p12 files: " + new String(password)
                + " (PASSWORD.txt)");
        byte[] signed = transcriptPdf;
        SignatureService service = SignCommand.service();
        for (int i = 0; i < signers.size(); i++) {
            PlannedSignature s = signers.get(i);
            String field = TranscriptFields.name(page.year(), s.part());
            DemoCa.Holder holder = issued.get(i).holder();
            Instant at = Instant.now();
            try (KeySource key = Pkcs12KeySource.open(issued.get(i).pkcs12(), password, holder.alias())) {
                SignatureRequest request = SignatureRequest.builder(key.certificateChain(), at).field(field)
                        .signerName(holder.name()).signerRole(holder.title())
                        .reason(reason(s.part().role())).location(page.school().province())
                        .plan(plan).build();
                signed = service.sign(signed, request, key);
            }
            plan = plan.sign(Signature.of(s.signerId(), s.part(), at, field));
            out.printf("  %d. %-24s %-28s %s%n", i + 1, field, holder.name(), holder.title());
        }
        // 6. Verify, trusting the demo root only, and check the page's signing plan against the PDF.
        VerificationReport report = VerifyCommand.verify(signed, TrustAnchors.of(List.of(ca.root())), false);
        SigningPlanReport planCheck = SigningPlanCheck.check(plan, report, part -> TranscriptFields.name(page.year(), part));
        out.println();
        out.println("== Kiểm tra chữ ký / verification (records verify)");
        report.text(LocalizedText.VIETNAMESE).strip().lines().forEach(l -> out.println("  " + l));
        List<SigningPlanReport.Entry> signedEntries = planCheck.entries().stream()
                .filter(SigningPlanReport.Entry::validlySigned).toList();
        // The plan names people; the demo certificates add the DEMO mark to their names, so
        // SigningPlanCheck's exact name match fails by design — compare without the mark instead.
        boolean namesMatch = signedEntries.stream().allMatch(e -> e.signerCommonName()
                .map(cn -> cn.equals(e.planned().signerName() + " (" + DemoCa.MARK + ")")).orElse(false));
        out.println("  Kế hoạch ký trong PDF / signing plan in the PDF: " + signedEntries.size() + " đã ký / signed, " + (planCheck.inOrder() ? "đúng thứ tự / in order" : "SAI THỨ TỰ / OUT OF ORDER")
                + (planCheck.missing().isEmpty() ? "" : ", thiếu / missing " + planCheck.missing().size())
                + (namesMatch ? "; tên người ký khớp kế hoạch (trừ dấu DEMO) / signers match the plan (but for the DEMO mark)"
                        : "; TÊN NGƯỜI KÝ KHÁC KẾ HOẠCH / SIGNERS DIFFER FROM THE PLAN"));
        Path signedFile = dir.resolve("transcript-" + transcript.student().id() + "-signed.pdf");
        written.add(show(CliFiles.write(signedFile, signed), "học bạ đã ký / signed transcript"));
        written.add(show(rootPem, "gốc tin cậy (demo) / trust anchor"));
        for (DemoCa.Issued i : issued) {
            written.add(show(i.pkcs12(), "khóa (demo) / key " + i.holder().alias()));
        }
        written.add(show(passwordFile, "mật khẩu .p12 / .p12 password"));
        Arrays.fill(password, '\0');

        out.println();
        out.println("== Tệp / files");
        written.forEach(out::println);
        out.println();
        out.printf("Xong trong %.1f giây / done in %.1f s. Tiếp theo / next: records verify --in %s --trust %s%n",
                (System.nanoTime() - started) / 1e9, (System.nanoTime() - started) / 1e9, signedFile, rootPem);
        return Records.OK;
    }

    /**
     * The demo's signers, in the plan's order: the first subject teacher, then every page signer
     * (homeroom teacher, principal, seal); {@link #POLICY} makes the other subject teachers optional.
     */
    private static List<PlannedSignature> signers(SigningPlan plan) {
        List<PlannedSignature> list = new ArrayList<>();
        plan.planned().stream().filter(p -> p.part().role() == SigningRole.SUBJECT_TEACHER).findFirst()
                .ifPresent(list::add);
        plan.planned().stream().filter(p -> p.part().role() != SigningRole.SUBJECT_TEACHER).forEach(list::add);
        return list;
    }

    private static DemoCa.Holder holder(PlannedSignature s, TranscriptYear page) {
        return switch (s.part().role()) {
            case SUBJECT_TEACHER -> new DemoCa.Holder("subject-teacher", s.signerName(),
                    "Giáo viên bộ môn " + subjectName(page, s.part().subjectCode().orElseThrow()), false);
            case HOMEROOM_TEACHER -> new DemoCa.Holder("homeroom", s.signerName(), "Giáo viên chủ nhiệm", false);
            case PRINCIPAL -> new DemoCa.Holder("principal", s.signerName(), "Hiệu trưởng", false);
            case SCHOOL_SEAL -> new DemoCa.Holder("school-seal", s.signerName(), "Con dấu số / school seal", true);
        };
    }

    /** The subject's name as the page prints it, e.g. Ngữ văn for NGU_VAN. */
    private static String subjectName(TranscriptYear page, String code) {
        return page.results() instanceof SecondaryResults r ? r.subjects().stream()
                .filter(row -> row.subjectCode().equals(code)).map(SubjectRow::subjectName).findFirst().orElse(code)
                : code;
    }

    private static String reason(SigningRole role) {
        return switch (role) {
            case SUBJECT_TEACHER -> "Xác nhận kết quả môn học";
            case HOMEROOM_TEACHER -> "Giáo viên chủ nhiệm nhận xét, xác nhận";
            case PRINCIPAL -> "Hiệu trưởng phê duyệt";
            case SCHOOL_SEAL -> "Đóng dấu của nhà trường";
        };
    }

    /** Renders into bytes. */
    private static byte[] pdf(java.util.function.Consumer<ByteArrayOutputStream> render) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        render.accept(bytes);
        return bytes.toByteArray();
    }

    private static void summarise(SchoolRoster roster, PrintStream out) {
        out.println(roster.school().name() + " (mã trường " + roster.school().code() + "), "
                + roster.school().province());
        out.println("Năm học / school year " + roster.year());
        out.println(roster.classes().size() + " lớp / classes, " + roster.students().size() + " học sinh / students, "
                + roster.staff().size() + " cán bộ, giáo viên, nhân viên / staff");
        ClassGroup first = roster.classes().get(0);
        String homeroom = roster.staffMember(first.homeroomTeacherId()).map(Staff::fullName).orElseThrow();
        List<Student> students = roster.studentsOf(first.id());
        out.println();
        out.println("Lớp / class " + first.name() + " — giáo viên chủ nhiệm / homeroom teacher: " + homeroom
                + " — " + students.size() + " học sinh");
        for (int i = 0; i < Math.min(STUDENTS_SHOWN, students.size()); i++) {
            Student s = students.get(i);
            out.printf("  %2d. %-28s %s  %-3s  %s%n", i + 1, s.fullName(), s.dateOfBirth(),
                    s.gender().vietnameseName(), s.ethnicity());
        }
        out.println("  …");
    }

    private static String show(Path file, String what) {
        return String.format("  %-40s %s", what, CliFiles.shown(file));
    }
}
