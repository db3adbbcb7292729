package vn.schoolrecords.core.assessment;

import java.util.Arrays;
import java.util.List;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.SchoolYear;

/**
 * Chooses the circular that assesses a grade in a school year, the way
 * {@code java.time.zone.ZoneRulesProvider} chooses zone rules: by the facts, never by today's
 * date.
 *
 * <ul>
 *   <li>Primary: TT 27/2020 from 2020-2021 for grade 1, 2021-2022 grade 2, 2022-2023 grade 3,
 *       2023-2024 grade 4, 2024-2025 grade 5 (TT 27/2020 Điều 16).</li>
 *   <li>Secondary: TT 22/2021 from 2021-2022 for grade 6; 2022-2023 grades 7 and 10;
 *       2023-2024 grades 8 and 11; 2024-2025 grades 9 and 12 (TT 22/2021 Điều 21). Before
 *       that, TT 58/2011 as amended by TT 26/2020 from 2020-2021, and TT 58/2011 from 2011-2012.</li>
 *   <li>Continuing education: TT 43/2021 on the same grade schedule as TT 22/2021 (Điều 19).</li>
 * </ul>
 * Example: grade 9 in 2023-2024 is TT 58 + TT 26; grade 8 in 2023-2024 is TT 22.
 */
public final class AssessmentRulesProvider {

    private AssessmentRulesProvider() {
    }

    /**
     * The regime that assesses a grade of a level in a school year.
     *
     * @param level the education level, not null
     * @param grade the grade, which the level must include, not null
     * @param year the school year, not null
     * @return the regime, not null
     * @throws InvalidValueException if the level does not teach the grade
     * @throws RegimeNotCoveredException if no regime of this library applies
     */
    public static Regime regimeFor(EducationLevel level, GradeLevel grade, SchoolYear year) {
        if (!level.includes(grade)) {
            throw InvalidValueException.of("grade", "Grade.level", LocalizedText.of(
                    level.vietnameseName() + " không có khối lớp " + grade.number(),
                    level.abbreviation() + " does not teach grade " + grade.number()), grade.number());
        }
        return switch (level) {
            case PRIMARY -> primary(grade, year);
            case LOWER_SECONDARY, UPPER_SECONDARY -> secondary(grade, year);
            case CONTINUING -> continuing(grade, year);
        };
    }

    /**
     * The rules that assess a grade of a level in a school year.
     *
     * @param level the education level, not null
     * @param grade the grade, not null
     * @param year the school year, not null
     * @return the rules, not null
     * @throws InvalidValueException if the level does not teach the grade
     * @throws RegimeNotCoveredException if no regime of this library applies
     */
    public static AssessmentRules rulesFor(EducationLevel level, GradeLevel grade, SchoolYear year) {
        return rulesOf(regimeFor(level, grade, year));
    }

    /**
     * The default rules of a regime.
     *
     * @param regime the regime, not null
     * @return its rules with their default policies, not null
     */
    public static AssessmentRules rulesOf(Regime regime) {
        // Each regime's rules are wired here, one case line per regime.
        return switch (regime) {
            case TT58_2011 -> Tt58Rules.original();
            case TT58_TT26_2020 -> Tt58Rules.amendedByTt26();
            case TT27_2020 -> Tt27Rules.of();
            case TT22_2021 -> Tt22Rules.standard();
            case TT43_2021 -> Tt43Rules.standard();
        };
    }

    /**
     * Every regime this provider knows, oldest first by the day its circular came into force,
     * like {@code ZoneRulesProvider.getVersions}.
     *
     * @return the regimes, not null
     */
    public static List<Regime> versions() {
        return Arrays.stream(Regime.values())
                .sorted((a, b) -> a.inForce().compareTo(b.inForce()))
                .toList();
    }

    /**
     * The first school year in which TT 22/2021 (and TT 43/2021) assesses a secondary grade.
     *
     * @param grade a grade from 6 to 12, not null
     * @return the first school year, not null
     */
    public static SchoolYear firstSecondaryYearOfTt22(GradeLevel grade) {
        int start = switch (grade.number()) {
            case 6 -> 2021;
            case 7, 10 -> 2022;
            case 8, 11 -> 2023;
            case 9, 12 -> 2024;
            default -> throw new IllegalArgumentException("TT 22/2021 covers grades 6 to 12, not " + grade.number());
        };
        return SchoolYear.of(start);
    }

    /**
     * The first school year in which TT 27/2020 assesses a primary grade.
     *
     * @param grade a grade from 1 to 5, not null
     * @return the first school year, not null
     */
    public static SchoolYear firstPrimaryYearOfTt27(GradeLevel grade) {
        if (grade.number() > 5) {
            throw new IllegalArgumentException("TT 27/2020 covers grades 1 to 5, not " + grade.number());
        }
        return SchoolYear.of(2019 + grade.number());
    }

    private static Regime primary(GradeLevel grade, SchoolYear year) {
        if (year.isAtLeast(firstPrimaryYearOfTt27(grade))) {
            return Regime.TT27_2020;
        }
        throw notCovered(grade, year, "TT 30/2014/TT-BGDĐT (sửa đổi bởi TT 22/2016/TT-BGDĐT)");
    }

    private static Regime secondary(GradeLevel grade, SchoolYear year) {
        if (year.isAtLeast(firstSecondaryYearOfTt22(grade))) {
            return Regime.TT22_2021;
        }
        if (year.isAtLeast(SchoolYear.of(2020))) {
            return Regime.TT58_TT26_2020;
        }
        if (year.isAtLeast(SchoolYear.of(2011))) {
            return Regime.TT58_2011;
        }
        throw notCovered(grade, year, "Quy chế ban hành kèm QĐ 40/2006/QĐ-BGDĐT");
    }

    private static Regime continuing(GradeLevel grade, SchoolYear year) {
        if (year.isAtLeast(firstSecondaryYearOfTt22(grade))) {
            return Regime.TT43_2021;
        }
        throw notCovered(grade, year, "QĐ 02/2007/QĐ-BGDĐT (VBHN 06/VBHN-BGDĐT)");
    }

    private static RegimeNotCoveredException notCovered(GradeLevel grade, SchoolYear year, String regulation) {
        return new RegimeNotCoveredException(LocalizedText.of(
                "khối " + grade.number() + " năm học " + year + " được đánh giá theo " + regulation
                        + ", thư viện chưa hỗ trợ",
                "grade " + grade.number() + " in " + year + " is assessed under " + regulation
                        + ", which this library does not cover"));
    }
}
