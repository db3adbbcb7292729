package vn.schoolrecords.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.register.RegisterFixtures.ROSTER;
import static vn.schoolrecords.core.register.RegisterFixtures.SCHOOL;
import static vn.schoolrecords.core.register.RegisterFixtures.T0;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.register.StaffRegisterCommand.Appoint;
import vn.schoolrecords.core.register.StaffRegisterCommand.Leave;
import vn.schoolrecords.core.register.StaffRegisterCommand.TransferIn;
import vn.schoolrecords.core.register.StaffRegisterEvent.LeavingKind;

class StaffRegisterTest {

    private final List<StaffRegisterEvent> events = new ArrayList<>();
    private StaffRegister register;

    private void run(StaffRegisterCommand c) {
        RegisterDecision<StaffRegister, StaffRegisterEvent> d = register.handle(c, T0.plusSeconds(events.size()));
        events.addAll(d.events());
        register = d.state();
    }

    private void openWithThree() {
        RegisterDecision<StaffRegister, StaffRegisterEvent> d = StaffRegister.open(SCHOOL, T0);
        events.addAll(d.events());
        register = d.state();
        run(new Appoint(ROSTER.staff().get(0), LocalDate.of(2010, 9, 1)));
        run(new TransferIn(ROSTER.staff().get(1), "79000999", LocalDate.of(2018, 8, 15)));
        run(new Appoint(ROSTER.staff().get(2), LocalDate.of(2015, 9, 1)));
    }

    @Test
    void everyPersonnelChangeIsRecordedWithItsDate() {
        openWithThree();
        run(Leave.retirement(ROSTER.staff().get(0).id(), LocalDate.of(2025, 6, 30)));
        run(Leave.transferOut(ROSTER.staff().get(1).id(), "79000888", LocalDate.of(2025, 8, 1)));
        run(Leave.resignation(ROSTER.staff().get(2).id(), LocalDate.of(2025, 10, 1)));
        assertThat(register.entries()).extracting(e -> e.leaving().map(StaffRegisterEntry.Leaving::kind).orElseThrow())
                .containsExactly(LeavingKind.RETIREMENT, LeavingKind.TRANSFER_OUT, LeavingKind.RESIGNATION);
        assertThat(register.entry(2).transferredFrom()).contains("79000999");
        assertThat(register.entry(2).leaving().flatMap(StaffRegisterEntry.Leaving::toSchoolCode)).contains("79000888");
        assertThat(StaffRegister.replay(events)).isEqualTo(register);
        String json = RecordsJson.write(register);
        assertThat(RecordsJson.read(json, StaffRegister.class)).isEqualTo(register);
        assertThat(RegisterFixtures.schemaErrors(StaffRegister.SCHEMA_RESOURCE, json)).isEmpty();
        assertThat(RegisterFixtures.schemaErrors(StaffRegister.SCHEMA_RESOURCE, json.replace("RETIREMENT", "FIRED")))
                .isNotEmpty();
    }

    @Test
    void aTransferToOrFromTheSameSchoolIsRejected() {
        openWithThree();
        StaffRegister r = register;
        assertThatThrownBy(() -> r.handle(Leave.transferOut(ROSTER.staff().get(0).id(), SCHOOL, LocalDate.of(2025, 1, 1)), T0))
                .isInstanceOf(SameSchoolTransferException.class);
        assertThatThrownBy(() -> r.handle(new TransferIn(ROSTER.staff().get(4), SCHOOL, LocalDate.of(2025, 1, 1)), T0))
                .isInstanceOf(SameSchoolTransferException.class);
    }

    @Test
    void leavingTwiceOrBeforeJoiningOrJoiningTwiceIsRejected() {
        openWithThree();
        String first = ROSTER.staff().get(0).id();
        StaffRegister r = register;
        assertThatThrownBy(() -> r.handle(Leave.retirement(first, LocalDate.of(2009, 1, 1)), T0))
                .isInstanceOfSatisfying(RegisterConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(RegisterConflictException.Reason.DATE_OUT_OF_ORDER));
        assertThatThrownBy(() -> r.handle(new Appoint(ROSTER.staff().get(0), LocalDate.of(2020, 1, 1)), T0))
                .isInstanceOfSatisfying(RegisterConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(RegisterConflictException.Reason.ALREADY_REGISTERED));
        run(Leave.resignation(first, LocalDate.of(2020, 1, 1)));
        StaffRegister r2 = register;
        assertThatThrownBy(() -> r2.handle(Leave.retirement(first, LocalDate.of(2021, 1, 1)), T0))
                .isInstanceOfSatisfying(RegisterConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(RegisterConflictException.Reason.UNKNOWN_ENTRY));
    }

    @Test
    void aReceivingSchoolIsNamedExactlyForATransferOut() {
        assertThatThrownBy(() -> new Leave("GV1", LeavingKind.RETIREMENT, Optional.of("X"), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Leave("GV1", LeavingKind.TRANSFER_OUT, Optional.empty(), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
    }
}
