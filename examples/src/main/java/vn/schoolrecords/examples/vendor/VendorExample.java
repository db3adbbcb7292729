package vn.schoolrecords.examples.vendor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import vn.schoolrecords.core.gradebook.GradeBook;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.core.transcript.Transcript;
import vn.schoolrecords.examples.internal.DemoCa;
import vn.schoolrecords.examples.internal.GradeBookYears;

/**
 * Example for vendors: {@link YearEndService} embedded in a program, with a remote signing
 * provider on the loopback address standing in for the real one. Run it with
 * {@code java -cp … vn.schoolrecords.examples.vendor.VendorExample [DIR]}; it prints what it
 * did and where the signed transcript is.
 */
public final class VendorExample {

    private VendorExample() {
    }

    /**
     * Runs the example.
     *
     * @param args the output directory, by default {@code target/vendor-example}
     * @throws Exception if anything fails; an example shows the failure as it is
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/vendor-example");
        YearEndService.Issued issued = run(dir);
        System.out.println(issued.transcript().student().fullName() + " — " + issued.outcome().learningLevel()
                .vietnameseName() + ", " + issued.outcome().promotion().vietnameseName());
        System.out.println("Học bạ đã ký / signed transcript: " + issued.pdf().toAbsolutePath());
    }

    /**
     * Runs the example into a directory.
     *
     * @param dir the output directory
     * @return what was issued
     * @throws Exception if anything fails
     */
    public static YearEndService.Issued run(Path dir) throws Exception {
        // The vendor's data: a school, and a class's grade book filled through the year.
        SchoolRoster roster = SampleSchools.secondary(7);
        ClassGroup group = roster.classes().get(0);
        GradeBook book = SampleGradeBooks.log(roster, group.id(), Term.SECOND, 7).replay();
        Student student = book.studentIds().stream()
                .filter(id -> GradeBookYears.missing(book, id).isEmpty())
                .map(id -> roster.student(id).orElseThrow()).findFirst().orElseThrow();

        // The provider's side: keys for the principal and the school seal (demo certificates).
        char[] password = DemoCa.newPassword();
        DemoCa ca = DemoCa.create(roster.school().name(), Instant.now());
        String principalName = roster.staff().stream()
                .filter(s -> s.has(vn.schoolrecords.core.school.StaffRole.PRINCIPAL)).findFirst().orElseThrow().fullName();
        List<DemoCa.Issued> keys = ca.issueAll(List.of(
                new DemoCa.Holder("principal", principalName, "Hiệu trưởng", false),
                new DemoCa.Holder("school-seal", roster.school().name(), "Con dấu số", true)),
                dir.resolve("provider-keys"), password);
        try (LoopbackSigningProvider provider = LoopbackSigningProvider.start()) {
            provider.enrol("principal-credential", keys.get(0).pkcs12(), password, "principal");
            provider.enrol("seal-credential", keys.get(1).pkcs12(), password, "school-seal");

            // The vendor's side: its service with its remote signers.
            try (HttpRemoteSigner principal = new HttpRemoteSigner(provider.uri(), "principal-credential");
                    HttpRemoteSigner seal = new HttpRemoteSigner(provider.uri(), "seal-credential")) {
                YearEndService service = new YearEndService(principal, seal, dir.resolve("store"), Clock.systemUTC());
                Transcript transcript = Transcript.open(student, EducationLevel.LOWER_SECONDARY, roster.school());
                return service.issueYear(transcript, GradeBookYears.of(book, group, student.id()).orElseThrow(),
                        roster, group.id(), "Chăm ngoan, tiến bộ trong học tập.",
                        LocalDate.of(roster.year().endYear(), Month.MAY, 25));
            }
        }
    }
}
