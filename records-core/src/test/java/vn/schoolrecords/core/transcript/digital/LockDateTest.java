package vn.schoolrecords.core.transcript.digital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.StaffRole;
import vn.schoolrecords.core.transcript.SigningPolicy;
import vn.schoolrecords.core.transcript.TranscriptYear;

/**
 * "A change after 30 June is refused unless the special-case date applies" (TT 70/2026 Điều 7;
 * QĐ 1789 TP.HCM Điều 21), golden cases on the day before, of and after each lock date, at the
 * first and the last second of the day in Vietnam, for adding a page and for replacing one.
 */
class LockDateTest {

    private static final SchoolYear Y2 = SchoolYear.of(2023);

    static Stream<Arguments> days() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (LockPolicy policy : new LockPolicy[] {LockPolicy.TT70_2026, LockPolicy.HO_CHI_MINH_CITY}) {
            LocalDate regular = policy.regular().atYear(2024);
            LocalDate special = policy.special().atYear(2024);
            // the regular date: the day before and of it open in both cases; the day after only special
            cases.add(Arguments.of(policy, LockPolicy.Case.REGULAR, regular.minusDays(1), true));
            cases.add(Arguments.of(policy, LockPolicy.Case.REGULAR, regular, true));
            cases.add(Arguments.of(policy, LockPolicy.Case.REGULAR, regular.plusDays(1), false));
            cases.add(Arguments.of(policy, LockPolicy.Case.SPECIAL, regular.minusDays(1), true));
            cases.add(Arguments.of(policy, LockPolicy.Case.SPECIAL, regular, true));
            cases.add(Arguments.of(policy, LockPolicy.Case.SPECIAL, regular.plusDays(1), true));
            // the special date: refused in the regular case, open up to it in the special case
            cases.add(Arguments.of(policy, LockPolicy.Case.REGULAR, special.minusDays(1), false));
            cases.add(Arguments.of(policy, LockPolicy.Case.REGULAR, special, false));
            cases.add(Arguments.of(policy, LockPolicy.Case.REGULAR, special.plusDays(1), false));
            cases.add(Arguments.of(policy, LockPolicy.Case.SPECIAL, special.minusDays(1), true));
            cases.add(Arguments.of(policy, LockPolicy.Case.SPECIAL, special, true));
            cases.add(Arguments.of(policy, LockPolicy.Case.SPECIAL, special.plusDays(1), false));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} {1} on {2}: open = {3}")
    @MethodSource("days")
    void aYearsPageIsAddedOnlyUpToItsLockDate(LockPolicy policy, LockPolicy.Case lockCase, LocalDate day, boolean open) {
        DigitalRecord record = created();
        TranscriptYear page = DigitalRecordTest.FULL.years().get(1);
        assertThat(page.year()).isEqualTo(Y2);
        for (Instant at : firstAndLastSecond(day)) {
            expect(() -> record.handle(new DigitalRecordCommand.AddYear(page, lockCase), "VT", StaffRole.CLERK, at,
                    policy), open, policy, lockCase);
        }
    }

    @ParameterizedTest(name = "{0} {1} on {2}: open = {3}")
    @MethodSource("days")
    void anUnissuedPageIsReplacedOnlyUpToItsLockDate(LockPolicy policy, LockPolicy.Case lockCase, LocalDate day,
            boolean open) {
        TranscriptYear page = DigitalRecordTest.FULL.years().get(1);
        // added in May, well before any lock date, then corrected on the day
        DigitalRecord record = created().handle(new DigitalRecordCommand.AddYear(page, LockPolicy.Case.REGULAR), "VT",
                StaffRole.CLERK, Instant.parse("2024-05-20T02:00:00Z"), policy).record();
        for (Instant at : firstAndLastSecond(day)) {
            expect(() -> record.handle(new DigitalRecordCommand.ReplaceYear(page, lockCase), "VT", StaffRole.CLERK, at,
                    policy), open, policy, lockCase);
        }
    }

    private static void expect(Runnable command, boolean open, LockPolicy policy, LockPolicy.Case lockCase) {
        if (open) {
            command.run();
        } else {
            assertThatThrownBy(command::run).isInstanceOfSatisfying(DigitalRecordException.class, e -> {
                assertThat(e.problem()).isEqualTo(DigitalRecordProblem.DATA_LOCKED);
                assertThat(e.schoolYear()).contains(Y2);
                assertThat(e.text().vi()).contains(policy.lastDay(Y2, lockCase).toString()).contains(policy.citation());
            });
        }
    }

    private static Instant[] firstAndLastSecond(LocalDate day) {
        return new Instant[] {day.atStartOfDay().atOffset(DigitalTranscript.VIETNAM).toInstant(),
            day.atTime(LocalTime.of(23, 59, 59)).atOffset(DigitalTranscript.VIETNAM).toInstant()};
    }

    private static DigitalRecord created() {
        return DigitalRecord.create(DigitalTranscript.of(DigitalRecordTest.firstYearOnly(), DigitalRecordTest.FIRST_CODE,
                Instant.parse("2023-06-20T02:00:00Z")), SigningPolicy.MOET_PILOT_V1, "VT", StaffRole.CLERK,
                Instant.parse("2023-06-20T02:00:00Z")).record();
    }
}
