package vn.schoolrecords.core.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.register.RegisterConflictException.Reason;
import vn.schoolrecords.core.register.StudentRegisterCommand.Close;
import vn.schoolrecords.core.register.StudentRegisterCommand.Enrol;
import vn.schoolrecords.core.register.StudentRegisterCommand.RecordYear;
import vn.schoolrecords.core.register.StudentRegisterCommand.TransferIn;
import vn.schoolrecords.core.register.StudentRegisterCommand.TransferOut;
import vn.schoolrecords.core.register.StudentRegisterEvent.Closed;
import vn.schoolrecords.core.register.StudentRegisterEvent.Enrolled;
import vn.schoolrecords.core.register.StudentRegisterEvent.Opened;
import vn.schoolrecords.core.register.StudentRegisterEvent.TransferredOut;
import vn.schoolrecords.core.register.StudentRegisterEvent.YearRecorded;
import vn.schoolrecords.core.register.StudentRegisterEntry.Transfer;
import vn.schoolrecords.core.register.StudentRegisterEntry.YearUpdate;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Student;

/**
 * The student register (sổ đăng bộ học sinh) of one cohort (khóa học) of one school: every
 * student enrolled or transferred in under a register number, updated each year, transferred
 * out, and closed at the end of the course (001 §2.3). JSON schema {@value #SCHEMA}, resource
 * {@value #SCHEMA_RESOURCE}.
 *
 * <p>A pure workflow: {@link #open} and {@link #handle} return the new state with its events, or
 * throw a typed {@link vn.schoolrecords.core.RecordsException}; {@link #replay} rebuilds the same
 * state from the events. Nothing reads the clock: the caller passes the instant of recording.
 *
 * <pre>{@code
 * var d = StudentRegister.open("79000701", SchoolYear.of(2024), SchoolYear.of(2026), now);
 * d = d.state().handle(new Enrol(student, LocalDate.of(2024, 8, 5)), now);
 * assert StudentRegister.replay(allEvents).equals(d.state());
 * }</pre>
 *
 * @param schema always {@value #SCHEMA}
 * @param schoolCode the school's code, not blank
 * @param firstYear the cohort's first school year, not null
 * @param lastYear the cohort's last school year, not before the first, not null
 * @param entries the entries, in register-number order 1, 2, 3 …, not null
 * @param closedOn the date of closing, or empty while open
 * @param closedBy who closed it, present exactly when closed
 * @param lastRecordedAt the instant of the latest event, not null
 */
public record StudentRegister(String schema, String schoolCode, SchoolYear firstYear, SchoolYear lastYear,
        List<StudentRegisterEntry> entries, Optional<LocalDate> closedOn, Optional<String> closedBy,
        Instant lastRecordedAt) {

    /** The schema and version of the document. */
    public static final String SCHEMA = "student-register/1";

    /** The JSON Schema resource of the document. */
    public static final String SCHEMA_RESOURCE = "/schema/student-register-1.schema.json";

    /**
     * Checks presence, the schema, the course and the numbering.
     *
     * @throws InvalidValueException if a value breaks a rule
     */
    public StudentRegister {
        if (!SCHEMA.equals(schema)) {
            throw InvalidValueException.of("schema", "Schema.version", LocalizedText.of(
                    "lược đồ phải là " + SCHEMA, "the schema must be " + SCHEMA), schema);
        }
        StudentRegisterEntry.nonBlank("schoolCode", schoolCode);
        Objects.requireNonNull(firstYear, "firstYear");
        Objects.requireNonNull(lastYear, "lastYear");
        entries = List.copyOf(entries);
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(lastRecordedAt, "lastRecordedAt");
        if (lastYear.compareTo(firstYear) < 0 || lastYear.startYear() - firstYear.startYear() > 5) {
            throw InvalidValueException.of("lastYear", "StudentRegister.course", LocalizedText.of(
                    "khóa học kéo dài từ 1 đến 6 năm học, năm cuối không trước năm đầu",
                    "a course lasts 1 to 6 school years, the last not before the first"), lastYear);
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).number() != i + 1) {
                throw InvalidValueException.of("entries[" + i + "].number", "StudentRegister.numbering",
                        LocalizedText.of("số đăng bộ phải liên tiếp từ 1", "register numbers run 1, 2, 3 …"),
                        entries.get(i).number());
            }
        }
        if (closedOn.isPresent() != closedBy.isPresent()) {
            throw InvalidValueException.of("closedBy", "StudentRegister.closedBy", LocalizedText.of(
                    "ngày khóa sổ và người khóa sổ phải cùng có", "closing date and signer go together"), closedBy);
        }
    }

    /**
     * Opens the register of a cohort.
     *
     * @param schoolCode the school's code, not blank
     * @param firstYear the cohort's first school year, not null
     * @param lastYear the cohort's last school year, not null
     * @param at the instant of recording, not null
     * @return the empty register and its {@link Opened} event, not null
     * @throws InvalidValueException if a value breaks a rule
     */
    public static RegisterDecision<StudentRegister, StudentRegisterEvent> open(String schoolCode, SchoolYear firstYear,
            SchoolYear lastYear, Instant at) {
        Opened opened = new Opened(schoolCode, firstYear, lastYear, Objects.requireNonNull(at, "at"));
        return new RegisterDecision<>(apply(Optional.empty(), opened), List.of(opened));
    }

    /**
     * Decides a command.
     *
     * @param command the command, not null
     * @param at the instant of recording, not null
     * @return the new state and its events, not null
     * @throws RegisterClosedException if the register is closed (a second closing included)
     * @throws SameSchoolTransferException if a transfer names this school
     * @throws RegisterConflictException if the command does not fit the state
     */
    public RegisterDecision<StudentRegister, StudentRegisterEvent> handle(StudentRegisterCommand command, Instant at) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(at, "at");
        if (closedOn.isPresent()) {
            throw new RegisterClosedException(closedOn.get());
        }
        StudentRegisterEvent event;
        if (command instanceof Enrol e) {
            event = enrolled(e.student(), e.on(), Optional.empty(), at);
        } else if (command instanceof TransferIn t) {
            notThisSchool(t.fromSchoolCode());
            event = enrolled(t.student(), t.on(), Optional.of(t.fromSchoolCode()), at);
        } else if (command instanceof RecordYear r) {
            StudentRegisterEntry entry = active(r.number());
            if (r.year().compareTo(firstYear) < 0 || r.year().compareTo(lastYear) > 0) {
                throw conflict(Reason.YEAR_OUTSIDE_COURSE, r.year().toString(),
                        "năm học " + r.year() + " nằm ngoài khóa " + firstYear + " – " + lastYear,
                        "school year " + r.year() + " is outside the course " + firstYear + " – " + lastYear);
            }
            if (entry.years().stream().anyMatch(y -> y.year().equals(r.year()))) {
                throw conflict(Reason.YEAR_ALREADY_RECORDED, r.number() + " " + r.year(),
                        "năm học " + r.year() + " đã được cập nhật cho số " + r.number(),
                        "school year " + r.year() + " is already recorded for number " + r.number());
            }
            event = new YearRecorded(r.number(), r.year(), r.className(), r.outcome(), at);
        } else if (command instanceof TransferOut t) {
            notThisSchool(t.toSchoolCode());
            StudentRegisterEntry entry = active(t.number());
            if (t.on().isBefore(entry.enrolledOn())) {
                throw conflict(Reason.DATE_OUT_OF_ORDER, String.valueOf(t.number()),
                        "ngày chuyển đi trước ngày nhập học " + entry.enrolledOn(),
                        "the date of leaving precedes the enrolment on " + entry.enrolledOn());
            }
            event = new TransferredOut(t.number(), t.toSchoolCode(), t.on(), at);
        } else {
            Close c = (Close) command;
            Optional<LocalDate> latest = entries.stream()
                    .flatMap(e -> Stream.concat(Stream.of(e.enrolledOn()), e.transferredOut().map(Transfer::on).stream()))
                    .max(LocalDate::compareTo);
            if (latest.filter(c.on()::isBefore).isPresent()) {
                throw conflict(Reason.DATE_OUT_OF_ORDER, c.on().toString(),
                        "ngày khóa sổ trước ngày " + latest.get() + " đã ghi trong sổ",
                        "the closing date precedes " + latest.get() + ", already in the register");
            }
            event = new Closed(c.on(), c.closedBy(), at);
        }
        return new RegisterDecision<>(apply(Optional.of(this), event), List.of(event));
    }

    /**
     * Rebuilds a register from its events.
     *
     * @param events every event from the opening on, in order, not null
     * @return the register, not null
     * @throws RegisterConflictException if the events do not start with one {@link Opened} event
     */
    public static StudentRegister replay(List<StudentRegisterEvent> events) {
        Optional<StudentRegister> state = Optional.empty();
        for (StudentRegisterEvent event : events) {
            state = Optional.of(apply(state, event));
        }
        return state.orElseThrow(() -> conflict(Reason.NOT_OPENED, "", "chưa có sự kiện mở sổ", "no opening event"));
    }

    private static StudentRegister apply(Optional<StudentRegister> state, StudentRegisterEvent event) {
        if (event instanceof Opened o) {
            if (state.isPresent()) {
                throw conflict(Reason.NOT_OPENED, o.schoolCode(), "sổ đã được mở", "the register is already open");
            }
            return new StudentRegister(SCHEMA, o.schoolCode(), o.firstYear(), o.lastYear(), List.of(),
                    Optional.empty(), Optional.empty(), o.recordedAt());
        }
        StudentRegister s = state.orElseThrow(() -> conflict(Reason.NOT_OPENED, "",
                "sự kiện đầu tiên phải là mở sổ", "the first event must open the register"));
        List<StudentRegisterEntry> entries = new ArrayList<>(s.entries());
        Optional<LocalDate> closedOn = s.closedOn();
        Optional<String> closedBy = s.closedBy();
        if (event instanceof Enrolled e) {
            entries.add(new StudentRegisterEntry(e.number(), e.student(), e.on(), e.transferredFrom(), List.of(),
                    Optional.empty()));
        } else if (event instanceof YearRecorded y) {
            entries.set(y.number() - 1, s.entry(y.number()).withYear(new YearUpdate(y.year(), y.className(), y.outcome())));
        } else if (event instanceof TransferredOut t) {
            entries.set(t.number() - 1, s.entry(t.number()).withTransferOut(new Transfer(t.toSchoolCode(), t.on())));
        } else {
            Closed c = (Closed) event;
            closedOn = Optional.of(c.on());
            closedBy = Optional.of(c.closedBy());
        }
        return new StudentRegister(SCHEMA, s.schoolCode(), s.firstYear(), s.lastYear(), entries, closedOn, closedBy,
                event.recordedAt());
    }

    /**
     * The entry with a register number.
     *
     * @param number the register number
     * @return the entry, not null
     * @throws RegisterConflictException if there is none
     */
    public StudentRegisterEntry entry(int number) {
        if (number < 1 || number > entries.size()) {
            throw conflict(Reason.UNKNOWN_ENTRY, String.valueOf(number),
                    "không có số đăng bộ " + number, "no register number " + number);
        }
        return entries.get(number - 1);
    }

    /**
     * The register number of a student who has not transferred out, as cited outside the
     * register (e.g. in the digital transcript, học bạ số).
     *
     * @param studentId the student's id, not null
     * @return the number with this register's cohort, or empty, not null
     */
    public Optional<RegisterNumber> registerNumberOf(String studentId) {
        return activeEntryOf(studentId).map(e -> RegisterNumber.of(firstYear, e.number()));
    }

    /**
     * The entry of a student who has not transferred out.
     *
     * @param studentId the student's id, not null
     * @return the entry, or empty
     */
    public Optional<StudentRegisterEntry> activeEntryOf(String studentId) {
        return entries.stream().filter(e -> e.isActive() && e.student().id().equals(studentId)).findFirst();
    }

    /** @return true once the register is closed */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isClosed() {
        return closedOn.isPresent();
    }

    private Enrolled enrolled(Student student, LocalDate on, Optional<String> from,
            Instant at) {
        if (activeEntryOf(student.id()).isPresent()) {
            throw conflict(Reason.ALREADY_REGISTERED, student.id(),
                    "học sinh " + student.id() + " đã có trong sổ", "student " + student.id() + " is already on the register");
        }
        return new Enrolled(entries.size() + 1, student, on, from, at);
    }

    private StudentRegisterEntry active(int number) {
        StudentRegisterEntry entry = entry(number);
        if (!entry.isActive()) {
            throw conflict(Reason.ALREADY_LEFT, String.valueOf(number),
                    "học sinh số " + number + " đã chuyển đi", "student number " + number + " has already left");
        }
        return entry;
    }

    private void notThisSchool(String otherSchool) {
        if (otherSchool.equals(schoolCode)) {
            throw new SameSchoolTransferException(schoolCode);
        }
    }

    static RegisterConflictException conflict(Reason reason, String subject, String vi, String en) {
        return new RegisterConflictException(reason, subject, LocalizedText.of(vi, en));
    }
}
