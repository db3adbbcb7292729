package vn.schoolrecords.core.sample.arbitrary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.CommentResult;
import vn.schoolrecords.core.assessment.Mark;
import vn.schoolrecords.core.assessment.Score;
import vn.schoolrecords.core.gradebook.GradeBookLog;
import vn.schoolrecords.core.sample.SampleGradeBooks;
import vn.schoolrecords.core.sample.SampleSchool;
import vn.schoolrecords.core.sample.SampleSchools;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.AssessmentMode;
import vn.schoolrecords.core.school.ClassGroup;
import vn.schoolrecords.core.school.Curriculum;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.Enrolment;
import vn.schoolrecords.core.school.Gender;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.PersonalIdentifier;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Staff;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.school.Student;
import vn.schoolrecords.core.school.Subject;
import vn.schoolrecords.core.school.SubjectCatalogue;
import vn.schoolrecords.core.school.TeachingAssignment;
import vn.schoolrecords.core.school.Term;
import vn.schoolrecords.core.transcript.Transcript;

/**
 * jqwik arbitraries (bộ sinh dữ liệu ngẫu nhiên cho kiểm thử thuộc tính) of valid school-domain
 * values, for the property tests of the library and of a vendor's own code: Vietnamese names
 * with their diacritics, personal identifiers, students, schools, subjects, scores and comment
 * results as the circulars allow them, and whole rosters, grade books and transcripts from the
 * sample generator ({@link SampleSchools}, {@link SampleGradeBooks}, {@link SampleTranscripts}).
 *
 * <p>jqwik is an optional dependency of records-core ({@code requires static net.jqwik.api}):
 * a vendor who calls this class adds {@code net.jqwik:jqwik} to its test scope; a vendor who
 * does not never loads it, and no other class of the library names jqwik.
 *
 * <p>The sample generator is deterministic per seed; its arbitraries draw the seed from jqwik,
 * so a failing property shrinks towards seed 0 and jqwik's own seed replays it.
 *
 * <pre>{@code
 * @Property
 * void everyStudentHasAName(@ForAll("students") Student s) { ... }
 *
 * @Provide
 * Arbitrary<Student> students() {
 *     return DomainArbitraries.students();
 * }
 * }</pre>
 */
// jqwik is required statically, not transitively: a vendor who calls this class brings jqwik itself.
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

    /**
     * Names (họ và tên) as people write them: family, middle and given names, or words of random
     * Vietnamese letters with every tone mark.
     *
     * @return the names, never blank, not null
     */
    public static Arbitrary<String> vietnameseNames() {
        Arbitrary<String> usual = Combinators.combine(
                Arbitraries.of(FAMILY), Arbitraries.of(MIDDLE), Arbitraries.of(GIVEN))
                .as((f, m, g) -> f + " " + m + " " + g);
        Arbitrary<String> word = Arbitraries.strings().withChars(LETTERS.toCharArray()).ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> random = word.list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, usual), net.jqwik.api.Tuple.of(2, random));
    }

    /**
     * School years (năm học) 1900-1901 to 2999-3000.
     *
     * @return the years, not null
     */
    public static Arbitrary<SchoolYear> schoolYears() {
        return Arbitraries.integers().between(1900, 2999).map(SchoolYear::of);
    }

    /**
     * Personal identifiers (số định danh cá nhân) of people born 1900–2399 (the fourth digit
     * 0–9), with a registration code 001–999.
     *
     * @return the identifiers, not null
     */
    public static Arbitrary<PersonalIdentifier> personalIdentifiers() {
        return Combinators.combine(
                Arbitraries.integers().between(1900, 2399), Arbitraries.of(Gender.class),
                Arbitraries.integers().between(1, 999), Arbitraries.integers().between(0, 999_999))
                .as(DomainArbitraries::identifier);
    }

    /**
     * The identifier that a person of that birth year and gender, registered there, could have.
     *
     * @param birthYear 1900–2399
     * @param gender the gender, not null
     * @param registrationCode the province's code of registration, 1–999
     * @param serial the serial number, 0–999999
     * @return the identifier, not null
     * @throws InvalidValueException if a number is out of its range
     */
    public static PersonalIdentifier identifier(int birthYear, Gender gender, int registrationCode, int serial) {
        int centuryDigit = (birthYear / 100 - 19) * 2 + (gender == Gender.FEMALE ? 1 : 0);
        return PersonalIdentifier.parse(String.format("%03d%d%02d%06d",
                registrationCode, centuryDigit, birthYear % 100, serial));
    }

    /**
     * Valid students (học sinh) with the given id, born 1990–2020 (always in the past).
     *
     * @param id the student id, not null
     * @return the students, not null
     */
    public static Arbitrary<Student> students(String id) {
        Objects.requireNonNull(id, "id");
        Arbitrary<LocalDate> births = Arbitraries.integers().between(0, 365 * 30)
                .map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
        return Combinators.combine(
                births, Arbitraries.of(Gender.class), vietnameseNames(),
                Arbitraries.integers().between(1, 999), Arbitraries.integers().between(0, 999_999),
                Arbitraries.of(ETHNICITIES), Arbitraries.of(PLACES))
                .as((dob, gender, name, code, serial, ethnicity, place) -> Student.of(id,
                        identifier(dob.getYear(), gender, code, serial), name, dob, gender, ethnicity, place));
    }

    /**
     * Valid students with ids {@code HS0001} to {@code HS9999}.
     *
     * @return the students, not null
     */
    public static Arbitrary<Student> students() {
        return Arbitraries.integers().between(1, 9999).flatMap(n -> students(String.format("HS%04d", n)));
    }

    /**
     * Schools (trường) of one or two education levels, with or without a district.
     *
     * @return the schools, not null
     */
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

    /**
     * Subjects (môn học) with random codes, names, periods and assessment modes.
     *
     * @return the subjects, not null
     */
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
     * to subjects of the class's grade. Wiring is drawn from a {@link Random} seeded by jqwik,
     * so that it shrinks and replays with the rest.
     * The school year starts in 2021 or later, after every generated student is born (1990–2020).
     *
     * @return the rosters, not null
     */
    public static Arbitrary<SchoolRoster> rosters() {
        return Combinators.combine(
                schools(),
                Arbitraries.integers().between(2021, 2060).map(SchoolYear::of),
                vietnameseNames().list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(0, 8).flatMap(n -> studentLists(n)),
                Arbitraries.integers().between(1, 3),
                Arbitraries.longs())
                .as((school, year, teachers, students, classCount, seed) ->
                        roster(school, year, teachers, students, classCount, new Random(seed)));
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

    /**
     * Scores (điểm) on the 10-point scale with one decimal, 0,0 to 10,0 — "số nguyên hoặc số
     * thập phân được lấy đến chữ số thập phân thứ nhất" (TT 22/2021, Điều 5, khoản 3, điểm b).
     * Shrinks towards 0,0; the bounds and the usual thresholds (3,5; 5,0; 6,5; 8,0) are edge cases.
     *
     * @return the scores, not null
     */
    public static Arbitrary<Score> scores() {
        return scoresBetween(Score.ZERO, Score.TEN);
    }

    /**
     * Scores from {@code min} to {@code max} inclusive, in steps of one tenth.
     *
     * @param min the lowest score, not null
     * @param max the highest score, not below {@code min}, not null
     * @return the scores, not null
     * @throws InvalidValueException if {@code max} is below {@code min}
     */
    public static Arbitrary<Score> scoresBetween(Score min, Score max) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (max.compareTo(min) < 0) {
            throw InvalidValueException.of("max", "DomainArbitraries.scoreRange", LocalizedText.of(
                    "điểm cao nhất " + max.display() + " thấp hơn điểm thấp nhất " + min.display(),
                    "the highest score " + max.display() + " is below the lowest " + min.display()), max);
        }
        // The thresholds of the levels are where rules break; jqwik tries them first among its edge cases.
        List<Integer> thresholds = List.of(35, 50, 65, 80).stream()
                .filter(t -> t >= min.tenths() && t <= max.tenths()).toList();
        return Arbitraries.integers().between(min.tenths(), max.tenths())
                .edgeCases(config -> thresholds.forEach(config::add))
                .map(Score::ofTenths);
    }

    /**
     * Results of subjects assessed by comment only (đánh giá bằng nhận xét): Đạt or Chưa đạt
     * (TT 22/2021, Điều 5, khoản 3, điểm a). Shrinks towards Đạt.
     *
     * @return the results, not null
     */
    public static Arbitrary<CommentResult> commentResults() {
        return Arbitraries.of(CommentResult.PASS, CommentResult.FAIL);
    }

    /**
     * The marks (điểm hoặc kết quả nhận xét) a secondary subject of that mode takes: scores for
     * {@link AssessmentMode#SCORE}, Đạt / Chưa đạt for {@link AssessmentMode#COMMENT}.
     *
     * @param mode {@link AssessmentMode#SCORE} or {@link AssessmentMode#COMMENT}, not null
     * @return the marks, not null
     * @throws InvalidValueException for the primary modes, which are assessed by level
     */
    public static Arbitrary<Mark> marks(AssessmentMode mode) {
        Objects.requireNonNull(mode, "mode");
        return switch (mode) {
            case SCORE -> scores().map(Mark.class::cast);
            case COMMENT -> commentResults().map(Mark.class::cast);
            case LEVEL, LEVEL_AND_TEST -> throw InvalidValueException.of("mode", "DomainArbitraries.markMode",
                    LocalizedText.of("môn học ở tiểu học được đánh giá theo mức, không theo điểm hay Đạt/Chưa đạt",
                            "a primary subject is assessed by level, not by marks"), mode);
        };
    }

    /**
     * Seeds of the sample generator: any {@code long}, shrinking towards 0.
     *
     * @return the seeds, not null
     */
    public static Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /**
     * Whole sample schools' rosters (danh sách trường mẫu) of a level in
     * {@link SampleSchools#DEFAULT_YEAR}: realistic, validated, with
     * {@link SampleSchools#DEFAULT_CLASSES_PER_GRADE} classes per grade, one per seed.
     *
     * @param level primary, lower or upper secondary, not null
     * @return the rosters, not null
     * @throws InvalidValueException for continuing education
     */
    public static Arbitrary<SchoolRoster> sampleRosters(EducationLevel level) {
        // Refuses continuing education here, where the test names its level, not inside a try.
        SampleSchool.of(level, 0, SampleSchools.DEFAULT_CLASSES_PER_GRADE);
        return seeds().map(seed -> SampleSchools.school(level, seed).rosterFor(SampleSchools.DEFAULT_YEAR));
    }

    /**
     * Sample grade books (sổ điểm mẫu) of whole classes: a lower-secondary sample school drawn
     * by seed, one of its classes, and that class's grade-book log from
     * {@link SampleGradeBooks#log}. Filling a class's year through the workflow takes a moment;
     * a property over many tries may keep what it made.
     *
     * @param upTo {@link Term#FIRST} for semester I only, {@link Term#SECOND} for the whole year, not null
     * @return the grade books, not null
     * @throws InvalidValueException for {@link Term#WHOLE_YEAR}
     */
    public static Arbitrary<SampleGradeBook> sampleGradeBooks(Term upTo) {
        Objects.requireNonNull(upTo, "upTo");
        if (upTo == Term.WHOLE_YEAR) {
            throw InvalidValueException.of("upTo", "DomainArbitraries.gradeBookTerm", LocalizedText.of(
                    "sổ điểm mẫu được nhập đến học kỳ I hoặc học kỳ II",
                    "a sample grade book is filled up to semester I or semester II"), upTo);
        }
        // Four grades (6–9) of the sample school's classes; the index shrinks towards the first class.
        int classes = 4 * SampleSchools.DEFAULT_CLASSES_PER_GRADE;
        return Combinators.combine(seeds(), Arbitraries.integers().between(0, classes - 1))
                .as((seed, index) -> {
                    SchoolRoster roster = SampleSchools.secondary(seed);
                    ClassGroup group = roster.classes().get(index % roster.classes().size());
                    GradeBookLog log = SampleGradeBooks.log(roster, group.id(), upTo, seed);
                    return SampleGradeBook.of(seed, roster, group, log);
                });
    }

    /**
     * Closed sample transcripts (học bạ mẫu): lower secondary under TT 22/2021, primary under
     * TT 27/2020, and lower secondary across TT 58 and TT 22, drawn by seed.
     *
     * @return the transcripts, not null
     */
    public static Arbitrary<Transcript> sampleTranscripts() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), seeds()).as((kind, seed) -> switch (kind) {
            case 0 -> SampleTranscripts.secondary(seed);
            case 1 -> SampleTranscripts.primary(seed);
            default -> SampleTranscripts.acrossCirculars(seed);
        });
    }
}
