package vn.schoolrecords.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.schoolrecords.core.register.RegisterFixtures.ROSTER;
import static vn.schoolrecords.core.register.RegisterFixtures.SCHOOL;
import static vn.schoolrecords.core.register.RegisterFixtures.T0;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.school.SchoolYear;

/** Whatever commands are accepted or rejected, replaying the events rebuilds the same register. */
class RegisterReplayProperties {

    @Provide
    Arbitrary<List<StudentRegisterCommand>> studentCommands() {
        Arbitrary<Integer> who = Arbitraries.integers().between(0, 7);
        Arbitrary<Integer> number = Arbitraries.integers().between(1, 9);
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 1100).map(d -> LocalDate.of(2024, 8, 1).plusDays(d));
        Arbitrary<String> school = Arbitraries.of(SCHOOL, "79000888", "79000999");
        Arbitrary<StudentRegisterCommand> command = Arbitraries.oneOf(
                Combinators.combine(who, day).as((w, d) -> new StudentRegisterCommand.Enrol(ROSTER.students().get(w), d)),
                Combinators.combine(who, school, day).as((w, s, d) ->
                        new StudentRegisterCommand.TransferIn(ROSTER.students().get(w), s, d)),
                Combinators.combine(number, Arbitraries.integers().between(2023, 2027), Arbitraries.of("10A1", "11A2"))
                        .as((n, y, c) -> new StudentRegisterCommand.RecordYear(n, SchoolYear.of(y), c, "Được lên lớp")),
                Combinators.combine(number, school, day).as(StudentRegisterCommand.TransferOut::new),
                day.map(d -> new StudentRegisterCommand.Close(d, "GV001")));
        return command.list().ofMaxSize(25);
    }

    @Property(tries = 200)
    void studentRegisterReplaysToTheSameState(@ForAll("studentCommands") List<StudentRegisterCommand> commands) {
        RegisterDecision<StudentRegister, StudentRegisterEvent> d =
                StudentRegister.open(SCHOOL, SchoolYear.of(2024), SchoolYear.of(2026), T0);
        List<StudentRegisterEvent> events = new ArrayList<>(d.events());
        StudentRegister state = d.state();
        int i = 0;
        for (StudentRegisterCommand c : commands) {
            try {
                d = state.handle(c, T0.plusSeconds(++i));
                assertThat(d.events()).hasSize(1);
                events.addAll(d.events());
                state = d.state();
            } catch (RecordsException rejected) {
                // The state is untouched; the next command starts from it.
            }
        }
        assertThat(StudentRegister.replay(events)).isEqualTo(state);
        List<StudentRegisterEvent> readBack = events.stream()
                .map(e -> RecordsJson.read(RecordsJson.write(e), StudentRegisterEvent.class)).toList();
        assertThat(StudentRegister.replay(readBack)).isEqualTo(state);
        assertThat(RecordsJson.read(RecordsJson.write(state), StudentRegister.class)).isEqualTo(state);
        // Independent of apply(): the state agrees with a count of the events.
        long enrolled = events.stream().filter(e -> e instanceof StudentRegisterEvent.Enrolled).count();
        long left = events.stream().filter(e -> e instanceof StudentRegisterEvent.TransferredOut).count();
        assertThat(state.entries()).hasSize((int) enrolled);
        assertThat(state.entries().stream().filter(StudentRegisterEntry::isActive).count()).isEqualTo(enrolled - left);
        assertThat(state.isClosed()).isEqualTo(events.get(events.size() - 1) instanceof StudentRegisterEvent.Closed);
        assertThat(state.lastRecordedAt()).isEqualTo(events.get(events.size() - 1).recordedAt());
        assertThat(state.entries()).extracting(StudentRegisterEntry::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, state.entries().size()).boxed().toList());
    }

    @Provide
    Arbitrary<List<StaffRegisterCommand>> staffCommands() {
        Arbitrary<Integer> who = Arbitraries.integers().between(0, 5);
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
        Arbitrary<String> school = Arbitraries.of(SCHOOL, "79000888");
        Arbitrary<String> id = who.map(w -> ROSTER.staff().get(w).id());
        Arbitrary<StaffRegisterCommand> command = Arbitraries.oneOf(
                Combinators.combine(who, day).as((w, d) -> new StaffRegisterCommand.Appoint(ROSTER.staff().get(w), d)),
                Combinators.combine(who, school, day).as((w, s, d) ->
                        new StaffRegisterCommand.TransferIn(ROSTER.staff().get(w), s, d)),
                Combinators.combine(id, school, day).as(StaffRegisterCommand.Leave::transferOut),
                Combinators.combine(id, day).as(StaffRegisterCommand.Leave::retirement),
                Combinators.combine(id, day).as(StaffRegisterCommand.Leave::resignation));
        return command.list().ofMaxSize(25);
    }

    @Property(tries = 200)
    void staffRegisterReplaysToTheSameState(@ForAll("staffCommands") List<StaffRegisterCommand> commands) {
        RegisterDecision<StaffRegister, StaffRegisterEvent> d = StaffRegister.open(SCHOOL, T0);
        List<StaffRegisterEvent> events = new ArrayList<>(d.events());
        StaffRegister state = d.state();
        int i = 0;
        for (StaffRegisterCommand c : commands) {
            try {
                d = state.handle(c, T0.plusSeconds(++i));
                events.addAll(d.events());
                state = d.state();
            } catch (RecordsException rejected) {
                // Untouched.
            }
        }
        assertThat(StaffRegister.replay(events)).isEqualTo(state);
        assertThat(RecordsJson.read(RecordsJson.write(state), StaffRegister.class)).isEqualTo(state);
        for (StaffRegisterEvent e : events) {
            assertThat(RecordsJson.read(RecordsJson.write(e), StaffRegisterEvent.class)).isEqualTo(e);
        }
    }
}
