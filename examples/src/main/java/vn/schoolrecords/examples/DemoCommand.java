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

import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.examples.internal.DemoCa;
import vn.schoolrecords.pdf.ClassList;
import vn.schoolrecords.pdf.ClassListRenderer;
import vn.schoolrecords.pdf.PdfOptions;
import vn.schoolrecords.signing.KeySource;
import vn.schoolrecords.signing.Pkcs12KeySource;
import vn.schoolrecords.signing.SignatureRequest;
import vn.schoolrecords.signing.SignatureService;

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

        // 4. The printout to sign.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ClassListRenderer().render(ClassList.of(roster, first.id()), PdfOptions.of(now), pdf);
        Path printout = dir.resolve("class-list-" + first.name() + ".pdf");
        CliFiles.write(printout, pdf.toByteArray());

        // 5. The demo CA and four signers in turn.
        Path caDir = dir.resolve("demo-ca");
        char[] password = DemoCa.newPassword();
        List<Signer> signers = signers(roster, first);
        DemoCa ca = DemoCa.create(roster.school().name(), now);
        List<DemoCa.Issued> issued = ca.issueAll(signers.stream().map(Signer::holder).toList(), caDir, password);
        Path rootPem = ca.writeRootPem(caDir.resolve("demo-root.pem"));
        CliFiles.write(caDir.resolve("PASSWORD.txt"), (new String(password) + "\n").getBytes(StandardCharsets.US_ASCII));
        out.println();
        out.println("== Ký số / signing — chứng thư thử nghiệm / test certificates: " + DemoCa.MARK);
        byte[] signed = pdf.toByteArray();
        SignatureService service = SignCommand.service();
        for (int i = 0; i < signers.size(); i++) {
            Signer s = signers.get(i);
            try (KeySource key = Pkcs12KeySource.open(issued.get(i).pkcs12(), password, s.holder().alias())) {
                SignatureRequest.Builder request = SignatureRequest.builder(key.certificateChain(), Instant.now())
                        .signerName(s.holder().name()).signerRole(s.holder().title())
                        .reason(s.reason()).location(roster.school().province());
                if (s.existingField()) {
                    request.field(s.field());
                } else {
                    request.newInvisibleField(s.field());
                }
                signed = service.sign(signed, request.build(), key);
            }
            out.printf("  %d. %-16s %-28s %s%n", i + 1, s.field(), s.holder().name(), s.holder().title());
        }
        Path signedFile = dir.resolve("class-list-" + first.name() + "-signed.pdf");
        written.add(show(CliFiles.write(signedFile, signed), "bản đã ký / signed PDF"));
        written.add(show(rootPem, "gốc tin cậy (demo) / trust anchor"));
        for (DemoCa.Issued i : issued) {
            written.add(show(i.pkcs12(), "khóa (demo) / key " + i.holder().alias()));
        }
        Arrays.fill(password, '\0');

        out.println();
        out.println("== Tệp / files");
        written.forEach(out::println);
        out.println("  mật khẩu các tệp .p12 / password of the .p12 files: " + CliFiles.shown(caDir.resolve("PASSWORD.txt")));
        return Records.OK;
    }

    /** A signer of the demo: the certificate's holder and the field signed. */
    private record Signer(DemoCa.Holder holder, String field, boolean existingField, String reason) {
    }

    private static List<Signer> signers(SchoolRoster roster, ClassGroup group) {
        Staff homeroom = roster.staffMember(group.homeroomTeacherId()).orElseThrow();
        Staff principal = roster.staff().stream().filter(s -> s.has(StaffRole.PRINCIPAL)).findFirst().orElseThrow();
        var maths = roster.curriculum(group.grade()).orElseThrow().subjects().get(0);
        Staff teacher = roster.teacherOf(group.id(), maths.code()).orElseThrow();
        return List.of(
                new Signer(new DemoCa.Holder("subject-teacher", teacher.fullName(), "Giáo viên bộ môn " + maths.name(), false),
                        "subject-" + maths.code(), false, "Xác nhận điểm môn " + maths.name()),
                new Signer(new DemoCa.Holder("homeroom", homeroom.fullName(), "Giáo viên chủ nhiệm", false),
                        ClassListRenderer.HOMEROOM_FIELD, true, "Giáo viên chủ nhiệm xác nhận"),
                new Signer(new DemoCa.Holder("principal", principal.fullName(), "Hiệu trưởng", false),
                        ClassListRenderer.PRINCIPAL_FIELD, true, "Hiệu trưởng duyệt"),
                new Signer(new DemoCa.Holder("school-seal", roster.school().name(), "Con dấu số / school seal", true),
                        "school-seal", false, "Đóng dấu số của nhà trường"));
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
