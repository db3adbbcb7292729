package vn.schoolrecords.core.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/**
 * Answers retention questions from versioned schedules, choosing the schedule in force on the
 * date of the question the way {@code java.time.zone.ZoneRulesProvider} chooses zone rules.
 *
 * <p>The timeline of annexes: TT 27/2016/TT-BGDĐT applies from its issue date (30/12/2016; its
 * effective date is not in the stored sources) until TT 08/2025/TT-BGDĐT takes effect. That date
 * is <b>unconfirmed</b>; {@link #standard()} assumes {@link #DEFAULT_TT08_2025_EFFECTIVE_DATE} and
 * marks every answer that depends on the assumption as not {@linkplain RetentionAnswer#certain()
 * certain}. A caller who has read the circular passes the real date to {@link #standard(LocalDate)}.
 * Supplements (NĐ 88/2026/NĐ-CP Điều 8 khoản 3: học bạ data in the national database is kept
 * permanently, from 15/05/2026) override the annex for their kinds from their own effective date.
 *
 * <p>Disposal date: the period is counted in whole calendar years after the year of closing, so
 * a record closed on any day of year Y with a period of N years may be disposed of from 1 January
 * of Y + N + 1. The stored sources do not say how to count; this is the later of the readings.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RetentionRules {

    /**
     * The assumed effective date of TT 08/2025/TT-BGDĐT, <b>UNCONFIRMED</b>: its issue date
     * (12/05/2025) plus the 45 days that Luật Ban hành văn bản quy phạm pháp luật 2015 Điều 151
     * khoản 1 sets as the shortest interval for a ministry's circular. Answers that depend on it
     * are marked uncertain.
     */
    public static final LocalDate DEFAULT_TT08_2025_EFFECTIVE_DATE = LocalDate.of(2025, 6, 26);

    private final List<Span> annexes;
    private final List<Span> supplements;

    private record Span(RetentionSchedule schedule, LocalDate from, boolean fromConfirmed, Optional<LocalDate> until,
            boolean untilConfirmed, Optional<LocalDate> nextIssued) {
    }

    private RetentionRules(List<Span> annexes, List<Span> supplements) {
        this.annexes = annexes;
        this.supplements = supplements;
    }

    /**
     * The shipped schedules with TT 08/2025's effective date assumed to be
     * {@link #DEFAULT_TT08_2025_EFFECTIVE_DATE}; answers depending on it are marked uncertain.
     *
     * @return the rules, not null
     */
    public static RetentionRules standard() {
        return of(shipped(), Map.of("tt08-2025", DEFAULT_TT08_2025_EFFECTIVE_DATE), false);
    }

    /**
     * The shipped schedules with TT 08/2025's effective date as the caller has read it in the circular.
     *
     * @param tt08EffectiveDate the date TT 08/2025/TT-BGDĐT took effect, not before its issue date, not null
     * @return the rules, not null
     * @throws InvalidValueException if the date precedes the circular's issue date
     */
    public static RetentionRules standard(LocalDate tt08EffectiveDate) {
        return of(shipped(), Map.of("tt08-2025", Objects.requireNonNull(tt08EffectiveDate, "tt08EffectiveDate")), true);
    }

    /**
     * Rules from any schedules, e.g. a corrected annex.
     *
     * @param schedules the schedules, at least one annex, not null
     * @param effectiveDates the effective dates of schedules whose data lacks one, by id, not null
     * @param datesConfirmed whether those dates were read in the acts (false marks answers uncertain)
     * @return the rules, not null
     * @throws InvalidValueException if a date precedes its act's issue date, or there is no annex
     */
    public static RetentionRules of(List<RetentionSchedule> schedules, Map<String, LocalDate> effectiveDates,
            boolean datesConfirmed) {
        List<Span> annexes = spans(schedules, RetentionSchedule.Role.ANNEX, effectiveDates, datesConfirmed);
        if (annexes.isEmpty()) {
            throw InvalidValueException.of("schedules", "RetentionRules.noAnnex", LocalizedText.of(
                    "cần ít nhất một danh mục thời hạn lưu trữ", "at least one retention annex is needed"), schedules.size());
        }
        List<Span> supplements = spans(schedules, RetentionSchedule.Role.SUPPLEMENT, effectiveDates, datesConfirmed);
        return new RetentionRules(annexes, supplements);
    }

    private static List<RetentionSchedule> shipped() {
        return List.of(RetentionSchedule.shipped("tt27-2016"), RetentionSchedule.shipped("tt08-2025"),
                RetentionSchedule.shipped("nd88-2026"));
    }

    private static List<Span> spans(List<RetentionSchedule> schedules, RetentionSchedule.Role role,
            Map<String, LocalDate> effectiveDates, boolean datesConfirmed) {
        record Start(RetentionSchedule schedule, LocalDate from, boolean confirmed) {
        }
        List<Start> starts = new ArrayList<>();
        for (RetentionSchedule s : schedules) {
            if (s.role() != role) {
                continue;
            }
            Optional<LocalDate> given = Optional.ofNullable(effectiveDates.get(s.id()));
            LocalDate from = s.effectiveFrom().or(() -> given).orElse(s.issued());
            if (from.isBefore(s.issued())) {
                throw InvalidValueException.of(s.id(), "RetentionRules.effectiveBeforeIssue", LocalizedText.of(
                        "ngày hiệu lực trước ngày ban hành " + s.issued(), "effective before its issue date " + s.issued()), from);
            }
            boolean confirmed = s.effectiveFrom().isPresent() || (given.isPresent() && datesConfirmed);
            starts.add(new Start(s, from, confirmed));
        }
        starts.sort(Comparator.comparing(Start::from));
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Start s = starts.get(i);
            boolean last = i + 1 == starts.size() || role == RetentionSchedule.Role.SUPPLEMENT;
            Optional<Start> next = last ? Optional.empty() : Optional.of(starts.get(i + 1));
            spans.add(new Span(s.schedule(), s.from(), s.confirmed(), next.map(Start::from),
                    next.map(Start::confirmed).orElse(true), next.map(n -> n.schedule().issued())));
        }
        return List.copyOf(spans);
    }

    /**
     * The annex in force on a date.
     *
     * @param date the date, not null
     * @return the annex, or empty before the first annex's start
     */
    public Optional<RetentionSchedule> annexOn(LocalDate date) {
        return annexSpan(date).map(Span::schedule);
    }

    private Optional<Span> annexSpan(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Optional<Span> found = Optional.empty();
        for (Span span : annexes) {
            if (!date.isBefore(span.from())) {
                found = Optional.of(span);
            }
        }
        return found;
    }

    /**
     * Whether the choice of annex on a date depends on an assumed effective date: the date falls on
     * or after the issue date of the next annex, or of the annex chosen, whose effective date is
     * unconfirmed. Like a gap in zone rules, this answers "which rules applied" honestly.
     *
     * @param date the date, not null
     * @return true if the annex in force on that date is known for certain
     */
    public boolean annexCertainOn(LocalDate date) {
        return annexSpan(date).map(span -> (span.fromConfirmed() || span == annexes.get(0))
                && (span.untilConfirmed() || span.nextIssued().map(date::isBefore).orElse(true)))
                .orElse(false);
    }

    /**
     * Answers when a record may be disposed of, or that it never may, or is returned to the
     * student, or that the period is unknown.
     *
     * @param kind the record kind, not null
     * @param closingDate the date the record was closed, not null
     * @param asOf the date of the question; it selects the schedule in force, not null
     * @param holds the legal holds in force on this record, possibly empty, not null
     * @return the answer with its reasons, not null
     */
    public RetentionAnswer answer(RecordKind kind, LocalDate closingDate, LocalDate asOf, List<LegalHold> holds) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(closingDate, "closingDate");
        Objects.requireNonNull(asOf, "asOf");
        List<LegalHold> held = List.copyOf(holds);
        for (Span supplement : supplements) {
            Optional<RetentionRule> rule = supplement.schedule().rule(kind);
            if (!asOf.isBefore(supplement.from()) && rule.isPresent()) {
                return fromRule(kind, closingDate, asOf, held, supplement.schedule(), rule.get(), supplement.fromConfirmed());
            }
        }
        Optional<Span> annex = annexSpan(asOf);
        if (annex.isEmpty()) {
            return new RetentionAnswer(kind, closingDate, asOf, Optional.empty(), Optional.empty(),
                    RetentionAnswer.Outcome.UNKNOWN, Optional.empty(), held, false, LocalizedText.of(
                            "Không có danh mục thời hạn lưu trữ nào trong dữ liệu cho ngày " + asOf + "; tra cứu văn bản.",
                            "No retention schedule in the data covers " + asOf + "; consult the circular."));
        }
        RetentionSchedule schedule = annex.get().schedule();
        boolean certain = annexCertainOn(asOf);
        Optional<RetentionRule> rule = schedule.rule(kind);
        if (rule.isEmpty()) {
            return new RetentionAnswer(kind, closingDate, asOf, Optional.of(schedule.id()), Optional.empty(),
                    RetentionAnswer.Outcome.UNKNOWN, Optional.empty(), held, false, LocalizedText.of(
                            kind.vietnameseName() + ": " + schedule.document()
                                    + " không có mục nào trong dữ liệu; chưa rõ thời hạn, tra cứu văn bản.",
                            kind.vietnameseName() + ": no entry of " + schedule.document()
                                    + " in the data; the period is unknown, consult the circular."));
        }
        return fromRule(kind, closingDate, asOf, held, schedule, rule.get(), certain);
    }

    private static RetentionAnswer fromRule(RecordKind kind, LocalDate closingDate, LocalDate asOf,
            List<LegalHold> holds, RetentionSchedule schedule, RetentionRule rule, boolean scheduleCertain) {
        String cite = rule.cite(schedule.document());
        boolean certain = scheduleCertain && rule.confirmation() == Confirmation.CONFIRMED;
        String caveatVi = scheduleCertain ? "" : " (ngày hiệu lực của văn bản là giả định, chưa xác nhận)";
        String caveatEn = scheduleCertain ? "" : " (the act's effective date is assumed, not confirmed)";
        String holdVi = holds.isEmpty() ? "" : "; đang có " + holds.size() + " lệnh tạm giữ, không được tiêu hủy";
        String holdEn = holds.isEmpty() ? "" : "; " + holds.size() + " legal hold(s) in force block disposal";
        RetentionPeriod period = rule.period();
        return switch (period.type()) {
            case YEARS -> {
                int years = period.years().orElseThrow();
                LocalDate from = LocalDate.of(closingDate.getYear() + years + 1, 1, 1);
                yield new RetentionAnswer(kind, closingDate, asOf, Optional.of(schedule.id()), Optional.of(rule),
                        RetentionAnswer.Outcome.DISPOSABLE_FROM, Optional.of(from), holds, certain, LocalizedText.of(
                                kind.vietnameseName() + ": lưu trữ " + years + " năm (" + cite + "); được tiêu hủy từ "
                                        + from + caveatVi + holdVi + ".",
                                kind.vietnameseName() + ": kept " + years + " years (" + cite + "); may be disposed of from "
                                        + from + caveatEn + holdEn + "."));
            }
            case PERMANENT -> new RetentionAnswer(kind, closingDate, asOf, Optional.of(schedule.id()), Optional.of(rule),
                    RetentionAnswer.Outcome.PERMANENT, Optional.empty(), holds, certain, LocalizedText.of(
                            kind.vietnameseName() + ": lưu trữ vĩnh viễn (" + cite + ")" + caveatVi + ".",
                            kind.vietnameseName() + ": kept permanently (" + cite + ")" + caveatEn + "."));
            case RETURN_TO_STUDENT -> new RetentionAnswer(kind, closingDate, asOf, Optional.of(schedule.id()),
                    Optional.of(rule), RetentionAnswer.Outcome.RETURN_TO_STUDENT, Optional.empty(), holds, certain,
                    LocalizedText.of(
                            kind.vietnameseName() + ": trả cho học sinh khi tốt nghiệp hoặc chuyển trường (" + cite + ")"
                                    + caveatVi + holdVi + ".",
                            kind.vietnameseName() + ": returned to the student on graduation or transfer (" + cite + ")"
                                    + caveatEn + holdEn + "."));
            case UNKNOWN -> new RetentionAnswer(kind, closingDate, asOf, Optional.of(schedule.id()), Optional.of(rule),
                    RetentionAnswer.Outcome.UNKNOWN, Optional.empty(), holds, false, LocalizedText.of(
                            kind.vietnameseName() + ": thời hạn chưa được xác nhận (" + cite + "); tra cứu văn bản.",
                            kind.vietnameseName() + ": the period is UNCONFIRMED (" + cite + "); consult the circular."));
        };
    }
}
