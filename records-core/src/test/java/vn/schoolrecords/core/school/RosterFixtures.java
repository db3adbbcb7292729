package vn.schoolrecords.core.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Fixed rosters of the tests: one valid value that each test then breaks in one way. */
public final class RosterFixtures {

    private RosterFixtures() {
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
