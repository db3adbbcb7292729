package vn.schoolrecords.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.sample.SampleData.Province;
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

/**
 * A made-up but realistic school (trường học mẫu) that exists across school years: the same
 * seed always gives the same school, staff and students, and {@link #rosterFor(SchoolYear)}
 * gives its roster in any year — each cohort (khóa) enters the first grade of the level in
 * one year, moves up a grade each year in the same class slot ({@code 10A1 → 11A1 → 12A1}),
 * and leaves after the last grade.
 *
 * <p>What the generator draws, all from the seed and never from the clock:
 * <ul>
 * <li>the school: a province (Quảng Ngãi, Thanh Hóa, Hải Phòng, Hà Nội or Nghệ An), a name such
 *     as {@code Trường THPT Lê Quý Đôn}, its governing office; schools governed by a district
 *     office before the 2025 reform of local government are governed by the commune's People's
 *     Committee from school year 2025-2026;</li>
 * <li>students: 35–45 per class, names with diacritics drawn from the common family names,
 *     middle names and given names, listed in the order of a class list (by given name); all
 *     born in the year in which they turn six in grade 1 (grade {@code g} at age {@code g + 5}
 *     in the year the school year starts); a personal identifier (số định danh cá nhân) whose
 *     sex digit and birth year agree with them, registered mostly in the school's province;
 *     mostly of the Kinh ethnic group, some of the province's minorities;</li>
 * <li>the curriculum of the 2018 programme ({@link SubjectCatalogue#programme2018}); in upper
 *     secondary each class follows one combination of four electives (tổ hợp môn lựa chọn);</li>
 * <li>staff: a principal, one to three vice principals, subject teachers in proportion to the
 *     periods to teach (about 23, 19 and 17 periods a week in primary, lower and upper
 *     secondary), a leader for each subject group (tổ chuyên môn), an IT administrator and a
 *     clerk; a homeroom teacher per class, chosen among its teachers in secondary, who also
 *     teaches the class's experiential activities; a teacher of record for every class and
 *     subject.</li>
 * </ul>
 *
 * <p>Values are immutable; rosters are produced on demand and validated by
 * {@link SchoolRoster#of}. Student birth dates must be in the past, so very late school years
 * (students born after today) are rejected by that validation.
 */
public final class SampleSchool {

    /** The fewest classes per grade. */
    public static final int MIN_CLASSES_PER_GRADE = 1;
    /** The most classes per grade. */
    public static final int MAX_CLASSES_PER_GRADE = 20;

    private static final long SCHOOL_SALT = 0x5C400L;
    private static final long COHORT_SALT = 0xC0407L;
    private static final long HOMEROOM_SALT = 0x40E1L;
    private static final long STAFF_SALT = 0x57AFFL;

    /** Upper-secondary elective combinations, one per class slot in turn. */
    private static final List<List<String>> COMBINATIONS = List.of(
            List.of("VAT_LI", "HOA_HOC", "SINH_HOC", "TIN_HOC"),
            List.of("VAT_LI", "HOA_HOC", "TIN_HOC", "CONG_NGHE"),
            List.of("DIA_LI", "GDKT_PL", "VAT_LI", "TIN_HOC"),
            List.of("DIA_LI", "GDKT_PL", "TIN_HOC", "CONG_NGHE"),
            List.of("HOA_HOC", "SINH_HOC", "DIA_LI", "GDKT_PL"),
            List.of("DIA_LI", "GDKT_PL", "AM_NHAC", "MY_THUAT"));

    /** Subjects a primary homeroom teacher teaches to the class. */
    private static final Set<String> PRIMARY_HOMEROOM_SUBJECTS = Set.of(
            "TIENG_VIET", "TOAN", "DAO_DUC", "TU_NHIEN_XA_HOI", "LICH_SU_DIA_LI", "KHOA_HOC", "CONG_NGHE", "HDTN");
    /** Subjects taught by the teacher of another subject of the same class. */
    private static final Map<String, String> TAUGHT_WITH = Map.of("GD_DIA_PHUONG", "NGU_VAN");
    /** Secondary experiential activities, taught by the homeroom teacher. */
    private static final String SECONDARY_HOMEROOM_SUBJECT = "HDTN_HN";

    /** Subject groups (tổ chuyên môn) of secondary schools, each a list of subject codes. */
    private static final List<List<String>> SECONDARY_GROUPS = List.of(
            List.of("TOAN", "TIN_HOC"),
            List.of("NGU_VAN", "GDCD", "GDKT_PL"),
            List.of("NGOAI_NGU_1"),
            List.of("KHTN", "VAT_LI", "HOA_HOC", "SINH_HOC", "CONG_NGHE"),
            List.of("LICH_SU_DIA_LI", "LICH_SU", "DIA_LI"),
            List.of("GDTC", "GDQP_AN", "NGHE_THUAT", "AM_NHAC", "MY_THUAT"));

    private final EducationLevel level;
    private final long seed;
    private final int classesPerGrade;

    // Derived once from the seed: the school's identity and its staff without yearly roles.
    private final Province province;
    private final String[] place;
    private final String schoolCode;
    private final String schoolName;
    private final List<StaffMember> staff;

    private SampleSchool(EducationLevel level, long seed, int classesPerGrade) {
        this.level = level;
        this.seed = seed;
        this.classesPerGrade = classesPerGrade;
        SplittableRandom r = random(seed, SCHOOL_SALT, level.ordinal());
        this.province = SampleData.pick(r, SampleData.SCHOOL_PROVINCES);
        this.place = SampleData.pick(r, province.places());
        String honoree = SampleData.pick(r, level == EducationLevel.PRIMARY
                ? SampleData.PRIMARY_NAMES : SampleData.SECONDARY_NAMES);
        String kind = switch (level) {
            case PRIMARY -> "Trường Tiểu học ";
            case LOWER_SECONDARY -> "Trường THCS ";
            default -> "Trường THPT ";
        };
        this.schoolName = kind + honoree;
        this.schoolCode = province.code().substring(1) + String.format("%06d", r.nextInt(1_000_000));
        this.staff = List.copyOf(hireStaff());
    }

    /**
     * A sample school.
     *
     * @param level primary, lower secondary or upper secondary, not null (continuing education
     *     is not generated)
     * @param seed the seed; the same seed gives the same school
     * @param classesPerGrade classes in each grade, {@value #MIN_CLASSES_PER_GRADE}–{@value #MAX_CLASSES_PER_GRADE}
     * @return the school, not null
     * @throws InvalidValueException if the level is continuing education or the number of
     *     classes is out of range
     */
    public static SampleSchool of(EducationLevel level, long seed, int classesPerGrade) {
        Objects.requireNonNull(level, "level");
        if (level == EducationLevel.CONTINUING) {
            throw InvalidValueException.of("level", "SampleSchool.level", LocalizedText.of(
                    "chưa có trường mẫu cho giáo dục thường xuyên",
                    "no sample school is generated for continuing education"), level);
        }
        if (classesPerGrade < MIN_CLASSES_PER_GRADE || classesPerGrade > MAX_CLASSES_PER_GRADE) {
            throw InvalidValueException.of("classesPerGrade", "SampleSchool.classesPerGrade", LocalizedText.of(
                    "số lớp mỗi khối phải từ " + MIN_CLASSES_PER_GRADE + " đến " + MAX_CLASSES_PER_GRADE,
                    "classes per grade must be between " + MIN_CLASSES_PER_GRADE + " and " + MAX_CLASSES_PER_GRADE),
                    classesPerGrade);
        }
        return new SampleSchool(level, seed, classesPerGrade);
    }

    /** @return the education level (cấp học) taught, not null */
    public EducationLevel level() {
        return level;
    }

    /** @return the seed the school was drawn from */
    public long seed() {
        return seed;
    }

    /** @return the number of classes in each grade */
    public int classesPerGrade() {
        return classesPerGrade;
    }

    /**
     * The school's roster in one school year.
     *
     * @param year the school year, not null
     * @return the validated roster, not null
     * @throws InvalidValueException if the roster does not validate
     */
    public SchoolRoster rosterFor(SchoolYear year) {
        Objects.requireNonNull(year, "year");
        return new YearBuilder(year).build();
    }

    /**
     * The school's rosters in consecutive school years: students move up a grade each year,
     * a new cohort enters the first grade and the last grade leaves.
     *
     * @param first the first school year, not null
     * @param count the number of years, at least 1
     * @return the rosters in order of year, not null
     * @throws InvalidValueException if count is below 1
     */
    public List<SchoolRoster> rosters(SchoolYear first, int count) {
        Objects.requireNonNull(first, "first");
        if (count < 1) {
            throw InvalidValueException.of("count", "SampleSchool.count", LocalizedText.of(
                    "số năm học phải ít nhất là 1", "the number of school years must be at least 1"), count);
        }
        List<SchoolRoster> rosters = new ArrayList<>(count);
        SchoolYear year = first;
        for (int i = 0; i < count; i++) {
            rosters.add(rosterFor(year));
            year = year.next();
        }
        return List.copyOf(rosters);
    }

    @Override
    public String toString() {
        return schoolName + " (" + level.abbreviation() + ", seed " + seed + ", " + classesPerGrade + " lớp/khối)";
    }

    // ---- school and curriculum -------------------------------------------------------------

    private School school(SchoolYear year) {
        boolean afterReform = year.startYear() >= 2025;
        // The district stays even after the 2025 reform: School.of refuses an empty one at
        // present (Optional<@NotBlank String> is checked as a null), see the Foundation notes.
        Optional<String> district = Optional.of(place[0]);
        String office = level == EducationLevel.UPPER_SECONDARY
                ? "Sở Giáo dục và Đào tạo " + province.name()
                : afterReform ? "Ủy ban nhân dân " + place[1] : "Phòng Giáo dục và Đào tạo " + place[0];
        return School.of(schoolCode, schoolName, EnumSet.of(level), province.name(), district, office);
    }

    private List<GradeLevel> grades() {
        List<GradeLevel> grades = new ArrayList<>();
        for (int g = level.firstGrade().number(); g <= level.lastGrade().number(); g++) {
            grades.add(GradeLevel.of(g));
        }
        return grades;
    }

    private String className(GradeLevel grade, int slot) {
        return level == EducationLevel.PRIMARY
                ? grade.number() + String.valueOf((char) ('A' + slot))
                : grade.number() + "A" + (slot + 1);
    }

    /** The subjects a class in a slot takes, in the programme's order. */
    private List<Subject> subjectsOf(GradeLevel grade, int slot) {
        List<Subject> all = SubjectCatalogue.programme2018(grade);
        if (level != EducationLevel.UPPER_SECONDARY) {
            return all;
        }
        List<String> electives = COMBINATIONS.get(slot % COMBINATIONS.size());
        return all.stream().filter(s -> s.compulsory() || electives.contains(s.code())).toList();
    }

    private Curriculum curriculum(GradeLevel grade) {
        Set<String> taught = new HashSet<>();
        for (int slot = 0; slot < classesPerGrade; slot++) {
            subjectsOf(grade, slot).forEach(s -> taught.add(s.code()));
        }
        return new Curriculum(grade, SubjectCatalogue.programme2018(grade).stream()
                .filter(s -> taught.contains(s.code())).toList());
    }

    // ---- staff -----------------------------------------------------------------------------

    /** A member of staff before the roles and subjects of a particular year. */
    private record StaffMember(String id, String name, Set<StaffRole> roles, String pool) {
    }

    private int teachingNorm() {
        return switch (level) {
            case PRIMARY -> 23;
            case LOWER_SECONDARY -> 19;
            default -> 17;
        };
    }

    /** Periods per week per pool of teachers, a pool being one subject or the class teachers. */
    private Map<String, Double> weeklyLoad() {
        Map<String, Double> load = new LinkedHashMap<>();
        for (GradeLevel grade : grades()) {
            for (int slot = 0; slot < classesPerGrade; slot++) {
                for (Subject s : subjectsOf(grade, slot)) {
                    load.merge(pool(s.code()), s.periodsPerYear() / 35.0, Double::sum);
                }
            }
        }
        return load;
    }

    private String pool(String subjectCode) {
        if (level == EducationLevel.PRIMARY && PRIMARY_HOMEROOM_SUBJECTS.contains(subjectCode)
                || SECONDARY_HOMEROOM_SUBJECT.equals(subjectCode)) {
            return HOMEROOM_POOL;
        }
        return TAUGHT_WITH.getOrDefault(subjectCode, subjectCode);
    }

    private static final String HOMEROOM_POOL = "";

    private List<StaffMember> hireStaff() {
        SplittableRandom r = random(seed, STAFF_SALT, level.ordinal());
        List<StaffMember> hired = new ArrayList<>();
        int classes = classesPerGrade * grades().size();
        int vicePrincipals = classes >= 28 ? 3 : classes >= 10 ? 2 : 1;
        hired.add(new StaffMember("CB01", adultName(r), EnumSet.of(StaffRole.PRINCIPAL), null));
        for (int i = 0; i < vicePrincipals; i++) {
            hired.add(new StaffMember(String.format("CB%02d", i + 2), adultName(r),
                    EnumSet.of(StaffRole.VICE_PRINCIPAL), null));
        }
        Map<String, Integer> teachers = new LinkedHashMap<>();
        if (level == EducationLevel.PRIMARY) {
            teachers.put(HOMEROOM_POOL, classes);
        }
        weeklyLoad().forEach((pool, periods) -> {
            if (!pool.equals(HOMEROOM_POOL)) {
                teachers.put(pool, Math.max(1, (int) Math.ceil(periods / teachingNorm() - 0.25)));
            }
        });
        if (level != EducationLevel.PRIMARY) {
            // every class needs a homeroom teacher from among the teachers
            int total = teachers.values().stream().mapToInt(Integer::intValue).sum();
            for (String pool : List.copyOf(teachers.keySet())) {
                if (total >= classes) {
                    break;
                }
                int extra = Math.min(classes - total, Math.max(1, teachers.get(pool) / 2));
                teachers.merge(pool, extra, Integer::sum);
                total += extra;
            }
        }
        int number = 1;
        for (Map.Entry<String, Integer> e : teachers.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                hired.add(new StaffMember(String.format("GV%03d", number++), adultName(r),
                        EnumSet.of(StaffRole.SUBJECT_TEACHER), e.getKey()));
            }
        }
        appointLeaders(hired);
        hired.add(new StaffMember("NV01", adultName(r), EnumSet.of(StaffRole.IT_ADMINISTRATOR), null));
        hired.add(new StaffMember("NV02", adultName(r), EnumSet.of(StaffRole.CLERK), null));
        return hired;
    }

    /** The first teacher of each group leads it; the first of its second subject, if any, is deputy. */
    private void appointLeaders(List<StaffMember> hired) {
        List<List<String>> groups = new ArrayList<>();
        if (level == EducationLevel.PRIMARY) {
            // one group per grade (tổ khối) among the class teachers, one for the specialists
            List<String> specialists = new ArrayList<>();
            hired.stream().map(StaffMember::pool).filter(p -> p != null && !p.equals(HOMEROOM_POOL)).distinct()
                    .forEach(specialists::add);
            groups.add(specialists);
            List<StaffMember> classTeachers = hired.stream().filter(m -> HOMEROOM_POOL.equals(m.pool())).toList();
            for (int i = 0; i < classTeachers.size(); i += classesPerGrade) {
                lead(hired, classTeachers.get(i), StaffRole.SUBJECT_GROUP_LEADER);
            }
        } else {
            groups.addAll(SECONDARY_GROUPS);
        }
        for (List<String> group : groups) {
            List<String> present = group.stream()
                    .filter(code -> hired.stream().anyMatch(m -> code.equals(m.pool()))).toList();
            for (int i = 0; i < Math.min(2, present.size()); i++) {
                String code = present.get(i);
                StaffMember first = hired.stream().filter(m -> code.equals(m.pool())).findFirst().orElseThrow();
                lead(hired, first, i == 0 ? StaffRole.SUBJECT_GROUP_LEADER : StaffRole.SUBJECT_SUBGROUP_LEADER);
            }
        }
    }

    private static void lead(List<StaffMember> hired, StaffMember member, StaffRole role) {
        EnumSet<StaffRole> roles = EnumSet.copyOf(member.roles());
        roles.add(role);
        hired.set(hired.indexOf(member), new StaffMember(member.id(), member.name(), roles, member.pool()));
    }

    private static String adultName(SplittableRandom r) {
        // about seven in ten teachers in Vietnamese schools are women
        return SampleData.fullName(r, r.nextInt(10) < 7 ? Gender.FEMALE : Gender.MALE);
    }

    // ---- students --------------------------------------------------------------------------

    /** The classes of the cohort entering the level's first grade in a year, each a class list. */
    private List<List<Student>> cohort(int entryYear) {
        SplittableRandom r = random(seed, COHORT_SALT, entryYear);
        int birthYear = entryYear - (level.firstGrade().number() + 5);
        Set<String> identifiers = new HashSet<>();
        List<List<Student>> classes = new ArrayList<>();
        int number = 1;
        for (int slot = 0; slot < classesPerGrade; slot++) {
            int size = 35 + r.nextInt(11);
            List<Student> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(student(r, String.format("HS%d%04d", entryYear, number++), birthYear, identifiers));
            }
            list.sort((a, b) -> VietnameseNameOrder.INSTANCE.compare(a.fullName(), b.fullName()));
            classes.add(List.copyOf(list));
        }
        return classes;
    }

    private Student student(SplittableRandom r, String id, int birthYear, Set<String> identifiers) {
        Gender gender = r.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        String name = SampleData.fullName(r, gender);
        LocalDate born = LocalDate.ofYearDay(birthYear, 1 + r.nextInt(LocalDate.of(birthYear, 1, 1).lengthOfYear()));
        String registration;
        String placeOfBirth;
        if (r.nextInt(100) < 93) {
            registration = province.code();
            placeOfBirth = province.formalName();
        } else {
            String[] elsewhere = SampleData.pick(r, SampleData.OTHER_BIRTH_PROVINCES);
            registration = elsewhere[0];
            placeOfBirth = elsewhere[1];
        }
        String ethnicity = r.nextInt(100) < province.minorityPercent()
                ? SampleData.pick(r, province.minorities()) : "Kinh";
        int sexDigit = 2 * (birthYear / 100 - 19) + (gender == Gender.FEMALE ? 1 : 0);
        String identifier;
        do {
            identifier = registration + sexDigit + String.format("%02d%06d", birthYear % 100, r.nextInt(1_000_000));
        } while (!identifiers.add(identifier));
        return new Student(id, PersonalIdentifier.parse(identifier), name, born, gender, ethnicity, placeOfBirth);
    }

    // ---- one school year -------------------------------------------------------------------

    /** Builds the roster of one year; not thread-safe, used once. */
    private final class YearBuilder {
        private final SchoolYear year;
        private final List<ClassGroup> classes = new ArrayList<>();
        private final List<Student> students = new ArrayList<>();
        private final List<Enrolment> enrolments = new ArrayList<>();
        private final List<TeachingAssignment> assignments = new ArrayList<>();
        private final Map<String, String> homeroomOf = new LinkedHashMap<>();
        private final Map<String, Set<String>> subjectsTaught = new LinkedHashMap<>();

        YearBuilder(SchoolYear year) {
            this.year = year;
        }

        SchoolRoster build() {
            List<GradeLevel> grades = grades();
            List<String> classIds = new ArrayList<>();
            List<List<Subject>> classSubjects = new ArrayList<>();
            for (GradeLevel grade : grades) {
                int entryYear = year.startYear() - (grade.number() - level.firstGrade().number());
                List<List<Student>> cohort = cohort(entryYear);
                for (int slot = 0; slot < classesPerGrade; slot++) {
                    String classId = year.startYear() + "-" + className(grade, slot);
                    classIds.add(classId);
                    classSubjects.add(subjectsOf(grade, slot));
                    for (Student s : cohort.get(slot)) {
                        students.add(s);
                        enrolments.add(new Enrolment(s.id(), classId));
                    }
                }
            }
            Map<String, Map<String, String>> teacherOf = assignSubjectTeachers(classIds, classSubjects);
            chooseHomeroomTeachers(classIds, teacherOf);
            int i = 0;
            for (GradeLevel grade : grades) {
                for (int slot = 0; slot < classesPerGrade; slot++, i++) {
                    String classId = classIds.get(i);
                    classes.add(ClassGroup.of(classId, className(grade, slot), grade, year, homeroomOf.get(classId)));
                    for (Subject s : classSubjects.get(i)) {
                        String teacher = pool(s.code()).equals(HOMEROOM_POOL)
                                ? homeroomOf.get(classId) : teacherOf.get(classId).get(s.code());
                        assignments.add(new TeachingAssignment(classId, s.code(), teacher));
                        subjectsTaught.computeIfAbsent(teacher, t -> new TreeSet<>()).add(s.code());
                    }
                }
            }
            List<Curriculum> curricula = grades.stream().map(SampleSchool.this::curriculum).toList();
            return SchoolRoster.of(school(year), year, curricula, staffOfYear(), classes, students, enrolments,
                    assignments);
        }

        /** Each class and subject to the least-loaded teacher of its pool; the homeroom pool waits. */
        private Map<String, Map<String, String>> assignSubjectTeachers(List<String> classIds,
                List<List<Subject>> classSubjects) {
            Map<String, Double> load = new LinkedHashMap<>();
            Map<String, Map<String, String>> teacherOf = new LinkedHashMap<>();
            for (int i = 0; i < classIds.size(); i++) {
                Map<String, String> bySubject = new LinkedHashMap<>();
                teacherOf.put(classIds.get(i), bySubject);
                for (Subject s : classSubjects.get(i)) {
                    String pool = pool(s.code());
                    if (pool.equals(HOMEROOM_POOL)) {
                        continue;
                    }
                    String owner = bySubject.get(pool);
                    if (owner == null) {
                        owner = staff.stream().filter(m -> pool.equals(m.pool())).map(StaffMember::id)
                                .min((a, b) -> Double.compare(load.getOrDefault(a, 0.0), load.getOrDefault(b, 0.0)))
                                .orElseThrow();
                    }
                    load.merge(owner, s.periodsPerYear() / 35.0, Double::sum);
                    bySubject.put(s.code(), owner);
                    bySubject.putIfAbsent(pool, owner);
                }
            }
            return teacherOf;
        }

        /**
         * Primary: the class teachers shuffled over the classes. Secondary: for each class in a
         * shuffled order, one of its own teachers who has no class yet, else any free teacher.
         */
        private void chooseHomeroomTeachers(List<String> classIds, Map<String, Map<String, String>> teacherOf) {
            SplittableRandom r = random(seed, HOMEROOM_SALT, year.startYear());
            List<String> candidates = new ArrayList<>(staff.stream()
                    .filter(m -> level == EducationLevel.PRIMARY ? HOMEROOM_POOL.equals(m.pool())
                            : m.pool() != null && !HOMEROOM_POOL.equals(m.pool()))
                    .map(StaffMember::id).toList());
            shuffle(candidates, r);
            Set<String> taken = new HashSet<>();
            List<String> order = new ArrayList<>(classIds);
            shuffle(order, r);
            for (String classId : order) {
                String chosen = null;
                if (level != EducationLevel.PRIMARY) {
                    List<String> own = new ArrayList<>(new TreeSet<>(teacherOf.get(classId).values()));
                    shuffle(own, r);
                    chosen = own.stream().filter(t -> !taken.contains(t)).findFirst().orElse(null);
                }
                if (chosen == null) {
                    chosen = candidates.stream().filter(t -> !taken.contains(t)).findFirst().orElseThrow();
                }
                taken.add(chosen);
                homeroomOf.put(classId, chosen);
            }
        }

        private List<Staff> staffOfYear() {
            Set<String> homeroomTeachers = new HashSet<>(homeroomOf.values());
            List<Staff> list = new ArrayList<>();
            for (StaffMember m : staff) {
                EnumSet<StaffRole> roles = EnumSet.copyOf(m.roles());
                if (homeroomTeachers.contains(m.id())) {
                    roles.add(StaffRole.HOMEROOM_TEACHER);
                }
                list.add(Staff.of(m.id(), m.name(), roles, subjectsTaught.getOrDefault(m.id(), Set.of())));
            }
            return list;
        }
    }

    // ---- randomness ------------------------------------------------------------------------

    private static <T> void shuffle(List<T> list, SplittableRandom r) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, r.nextInt(i + 1));
        }
    }

    /** An independent stream for one purpose: the seed mixed with a salt and a number. */
    private static SplittableRandom random(long seed, long salt, long number) {
        return new SplittableRandom(mix(mix(seed ^ mix(salt)) + number));
    }

    /** The finaliser of SplitMix64. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
