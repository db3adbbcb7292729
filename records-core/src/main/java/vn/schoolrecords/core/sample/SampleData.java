package vn.schoolrecords.core.sample;

import java.util.List;
import java.util.SplittableRandom;

import vn.schoolrecords.core.school.Gender;

/**
 * Names and places the sample generator draws from. Frequencies of family names follow the
 * commonly cited shares (Nguyễn about 38 %, Trần 11 %, Lê 9.5 %, …); place names are
 * illustrative and not a gazetteer.
 */
final class SampleData {

    private SampleData() {
    }

    /** A province (tỉnh) with the code of its birth registrations and a few local places. */
    record Province(String code, String name, String prefix, List<String[]> places, List<String> minorities,
            int minorityPercent) {

        /** @return e.g. {@code tỉnh Quảng Ngãi} */
        String formalName() {
            return prefix + " " + name;
        }
    }

    /** Provinces where sample schools stand: {district before 2025, ward or commune since}. */
    static final List<Province> SCHOOL_PROVINCES = List.of(
            new Province("051", "Quảng Ngãi", "tỉnh", List.of(
                    new String[] {"thành phố Quảng Ngãi", "phường Cẩm Thành"},
                    new String[] {"huyện Tư Nghĩa", "xã Tư Nghĩa"},
                    new String[] {"huyện Bình Sơn", "xã Bình Sơn"},
                    new String[] {"huyện Sơn Tịnh", "xã Sơn Tịnh"}),
                    List.of("Hrê", "Cor", "Xơ Đăng"), 8),
            new Province("038", "Thanh Hóa", "tỉnh", List.of(
                    new String[] {"thành phố Thanh Hóa", "phường Hạc Thành"},
                    new String[] {"huyện Thọ Xuân", "xã Thọ Xuân"},
                    new String[] {"huyện Hoằng Hóa", "xã Hoằng Hóa"}),
                    List.of("Mường", "Thái", "H'Mông"), 10),
            new Province("031", "Hải Phòng", "thành phố", List.of(
                    new String[] {"quận Lê Chân", "phường Lê Chân"},
                    new String[] {"quận Ngô Quyền", "phường Gia Viên"},
                    new String[] {"huyện Thủy Nguyên", "phường Thủy Nguyên"}),
                    List.of("Hoa", "Tày"), 2),
            new Province("001", "Hà Nội", "thành phố", List.of(
                    new String[] {"quận Cầu Giấy", "phường Cầu Giấy"},
                    new String[] {"quận Đống Đa", "phường Đống Đa"},
                    new String[] {"huyện Ba Vì", "xã Ba Vì"}),
                    List.of("Mường", "Dao", "Tày"), 3),
            new Province("040", "Nghệ An", "tỉnh", List.of(
                    new String[] {"thành phố Vinh", "phường Trường Vinh"},
                    new String[] {"huyện Diễn Châu", "xã Diễn Châu"},
                    new String[] {"huyện Quỳnh Lưu", "xã Quỳnh Lưu"}),
                    List.of("Thái", "Khơ Mú", "H'Mông"), 9));

    /** Provinces where a student's birth may have been registered elsewhere: {code, formal name}. */
    static final List<String[]> OTHER_BIRTH_PROVINCES = List.of(
            new String[] {"001", "thành phố Hà Nội"},
            new String[] {"042", "tỉnh Hà Tĩnh"},
            new String[] {"046", "tỉnh Thừa Thiên Huế"},
            new String[] {"048", "thành phố Đà Nẵng"},
            new String[] {"049", "tỉnh Quảng Nam"},
            new String[] {"052", "tỉnh Bình Định"},
            new String[] {"062", "tỉnh Kon Tum"},
            new String[] {"066", "tỉnh Đắk Lắk"},
            new String[] {"074", "tỉnh Bình Dương"},
            new String[] {"079", "Thành phố Hồ Chí Minh"});

    /** People and events schools are commonly named after. */
    static final List<String> PRIMARY_NAMES = List.of(
            "Kim Đồng", "Võ Thị Sáu", "Nguyễn Văn Trỗi", "Lê Văn Tám", "Hoa Sen", "Nguyễn Bá Ngọc",
            "Trần Quốc Toản", "Họa Mi");
    static final List<String> SECONDARY_NAMES = List.of(
            "Nguyễn Du", "Chu Văn An", "Lê Quý Đôn", "Trần Phú", "Nguyễn Trãi", "Phan Bội Châu",
            "Trần Hưng Đạo", "Lý Tự Trọng", "Quang Trung", "Lê Lợi", "Nguyễn Khuyến", "Huỳnh Thúc Kháng");

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Cao", "Hà", "Đào", "Lương", "Tạ"};
    /** Per mille, in the order of {@link #FAMILY}; the rest share what is left. */
    private static final int[] FAMILY_WEIGHTS = {
        380, 110, 95, 70, 30, 21, 45, 20, 19, 21, 20, 14, 13, 13, 10, 5, 15, 12, 8, 10, 8, 10, 8, 7, 6};

    private static final String[] MALE_MIDDLE = {
        "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Gia", "Hoàng", "Thành", "Tuấn", "Anh",
        "Bảo", "Nhật", "Đình", "Xuân", "Trọng"};
    private static final String[] FEMALE_MIDDLE = {
        "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Khánh", "Phương", "Bảo", "Hoài", "Mai",
        "Diệu", "Kim", "Thùy", "Hồng", "Quỳnh"};
    private static final String[] SECOND_MIDDLE = {
        "Anh", "Bảo", "Gia", "Minh", "Ngọc", "Thanh", "Hoàng", "Phương", "Kim", "Khánh"};
    private static final String[] MALE_GIVEN = {
        "An", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Đức", "Hải", "Hiếu", "Hoàng", "Huy",
        "Hùng", "Khang", "Khánh", "Khoa", "Khôi", "Kiên", "Lâm", "Long", "Lộc", "Minh", "Nam",
        "Nghĩa", "Nhân", "Phát", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành",
        "Thịnh", "Tiến", "Toàn", "Trí", "Trung", "Tuấn", "Vinh", "Việt", "Vũ", "Hưng", "Tùng"};
    private static final String[] FEMALE_GIVEN = {
        "Anh", "Ánh", "Châu", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hân", "Hằng", "Hạnh", "Hoa",
        "Huyền", "Hương", "Lan", "Linh", "Loan", "Mai", "My", "Ngân", "Nga", "Ngọc", "Nhi", "Nhung",
        "Oanh", "Phương", "Quỳnh", "Tâm", "Thảo", "Thư", "Trang", "Trâm", "Tuyết", "Uyên", "Vân",
        "Vy", "Yến", "Như", "Thủy", "Hồng"};

    /**
     * A full name (họ và tên): family name, one or two middle names (tên đệm), given name.
     *
     * @param r the random source
     * @param gender the gender the name suits
     * @return e.g. {@code Nguyễn Thị Ánh Tuyết}
     */
    static String fullName(SplittableRandom r, Gender gender) {
        String family = family(r);
        boolean male = gender == Gender.MALE;
        String middle = pick(r, male ? MALE_MIDDLE : FEMALE_MIDDLE);
        StringBuilder name = new StringBuilder(family).append(' ').append(middle);
        if (r.nextInt(100) < 15) {
            String second = pick(r, SECOND_MIDDLE);
            if (!second.equals(middle)) {
                name.append(' ').append(second);
            }
        }
        String given = pick(r, male ? MALE_GIVEN : FEMALE_GIVEN);
        if (given.equals(middle)) {
            given = pick(r, male ? MALE_GIVEN : FEMALE_GIVEN);
        }
        return name.append(' ').append(given).toString();
    }

    private static String family(SplittableRandom r) {
        int total = 0;
        for (int w : FAMILY_WEIGHTS) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < FAMILY.length; i++) {
            x -= FAMILY_WEIGHTS[i];
            if (x < 0) {
                return FAMILY[i];
            }
        }
        return FAMILY[0];
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    static String pick(SplittableRandom r, String[] items) {
        return items[r.nextInt(items.length)];
    }
}
