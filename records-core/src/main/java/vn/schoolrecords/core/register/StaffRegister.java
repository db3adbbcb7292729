package vn.schoolrecords.core.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.register.RegisterConflictException.Reason;
import vn.schoolrecords.core.register.StaffRegisterCommand.Appoint;
import vn.schoolrecords.core.register.StaffRegisterCommand.Leave;
import vn.schoolrecords.core.register.StaffRegisterCommand.TransferIn;
import vn.schoolrecords.core.register.StaffRegisterEvent.Joined;
import vn.schoolrecords.core.register.StaffRegisterEvent.Left;
import vn.schoolrecords.core.register.StaffRegisterEvent.Opened;
import vn.schoolrecords.core.school.Staff;

/**
 * The staff register (sổ đăng bộ cán bộ giáo viên) of a school: its staff and their personnel
 * changes — appointment, transfer in, transfer out, retirement, resignation — with dates
 * (001 §2.4). JSON schema {@value #SCHEMA}, resource {@value #SCHEMA_RESOURCE}.
 *
 * <p>A pure workflow like {@link StudentRegister}: {@link #open}, {@link #handle} and
 * {@link #replay}. The register is never closed: it lives as long as the school.
 *
 * @param schema always {@value #SCHEMA}
 * @param schoolCode the school's code, not blank
 * @param entries the lines, numbered 1, 2, 3 …, not null
 * @param lastRecordedAt the instant of the latest event, not null
 */
public record StaffRegister(String schema, String schoolCode, List<StaffRegisterEntry> entries, Instant lastRecordedAt) {

    /** The schema and version of the document. */
    public static final String SCHEMA = "staff-register/1";

    /** The JSON Schema resource of the document. */
    public static final String SCHEMA_RESOURCE = "/schema/staff-register-1.schema.json";

    /**
     * Checks presence, the schema and the numbering.
     *
     * @throws InvalidValueException if a value breaks a rule
     */
    public StaffRegister {
        if (!SCHEMA.equals(schema)) {
            throw InvalidValueException.of("schema", "Schema.version", LocalizedText.of(
                    "lược đồ phải là " + SCHEMA, "the schema must be " + SCHEMA), schema);
        }
        StudentRegisterEntry.nonBlank("schoolCode", schoolCode);
        entries = List.copyOf(entries);
        Objects.requireNonNull(lastRecordedAt, "lastRecordedAt");
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).number() != i + 1) {
                throw InvalidValueException.of("entries[" + i + "].number", "StaffRegister.numbering",
                        LocalizedText.of("số thứ tự phải liên tiếp từ 1", "line numbers run 1, 2, 3 …"),
                        entries.get(i).number());
            }
        }
    }

    /**
     * Opens the staff register of a school.
     *
     * @param schoolCode the school's code, not blank
     * @param at the instant of recording, not null
     * @return the empty register and its event, not null
     */
    public static RegisterDecision<StaffRegister, StaffRegisterEvent> open(String schoolCode, Instant at) {
        Opened opened = new Opened(schoolCode, Objects.requireNonNull(at, "at"));
        return new RegisterDecision<>(apply(Optional.empty(), opened), List.of(opened));
    }

    /**
     * Decides a personnel change.
     *
     * @param command the change, not null
     * @param at the instant of recording, not null
     * @return the new state and its events, not null
     * @throws SameSchoolTransferException if a transfer names this school
     * @throws RegisterConflictException if the member is already on the staff, unknown, has left,
     *     or leaves before joining
     */
    public RegisterDecision<StaffRegister, StaffRegisterEvent> handle(StaffRegisterCommand command, Instant at) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(at, "at");
        StaffRegisterEvent event;
        if (command instanceof Appoint a) {
            event = joined(a.staff(), a.on(), Optional.empty(), at);
        } else if (command instanceof TransferIn t) {
            notThisSchool(t.fromSchoolCode());
            event = joined(t.staff(), t.on(), Optional.of(t.fromSchoolCode()), at);
        } else {
            Leave l = (Leave) command;
            l.toSchoolCode().ifPresent(this::notThisSchool);
            StaffRegisterEntry entry = activeEntryOf(l.staffId()).orElseThrow(() -> StudentRegister.conflict(
                    Reason.UNKNOWN_ENTRY, l.staffId(), "không có cán bộ đang công tác mã " + l.staffId(),
                    "no serving member of staff " + l.staffId()));
            if (l.on().isBefore(entry.joinedOn())) {
                throw StudentRegister.conflict(Reason.DATE_OUT_OF_ORDER, l.staffId(),
                        "ngày nghỉ trước ngày đến " + entry.joinedOn(), "leaving precedes joining on " + entry.joinedOn());
            }
            event = new Left(entry.number(), l.kind(), l.toSchoolCode(), l.on(), at);
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
    public static StaffRegister replay(List<StaffRegisterEvent> events) {
        Optional<StaffRegister> state = Optional.empty();
        for (StaffRegisterEvent event : events) {
            state = Optional.of(apply(state, event));
        }
        return state.orElseThrow(() -> StudentRegister.conflict(Reason.NOT_OPENED, "", "chưa có sự kiện mở sổ",
                "no opening event"));
    }

    private static StaffRegister apply(Optional<StaffRegister> state, StaffRegisterEvent event) {
        if (event instanceof Opened o) {
            if (state.isPresent()) {
                throw StudentRegister.conflict(Reason.NOT_OPENED, o.schoolCode(), "sổ đã được mở", "the register is already open");
            }
            return new StaffRegister(SCHEMA, o.schoolCode(), List.of(), o.recordedAt());
        }
        StaffRegister s = state.orElseThrow(() -> StudentRegister.conflict(Reason.NOT_OPENED, "",
                "sự kiện đầu tiên phải là mở sổ", "the first event must open the register"));
        List<StaffRegisterEntry> entries = new ArrayList<>(s.entries());
        if (event instanceof Joined j) {
            entries.add(new StaffRegisterEntry(j.number(), j.staff(), j.on(), j.transferredFrom(), Optional.empty()));
        } else {
            Left l = (Left) event;
            StaffRegisterEntry e = s.entry(l.number());
            entries.set(l.number() - 1, new StaffRegisterEntry(e.number(), e.staff(), e.joinedOn(), e.transferredFrom(),
                    Optional.of(new StaffRegisterEntry.Leaving(l.kind(), l.toSchoolCode(), l.on()))));
        }
        return new StaffRegister(SCHEMA, s.schoolCode(), entries, event.recordedAt());
    }

    /**
     * The line with a number.
     *
     * @param number the line number
     * @return the line, not null
     * @throws RegisterConflictException if there is none
     */
    public StaffRegisterEntry entry(int number) {
        if (number < 1 || number > entries.size()) {
            throw StudentRegister.conflict(Reason.UNKNOWN_ENTRY, String.valueOf(number),
                    "không có số thứ tự " + number, "no line number " + number);
        }
        return entries.get(number - 1);
    }

    /**
     * The line of a member of staff who has not left.
     *
     * @param staffId the id, not null
     * @return the line, or empty
     */
    public Optional<StaffRegisterEntry> activeEntryOf(String staffId) {
        return entries.stream().filter(e -> e.isActive() && e.staff().id().equals(staffId)).findFirst();
    }

    private Joined joined(Staff staff, java.time.LocalDate on, Optional<String> from, Instant at) {
        if (activeEntryOf(staff.id()).isPresent()) {
            throw StudentRegister.conflict(Reason.ALREADY_REGISTERED, staff.id(),
                    "cán bộ " + staff.id() + " đang có trong sổ", "member of staff " + staff.id() + " is already on the register");
        }
        return new Joined(entries.size() + 1, staff, on, from, at);
    }

    private void notThisSchool(String otherSchool) {
        if (otherSchool.equals(schoolCode)) {
            throw new SameSchoolTransferException(schoolCode);
        }
    }
}
