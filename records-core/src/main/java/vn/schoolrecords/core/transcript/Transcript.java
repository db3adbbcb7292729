package vn.schoolrecords.core.transcript;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.assessment.PromotionStatus;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolYear;
import vn.schoolrecords.core.school.Student;

/**
 * A student's transcript (học bạ) across the years of one education level (cấp học): one page
 * per school year, the transfers between schools, the closing at the end of the level, and
 * the copies reissued after loss. The exchanged document of schema {@value #SCHEMA}.
 *
 * <p>Immutable: {@link #withYear}, {@link #withTransfer}, {@link #close}, {@link #reissue} and
 * {@link #cancelReissue} return a new transcript. The constructor replays the whole history,
 * so a transcript read from JSON obeys the same rules as one built by the operations: pages in
 * order of school year, one per year, each of the transcript's student and level, each made
 * by the school the student was at on its date; transfers from that school; nothing after the
 * closing; reissue numbers 1, 2, 3 … in order.
 *
 * @param schema the document's schema and version, always {@value #SCHEMA}
 * @param student the student, not null
 * @param level the education level, not null
 * @param openedBy the school that opened the transcript (lập học bạ), not null
 * @param years the pages, in order of school year, not null
 * @param transfers the transfers, in order of date, not null
 * @param closing the closing, or empty while the transcript is open, not null
 * @param reissues every copy reissued, numbered 1, 2, 3 … in order, not null
 */
public record Transcript(String schema, Student student, EducationLevel level, School openedBy,
        List<TranscriptYear> years, List<Transfer> transfers, Optional<Closing> closing, List<Reissue> reissues) {

    /** The schema and version of this document. */
    public static final String SCHEMA = "transcript/1";

    /**
     * Checks the whole history.
     *
     * @throws TranscriptException naming the first rule broken
     * @throws InvalidValueException if the schema is not {@value #SCHEMA}
     */
    public Transcript {
        if (!SCHEMA.equals(schema)) {
            throw InvalidValueException.of("schema", "Schema.version", LocalizedText.of(
                    "tài liệu phải theo lược đồ " + SCHEMA, "the document must follow the schema " + SCHEMA), schema);
        }
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(openedBy, "openedBy");
        years = List.copyOf(years);
        transfers = List.copyOf(transfers);
        Objects.requireNonNull(closing, "closing");
        reissues = List.copyOf(reissues);
        replay(student, level, openedBy, years, transfers, closing, reissues);
    }

    /**
     * Opens the transcript of a student at the start of a level or on entering it.
     *
     * @param student the student, not null
     * @param level the education level, not null
     * @param school the school opening it, which teaches the level, not null
     * @return the empty transcript, not null
     * @throws TranscriptException {@link TranscriptProblem#YEAR_OF_OTHER_LEVEL} if the school does not teach the level
     */
    public static Transcript open(Student student, EducationLevel level, School school) {
        if (!school.levels().contains(level)) {
            throw TranscriptException.of(TranscriptProblem.YEAR_OF_OTHER_LEVEL, null,
                    "trường " + school.code() + " không dạy cấp " + level.vietnameseName(),
                    "school " + school.code() + " does not teach " + level);
        }
        return new Transcript(SCHEMA, student, level, school, List.of(), List.of(), Optional.empty(), List.of());
    }

    /**
     * Adds the page of a school year.
     *
     * @param page the page, of a later school year than every page so far, not null
     * @return the transcript with the page, not null
     * @throws TranscriptException {@link TranscriptProblem#CLOSED} after closing;
     *     {@link TranscriptProblem#YEAR_DUPLICATE}, {@link TranscriptProblem#YEAR_OF_OTHER_LEVEL},
     *     {@link TranscriptProblem#OTHER_STUDENT}, {@link TranscriptProblem#WRONG_SCHOOL} or
     *     {@link TranscriptProblem#OUT_OF_ORDER} as the page requires
     */
    public Transcript withYear(TranscriptYear page) {
        Objects.requireNonNull(page, "page");
        requireOpen(page.year());
        List<TranscriptYear> list = new ArrayList<>(years);
        list.add(page);
        return new Transcript(schema, student, level, openedBy, list, transfers, closing, reissues);
    }

    /**
     * Records a transfer to another school; the receiving school continues this transcript.
     *
     * @param transfer the transfer, from the student's current school, not null
     * @return the transcript with the transfer, not null
     * @throws TranscriptException {@link TranscriptProblem#CLOSED} after closing,
     *     {@link TranscriptProblem#TRANSFER_FROM_OTHER_SCHOOL} or {@link TranscriptProblem#OUT_OF_ORDER}
     */
    public Transcript withTransfer(Transfer transfer) {
        Objects.requireNonNull(transfer, "transfer");
        requireOpen(SchoolYear.containing(transfer.date()));
        requireNotBeforeLastEvent(transfer.date(), "chuyển trường", "transfer");
        List<Transfer> list = new ArrayList<>(transfers);
        list.add(transfer);
        return new Transcript(schema, student, level, openedBy, years, list, closing, reissues);
    }

    /**
     * Closes the transcript at the end of the level, after the page of its last grade.
     *
     * @param date the date of closing, not before the last page or transfer, not null
     * @return the closed transcript, not null
     * @throws TranscriptException {@link TranscriptProblem#ALREADY_CLOSED} if closed,
     *     {@link TranscriptProblem#LEVEL_NOT_COMPLETED} if the last page does not complete the
     *     level, {@link TranscriptProblem#PRINCIPAL_DECISION} if it leaves the promotion to the
     *     principal (use {@link #close(LocalDate, PrincipalDecision)}),
     *     {@link TranscriptProblem#OUT_OF_ORDER} if dated before the last page or transfer
     */
    public Transcript close(LocalDate date) {
        return close(date, Optional.empty());
    }

    /**
     * Closes the transcript after a last page that left the promotion to the principal
     * ({@link PromotionStatus#PRINCIPAL_DECIDES}), recording the principal's decision.
     *
     * @param date the date of closing, not before the decision, the last page or transfer, not null
     * @param decision the principal's decision, which must promote, not null
     * @return the closed transcript, not null
     * @throws TranscriptException {@link TranscriptProblem#PRINCIPAL_DECISION} if the last page
     *     did not leave the promotion to the principal or the decision is dated before the page
     *     or after the closing; {@link TranscriptProblem#LEVEL_NOT_COMPLETED} if the decision does
     *     not promote; as {@link #close(LocalDate)} otherwise
     */
    public Transcript close(LocalDate date, PrincipalDecision decision) {
        return close(date, Optional.of(Objects.requireNonNull(decision, "decision")));
    }

    private Transcript close(LocalDate date, Optional<PrincipalDecision> decision) {
        Objects.requireNonNull(date, "date");
        if (closing.isPresent()) {
            throw TranscriptException.of(TranscriptProblem.ALREADY_CLOSED, SchoolYear.containing(date),
                    "học bạ đã được khóa ngày " + closing.get().date(),
                    "the transcript was closed already on " + closing.get().date());
        }
        requireNotBeforeLastEvent(date, "khóa học bạ", "closing");
        return new Transcript(schema, student, level, openedBy, years, transfers,
                Optional.of(new Closing(date, currentSchool().code(), decision)), reissues);
    }

    /**
     * Reissues a copy after loss, numbered one more than the last copy, cancelled or not.
     *
     * @param date the date of the reissue, not before the last copy, not null
     * @param requester who made the written request, not null
     * @param reason the reason, not null
     * @return the transcript with the copy recorded; the copy is its last reissue, not null
     * @throws TranscriptException {@link TranscriptProblem#NOTHING_TO_REISSUE} with no page;
     *     {@link TranscriptProblem#OUT_OF_ORDER} if dated before the last copy
     */
    public Transcript reissue(LocalDate date, String requester, String reason) {
        List<Reissue> list = new ArrayList<>(reissues);
        list.add(new Reissue(nextReissueNumber(), date, requester, reason, currentSchool().code(), Optional.empty()));
        return new Transcript(schema, student, level, openedBy, years, transfers, closing, list);
    }

    /**
     * Cancels a reissued copy; its number is not given again.
     *
     * @param number the copy's number, not null
     * @param cancellation the date and reason, not null
     * @return the transcript with the copy cancelled, not null
     * @throws TranscriptException {@link TranscriptProblem#REISSUE_NUMBER} if no copy has the
     *     number, {@link TranscriptProblem#REISSUE_ALREADY_CANCELLED} if it was cancelled
     */
    public Transcript cancelReissue(int number, ReissueCancellation cancellation) {
        Objects.requireNonNull(cancellation, "cancellation");
        if (number < 1 || number > reissues.size()) {
            throw TranscriptException.of(TranscriptProblem.REISSUE_NUMBER, SchoolYear.containing(cancellation.date()),
                    "chưa có bản sao cấp lại lần thứ " + number, "no copy was reissued with number " + number);
        }
        Reissue copy = reissues.get(number - 1);
        if (copy.cancellation().isPresent()) {
            throw TranscriptException.of(TranscriptProblem.REISSUE_ALREADY_CANCELLED,
                    SchoolYear.containing(cancellation.date()), "bản sao lần thứ " + number + " đã bị hủy",
                    "copy number " + number + " was cancelled already");
        }
        List<Reissue> list = new ArrayList<>(reissues);
        list.set(number - 1, new Reissue(copy.number(), copy.date(), copy.requester(), copy.reason(),
                copy.schoolCode(), Optional.of(cancellation)));
        return new Transcript(schema, student, level, openedBy, years, transfers, closing, list);
    }

    /** @return the number the next reissued copy will carry: one more than every number used, ≥ 1 */
    public int nextReissueNumber() {
        return reissues.size() + 1;
    }

    /** @return the school the student is at now: the last transfer's receiving school, or the opening school, not null */
    public School currentSchool() {
        return transfers.isEmpty() ? openedBy : transfers.get(transfers.size() - 1).to();
    }

    /**
     * The page of a school year.
     *
     * @param year the school year, not null
     * @return the page, or empty, not null
     */
    public Optional<TranscriptYear> page(SchoolYear year) {
        Objects.requireNonNull(year, "year");
        return years.stream().filter(p -> p.year().equals(year)).findFirst();
    }

    private void requireNotBeforeLastEvent(LocalDate date, String whatVi, String whatEn) {
        LocalDate last = LocalDate.MIN;
        for (TranscriptYear page : years) {
            last = page.confirmedOn().isAfter(last) ? page.confirmedOn() : last;
        }
        for (Transfer t : transfers) {
            last = t.date().isAfter(last) ? t.date() : last;
        }
        if (date.isBefore(last)) {
            throw TranscriptException.of(TranscriptProblem.OUT_OF_ORDER, SchoolYear.containing(date),
                    whatVi + " ngày " + date + " trước sự kiện đã ghi ngày " + last,
                    "the " + whatEn + " of " + date + " is dated before the recorded event of " + last);
        }
    }

    private void requireOpen(SchoolYear year) {
        if (closing.isPresent()) {
            throw TranscriptException.of(TranscriptProblem.CLOSED, year,
                    "học bạ đã khóa ngày " + closing.get().date() + ", không thể bổ sung",
                    "the transcript was closed on " + closing.get().date() + "; nothing can be added");
        }
    }

    private static void replay(Student student, EducationLevel level, School openedBy, List<TranscriptYear> years,
            List<Transfer> transfers, Optional<Closing> closing, List<Reissue> reissues) {
        if (!openedBy.levels().contains(level)) {
            throw TranscriptException.of(TranscriptProblem.YEAR_OF_OTHER_LEVEL, null,
                    "trường " + openedBy.code() + " không dạy cấp " + level.vietnameseName(),
                    "school " + openedBy.code() + " does not teach " + level);
        }
        Set<SchoolYear> seen = new HashSet<>();
        School current = openedBy;
        LocalDate last = LocalDate.MIN;
        int next = 0;
        TranscriptYear previous = null;
        for (TranscriptYear page : years) {
            SchoolYear y = page.year();
            if (!seen.add(y)) {
                throw TranscriptException.of(TranscriptProblem.YEAR_DUPLICATE, y,
                        "học bạ đã có trang của năm học " + y, "the transcript has a page for " + y + " already");
            }
            if (!page.studentId().equals(student.id())) {
                throw TranscriptException.of(TranscriptProblem.OTHER_STUDENT, y,
                        "trang của học sinh " + page.studentId() + ", không phải " + student.id(),
                        "the page is student " + page.studentId() + "'s, not " + student.id() + "'s");
            }
            if (page.level() != level) {
                throw TranscriptException.of(TranscriptProblem.YEAR_OF_OTHER_LEVEL, y,
                        "trang thuộc cấp " + page.level().vietnameseName() + ", học bạ cấp " + level.vietnameseName(),
                        "the page is of " + page.level() + ", the transcript of " + level);
            }
            if (previous != null && (y.compareTo(previous.year()) < 0 || page.grade().compareTo(previous.grade()) < 0)) {
                throw TranscriptException.of(TranscriptProblem.OUT_OF_ORDER, y,
                        "trang năm học " + y + " (" + page.grade() + ") đứng sau năm học " + previous.year()
                                + " (" + previous.grade() + ")",
                        "the page of " + y + " (" + page.grade() + ") comes after " + previous.year()
                                + " (" + previous.grade() + ")");
            }
            for (; next < transfers.size() && !transfers.get(next).date().isAfter(page.confirmedOn()); next++) {
                current = applyTransfer(current, transfers.get(next), last);
                last = transfers.get(next).date();
            }
            if (page.confirmedOn().isBefore(last)) {
                throw TranscriptException.of(TranscriptProblem.OUT_OF_ORDER, y,
                        "trang ngày " + page.confirmedOn() + " trước sự kiện ngày " + last,
                        "the page of " + page.confirmedOn() + " is dated before the event of " + last);
            }
            if (!page.school().code().equals(current.code())) {
                throw TranscriptException.of(TranscriptProblem.WRONG_SCHOOL, y,
                        "ngày " + page.confirmedOn() + " học sinh học ở trường " + current.code() + ", không phải "
                                + page.school().code(),
                        "on " + page.confirmedOn() + " the student was at school " + current.code() + ", not "
                                + page.school().code());
            }
            last = page.confirmedOn();
            previous = page;
        }
        for (; next < transfers.size(); next++) {
            current = applyTransfer(current, transfers.get(next), last);
            last = transfers.get(next).date();
        }
        if (closing.isPresent()) {
            Closing c = closing.get();
            SchoolYear y = SchoolYear.containing(c.date());
            if (c.date().isBefore(last)) {
                throw TranscriptException.of(TranscriptProblem.CLOSED, y,
                        "học bạ khóa ngày " + c.date() + " nhưng có sự kiện sau đó, ngày " + last,
                        "the transcript was closed on " + c.date() + " but has an event after it, on " + last);
            }
            if (previous != null && !checkDecision(previous, c, y)) {
                throw TranscriptException.of(TranscriptProblem.LEVEL_NOT_COMPLETED, y,
                        "hiệu trưởng quyết định học sinh chưa hoàn thành " + level.lastGrade(),
                        "the principal decided the student did not complete " + level.lastGrade());
            }
            if (previous == null || !previous.completesLevel() && c.principalDecision().isEmpty()) {
                throw TranscriptException.of(TranscriptProblem.LEVEL_NOT_COMPLETED, y,
                        "chỉ khóa học bạ sau khi học sinh hoàn thành " + level.lastGrade() + ", lớp cuối cấp "
                                + level.vietnameseName(),
                        "a transcript is closed only after the student completes " + level.lastGrade()
                                + ", the last grade of " + level);
            }
            if (!c.schoolCode().equals(current.code())) {
                throw TranscriptException.of(TranscriptProblem.WRONG_SCHOOL, y,
                        "học bạ do trường " + current.code() + " khóa, không phải " + c.schoolCode(),
                        "the transcript is closed by school " + current.code() + ", not " + c.schoolCode());
            }
        }
        checkReissues(reissues, !years.isEmpty());
    }

    /**
     * The principal's decision on closing: required exactly when the last page leaves the
     * promotion to the principal, dated between the page and the closing.
     *
     * @return whether the decision promotes; true when there is none
     */
    private static boolean checkDecision(TranscriptYear last, Closing c, SchoolYear y) {
        boolean asked = last.promotion() == PromotionStatus.PRINCIPAL_DECIDES && last.grade().equals(
                last.level().lastGrade());
        Optional<PrincipalDecision> decision = c.principalDecision();
        if (asked && decision.isEmpty()) {
            throw TranscriptException.of(TranscriptProblem.PRINCIPAL_DECISION, y,
                    "trang năm học " + last.year() + " để hiệu trưởng quyết định việc lên lớp; cần quyết định"
                            + " của hiệu trưởng trước khi khóa học bạ",
                    "the page of " + last.year() + " leaves the promotion to the principal; closing needs the"
                            + " principal's decision");
        }
        if (decision.isEmpty()) {
            return true;
        }
        PrincipalDecision d = decision.get();
        if (!asked) {
            throw TranscriptException.of(TranscriptProblem.PRINCIPAL_DECISION, y,
                    "trang cuối không để hiệu trưởng quyết định việc lên lớp",
                    "the last page does not leave the promotion to the principal");
        }
        if (d.date().isBefore(last.confirmedOn()) || d.date().isAfter(c.date())) {
            throw TranscriptException.of(TranscriptProblem.PRINCIPAL_DECISION, y,
                    "quyết định ngày " + d.date() + " phải từ ngày " + last.confirmedOn() + " đến ngày khóa " + c.date(),
                    "the decision of " + d.date() + " must fall between " + last.confirmedOn() + " and the closing on "
                            + c.date());
        }
        return d.outcome() == PromotionStatus.PROMOTED;
    }

    private static School applyTransfer(School current, Transfer t, LocalDate last) {
        SchoolYear y = SchoolYear.containing(t.date());
        if (t.date().isBefore(last)) {
            throw TranscriptException.of(TranscriptProblem.OUT_OF_ORDER, y,
                    "chuyển trường ngày " + t.date() + " trước sự kiện ngày " + last,
                    "the transfer of " + t.date() + " is dated before the event of " + last);
        }
        if (!t.from().code().equals(current.code())) {
            throw TranscriptException.of(TranscriptProblem.TRANSFER_FROM_OTHER_SCHOOL, y,
                    "học sinh đang học ở trường " + current.code() + ", không phải " + t.from().code(),
                    "the student is at school " + current.code() + ", not " + t.from().code());
        }
        return t.to();
    }

    private static void checkReissues(List<Reissue> reissues, boolean hasPages) {
        LocalDate last = LocalDate.MIN;
        for (int i = 0; i < reissues.size(); i++) {
            Reissue r = reissues.get(i);
            SchoolYear y = SchoolYear.containing(r.date());
            if (!hasPages) {
                throw TranscriptException.of(TranscriptProblem.NOTHING_TO_REISSUE, y,
                        "học bạ chưa có trang nào để cấp lại", "the transcript has no page to reissue");
            }
            if (r.number() != i + 1) {
                throw TranscriptException.of(TranscriptProblem.REISSUE_NUMBER, y,
                        "bản sao thứ " + (i + 1) + " mang số " + r.number() + "; số lần cấp lại tăng dần từng một",
                        "copy " + (i + 1) + " is numbered " + r.number() + "; reissue numbers go up by one");
            }
            if (r.date().isBefore(last)) {
                throw TranscriptException.of(TranscriptProblem.OUT_OF_ORDER, y,
                        "cấp lại ngày " + r.date() + " trước lần cấp lại ngày " + last,
                        "reissued on " + r.date() + ", before the copy of " + last);
            }
            last = r.date();
        }
    }
}
