package vn.schoolrecords.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.register.RegisterFixtures.ROSTER;
import static vn.schoolrecords.core.register.RegisterFixtures.SCHOOL;
import static vn.schoolrecords.core.register.RegisterFixtures.T0;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.register.StudentRegisterCommand.Close;
import vn.schoolrecords.core.register.StudentRegisterCommand.Enrol;
import vn.schoolrecords.core.register.StudentRegisterCommand.RecordYear;
import vn.schoolrecords.core.register.StudentRegisterCommand.TransferIn;
import vn.schoolrecords.core.register.StudentRegisterCommand.TransferOut;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Student;

class StudentRegisterTest {

    private final List<StudentRegisterEvent> events = new ArrayList<>();
    private StudentRegister register;

    private void run(StudentRegisterCommand command) {
        RegisterDecision<StudentRegister, StudentRegisterEvent> d = register.handle(command, T0.plusSeconds(events.size()));
        events.addAll(d.events());
        register = d.state();
    }

    private StudentRegister openedWithTwoStudents() {
        RegisterDecision<StudentRegister, StudentRegisterEvent> d =
                StudentRegister.open(SCHOOL, SchoolYear.of(2024), SchoolYear.of(2026), T0);
        events.addAll(d.events());
        register = d.state();
        run(new Enrol(student(0), LocalDate.of(2024, 8, 5)));
        run(new TransferIn(student(1), "79000999", LocalDate.of(2024, 9, 20)));
        return register;
    }

    private static Student student(int i) {
        return ROSTER.students().get(i);
    }

    @Test
    void enrolmentsGetConsecutiveRegisterNumbers() {
        openedWithTwoStudents();
        assertThat(register.entries()).extracting(StudentRegisterEntry::number).containsExactly(1, 2);
        assertThat(register.entry(2).transferredFrom()).contains("79000999");
        assertThat(StudentRegister.replay(events)).isEqualTo(register);
    }

    @Test
    void anActiveStudentsRegisterNumberIsCitedWithTheCohortAndReadBack() {
        openedWithTwoStudents();
        RegisterNumber first = register.registerNumberOf(student(0).id()).orElseThrow();

        assertThat(first).isEqualTo(RegisterNumber.of(register.firstYear(), 1));
        assertThat(first.toString()).isEqualTo("1/" + register.firstYear());
        assertThat(RegisterNumber.parse(first.toString())).isEqualTo(first);
        run(new TransferOut(2, "79000888", LocalDate.of(2025, 1, 10)));
        assertThat(register.registerNumberOf(student(1).id())).isEmpty();
    }

    @Test
    void aFullCourseIsUpdatedYearlyAndClosed() {
        openedWithTwoStudents();
        run(new RecordYear(1, SchoolYear.of(2024), "10A1", "Được lên lớp"));
        run(new TransferOut(2, "79000888", LocalDate.of(2025, 1, 10)));
        run(new RecordYear(1, SchoolYear.of(2025), "11A1", "Được lên lớp"));
        run(new Close(LocalDate.of(2027, 6, 30), "GV001"));
        assertThat(register.isClosed()).isTrue();
        assertThat(register.entry(1).years()).hasSize(2);
        assertThat(register.entry(2).isActive()).isFalse();
        assertThat(StudentRegister.replay(events)).isEqualTo(register);
    }

    @Test
    void closingTwiceIsRejected() {
        openedWithTwoStudents();
        run(new Close(LocalDate.of(2027, 6, 30), "GV001"));
        StudentRegister closed = register;
        assertThatThrownBy(() -> closed.handle(new Close(LocalDate.of(2027, 7, 1), "GV001"), T0))
                .isInstanceOfSatisfying(RegisterClosedException.class, e -> {
                    assertThat(e.code()).isEqualTo("REGISTER_CLOSED");
                    assertThat(e.closedOn()).isEqualTo(LocalDate.of(2027, 6, 30));
                    assertThat(e.text().vi()).contains("đã khóa");
                });
        assertThatThrownBy(() -> closed.handle(new Enrol(student(5), LocalDate.of(2027, 7, 1)), T0))
                .isInstanceOf(RegisterClosedException.class);
    }

    @Test
    void aTransferToOrFromTheSameSchoolIsRejected() {
        openedWithTwoStudents();
        StudentRegister r = register;
        assertThatThrownBy(() -> r.handle(new TransferOut(1, SCHOOL, LocalDate.of(2025, 1, 1)), T0))
                .isInstanceOfSatisfying(SameSchoolTransferException.class, e -> {
                    assertThat(e.code()).isEqualTo("TRANSFER_TO_SAME_SCHOOL");
                    assertThat(e.schoolCode()).isEqualTo(SCHOOL);
                });
        assertThatThrownBy(() -> r.handle(new TransferIn(student(3), SCHOOL, LocalDate.of(2025, 1, 1)), T0))
                .isInstanceOf(SameSchoolTransferException.class);
    }

    @Test
    void conflictsAreTyped() {
        openedWithTwoStudents();
        StudentRegister r = register;
        assertReason(() -> r.handle(new Enrol(student(0), LocalDate.of(2024, 9, 1)), T0),
                RegisterConflictException.Reason.ALREADY_REGISTERED);
        assertReason(() -> r.handle(new TransferOut(9, "X1", LocalDate.of(2025, 1, 1)), T0),
                RegisterConflictException.Reason.UNKNOWN_ENTRY);
        assertReason(() -> r.handle(new RecordYear(1, SchoolYear.of(2027), "12A1", "x"), T0),
                RegisterConflictException.Reason.YEAR_OUTSIDE_COURSE);
        assertReason(() -> r.handle(new TransferOut(1, "X1", LocalDate.of(2024, 8, 4)), T0),
                RegisterConflictException.Reason.DATE_OUT_OF_ORDER);
        assertReason(() -> r.handle(new Close(LocalDate.of(2024, 9, 19), "GV001"), T0),
                RegisterConflictException.Reason.DATE_OUT_OF_ORDER);
        run(new RecordYear(1, SchoolYear.of(2024), "10A1", "Được lên lớp"));
        StudentRegister r2 = register;
        assertReason(() -> r2.handle(new RecordYear(1, SchoolYear.of(2024), "10A1", "x"), T0),
                RegisterConflictException.Reason.YEAR_ALREADY_RECORDED);
        run(new TransferOut(1, "X1", LocalDate.of(2025, 1, 1)));
        StudentRegister r3 = register;
        assertReason(() -> r3.handle(new TransferOut(1, "X2", LocalDate.of(2025, 1, 2)), T0),
                RegisterConflictException.Reason.ALREADY_LEFT);
        // A student who left may come back under a new number.
        run(new TransferIn(student(0), "X1", LocalDate.of(2025, 9, 1)));
        assertThat(register.entries()).hasSize(3);
    }

    @Test
    void replayWithoutAnOpeningIsRejected() {
        openedWithTwoStudents();
        assertReason(() -> StudentRegister.replay(events.subList(1, events.size())),
                RegisterConflictException.Reason.NOT_OPENED);
        assertReason(() -> StudentRegister.replay(List.of()), RegisterConflictException.Reason.NOT_OPENED);
    }

    @Test
    void stateAndEventsRoundTripThroughJsonAndTheStateConformsToItsSchema() {
        openedWithTwoStudents();
        run(new RecordYear(1, SchoolYear.of(2024), "10A1", "Được lên lớp"));
        run(new TransferOut(2, "79000888", LocalDate.of(2025, 1, 10)));
        run(new Close(LocalDate.of(2027, 6, 30), "GV001"));
        String json = RecordsJson.write(register);
        assertThat(RecordsJson.read(json, StudentRegister.class)).isEqualTo(register);
        assertThat(RegisterFixtures.schemaErrors(StudentRegister.SCHEMA_RESOURCE, json)).isEmpty();
        assertThat(RegisterFixtures.schemaErrors(StudentRegister.SCHEMA_RESOURCE, json.replace("\"entries\"", "\"lines\"")))
                .isNotEmpty();
        for (StudentRegisterEvent e : events) {
            assertThat(RecordsJson.read(RecordsJson.write(e), StudentRegisterEvent.class)).isEqualTo(e);
        }
    }

    private static void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
            RegisterConflictException.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RegisterConflictException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
