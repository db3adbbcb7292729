package vn.schoolrecords.core.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid school-domain values, Vietnamese names with their diacritics included. */
// Test code compiled into the module: its public helpers may name jqwik types.
@SuppressWarnings("exports")
public final class DomainArbitraries {

    private DomainArbitraries() {
    }

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lò", "Hà", "Y");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Ngọc", "Quốc",
            "Thị Ánh", "Bảo", "Khánh", "Xuân");
    private static final List<String> GIVEN = List.of("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hương", "Khánh",
            "Linh", "Mỹ", "Nhung", "Phúc", "Quỳnh", "Sơn", "Thảo", "Tuyết", "Uyên", "Việt", "Xuân", "Yến", "Ánh",
            "Ổn", "Đạt", "Nguyệt", "Thuỷ", "Thủy");
    /** The Vietnamese alphabet with every tone mark, lower and upper case. */
    private static final String LETTERS = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstu"
            + "ùúủũụưừứửữựvxyỳýỷỹỵAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTU"
            + "ÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ";
    private static final List<String> ETHNICITIES = List.of("Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng",
            "H'Mông", "Dao", "Gia Rai", "Ê Đê", "Ba Na", "Xơ Đăng", "Chăm");
    private static final List<String> PLACES = List.of("Hà Nội", "Thành phố Hồ Chí Minh", "Quảng Ngãi",
            "Thanh Hoá", "Bình Dương", "Hải Phòng", "Đắk Lắk", "Thừa Thiên Huế", "Bà Rịa – Vũng Tàu");

    /** Names as people write them: family, middle and given names, or words of random Vietnamese letters. */
    public static Arbitrary<String> vietnameseNames() {
        Arbitrary<String> usual = Combinators.combine(
                Arbitraries.of(FAMILY), Arbitraries.of(MIDDLE), Arbitraries.of(GIVEN))
                .as((f, m, g) -> f + " " + m + " " + g);
        Arbitrary<String> word = Arbitraries.strings().withChars(LETTERS.toCharArray()).ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> random = word.list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, usual), net.jqwik.api.Tuple.of(2, random));
    }

    /** School years 1900-1901 to 2999-3000. */
    public static Arbitrary<SchoolYear> schoolYears() {
        return Arbitraries.integers().between(1900, 2999).map(SchoolYear::of);
    }

    /** Identifiers of people born 1900–2399 (the fourth digit 0–9), with a registration code 001–999. */
    public static Arbitrary<PersonalIdentifier> personalIdentifiers() {
        return Combinators.combine(
                Arbitraries.integers().between(1900, 2399), Arbitraries.of(Gender.class),
                Arbitraries.integers().between(1, 999), Arbitraries.integers().between(0, 999_999))
                .as(DomainArbitraries::identifier);
    }

    /** The identifier that a person of that birth year and gender, registered there, could have. */
    public static PersonalIdentifier identifier(int birthYear, Gender gender, int registrationCode, int serial) {
        int centuryDigit = (birthYear / 100 - 19) * 2 + (gender == Gender.FEMALE ? 1 : 0);
        return PersonalIdentifier.parse(String.format("%03d%d%02d%06d",
                registrationCode, centuryDigit, birthYear % 100, serial));
    }

    /** Valid students with the given id, born 1990–2020 (always in the past). */
    public static Arbitrary<Student> students(String id) {
        Arbitrary<LocalDate> births = Arbitraries.integers().between(0, 365 * 30)
                .map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
        return Combinators.combine(
                births, Arbitraries.of(Gender.class), vietnameseNames(),
                Arbitraries.integers().between(1, 999), Arbitraries.integers().between(0, 999_999),
                Arbitraries.of(ETHNICITIES), Arbitraries.of(PLACES))
                .as((dob, gender, name, code, serial, ethnicity, place) -> Student.of(id,
                        identifier(dob.getYear(), gender, code, serial), name, dob, gender, ethnicity, place));
    }

    /** Valid students with ids {@code HS0001}-style. */
    public static Arbitrary<Student> students() {
        return Arbitraries.integers().between(1, 9999).flatMap(n -> students(String.format("HS%04d", n)));
    }

    /** Schools of one or two education levels, with or without a district. */
    public static Arbitrary<School> schools() {
        return Combinators.combine(
                Arbitraries.strings().numeric().ofLength(8),
                vietnameseNames().map(n -> "Trường " + n),
                Arbitraries.of(EducationLevel.class).set().ofMinSize(1).ofMaxSize(2),
                Arbitraries.of(PLACES),
                vietnameseNames().optional(0.5).map(o -> o.map(n -> "Quận " + n)),
                Arbitraries.of(PLACES).map(p -> "Sở Giáo dục và Đào tạo " + p))
                .as((code, name, levels, province, district, office) ->
                        School.of(code, name, levels, province, district, office));
    }

    /** Subjects with random codes, names and periods. */
    public static Arbitrary<Subject> subjects() {
        return Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(3)
                        .flatMap(head -> Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
                                .ofMaxLength(20).map(tail -> head + tail)),
                vietnameseNames(),
                Arbitraries.integers().between(1, 1000),
                Arbitraries.of(AssessmentMode.class),
                Arbitraries.of(true, false))
                .as(Subject::of);
    }

    /**
     * Consistent rosters: every class of the roster's year and of a grade the school teaches,
     * homeroom and subject teachers holding their roles, each student enrolled once, assignments
     * to subjects of the class's grade. Wiring is drawn from a seeded {@link Random}.
     * The school year starts in 2021 or later, after every generated student is born (1990–2020).
     */
    public static Arbitrary<SchoolRoster> rosters() {
        return Combinators.combine(
                schools(),
                Arbitraries.integers().between(2021, 2060).map(SchoolYear::of),
                vietnameseNames().list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(0, 8).flatMap(n -> studentLists(n)),
                Arbitraries.integers().between(1, 3),
                Arbitraries.randoms())
                .as(DomainArbitraries::roster);
    }

    private static Arbitrary<List<Student>> studentLists(int n) {
        if (n == 0) {
            return Arbitraries.just(List.of());
        }
        List<Arbitrary<Student>> each = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            each.add(students(String.format("HS%04d", i)));
        }
        return Combinators.combine(each).as(List::copyOf);
    }

    private static SchoolRoster roster(School school, SchoolYear year, List<String> teacherNames,
            List<Student> students, int classCount, Random random) {
        List<GradeLevel> taught = new ArrayList<>();
        for (int g = 1; g <= 12; g++) {
            if (school.teaches(GradeLevel.of(g))) {
                taught.add(GradeLevel.of(g));
            }
        }
        List<GradeLevel> grades = new ArrayList<>(new TreeSet<>(List.of(
                taught.get(random.nextInt(taught.size())), taught.get(random.nextInt(taught.size())))));
        List<Curriculum> curricula = grades.stream().map(g -> new Curriculum(g,
                SubjectCatalogue.programme2018(g).stream()
                        .map(s -> random.nextInt(4) == 0 ? s.withPeriodsPerYear(1 + random.nextInt(1000)) : s)
                        .toList()))
                .toList();
        Set<String> allCodes = curricula.stream().flatMap(c -> c.subjects().stream()).map(Subject::code)
                .collect(Collectors.toCollection(TreeSet::new));
        List<Staff> staff = new ArrayList<>();
        for (int i = 0; i < teacherNames.size(); i++) {
            Set<StaffRole> roles = EnumSet.of(StaffRole.SUBJECT_TEACHER, StaffRole.HOMEROOM_TEACHER);
            if (random.nextBoolean()) {
                roles.add(StaffRole.values()[random.nextInt(StaffRole.values().length)]);
            }
            Set<String> codes = allCodes.stream().filter(c -> random.nextInt(3) == 0)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            staff.add(Staff.of(String.format("GV%03d", i + 1), teacherNames.get(i), roles, codes));
        }
        if (random.nextBoolean()) {
            staff.add(Staff.of("HT", "Phạm Thị Hiệu Trưởng", Set.of(StaffRole.PRINCIPAL), Set.of()));
        }
        List<ClassGroup> classes = new ArrayList<>();
        for (int i = 0; i < classCount; i++) {
            GradeLevel grade = grades.get(random.nextInt(grades.size()));
            classes.add(ClassGroup.of(year.startYear() + "-" + grade.number() + "A" + (i + 1),
                    grade.number() + "A" + (i + 1), grade, year, staff.get(random.nextInt(teacherNames.size())).id()));
        }
        List<Enrolment> enrolments = students.stream()
                .map(s -> new Enrolment(s.id(), classes.get(random.nextInt(classes.size())).id()))
                .toList();
        List<TeachingAssignment> assignments = new ArrayList<>();
        for (ClassGroup c : classes) {
            for (Subject s : curricula.stream().filter(cur -> cur.grade().equals(c.grade())).findFirst()
                    .orElseThrow().subjects()) {
                if (random.nextInt(3) == 0) {
                    assignments.add(new TeachingAssignment(c.id(), s.code(),
                            staff.get(random.nextInt(teacherNames.size())).id()));
                }
            }
        }
        return SchoolRoster.of(school, year, curricula, staff, classes, students, enrolments, assignments);
    }

    /** A small, valid roster used as the starting point of the tests that break one thing. */
    public static SchoolRoster sampleRoster() {
        School school = School.of("79000701", "Trường THPT Lê Quý Đôn", Set.of(EducationLevel.UPPER_SECONDARY),
                "Thành phố Hồ Chí Minh", Optional.of("Quận 3"), "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh");
        SchoolYear year = SchoolYear.of(2024);
        GradeLevel ten = GradeLevel.of(10);
        Curriculum curriculum = new Curriculum(ten, SubjectCatalogue.programme2018(ten));
        Staff homeroom = Staff.of("GV001", "Nguyễn Văn An",
                Set.of(StaffRole.HOMEROOM_TEACHER, StaffRole.SUBJECT_TEACHER), Set.of("TOAN"));
        Staff literature = Staff.of("GV002", "Trần Thị Ánh Tuyết", Set.of(StaffRole.SUBJECT_TEACHER), Set.of("NGU_VAN"));
        Staff principal = Staff.of("HT01", "Lê Quang Đạt", Set.of(StaffRole.PRINCIPAL), Set.of());
        ClassGroup a1 = ClassGroup.of("2024-10A1", "10A1", ten, year, "GV001");
        Student an = Student.of("HS0001", PersonalIdentifier.parse("079209012345"), "Nguyễn Hoàng An",
                LocalDate.of(2009, 5, 17), Gender.MALE, "Kinh", "Thành phố Hồ Chí Minh");
        Student binh = Student.of("HS0002", PersonalIdentifier.parse("051309054321"), "Phạm Thị Bình",
                LocalDate.of(2009, 11, 2), Gender.FEMALE, "Hoa", "Quảng Ngãi");
        return SchoolRoster.of(school, year, List.of(curriculum), List.of(homeroom, literature, principal),
                List.of(a1), List.of(an, binh),
                List.of(new Enrolment("HS0001", "2024-10A1"), new Enrolment("HS0002", "2024-10A1")),
                List.of(new TeachingAssignment("2024-10A1", "TOAN", "GV001"),
                        new TeachingAssignment("2024-10A1", "NGU_VAN", "GV002")));
    }
}
