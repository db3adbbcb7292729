package vn.schoolrecords.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.retention.RetentionAnswer.Outcome;

class RetentionRulesTest {

    private static final RetentionRules RULES = RetentionRules.standard();
    private static final LocalDate IN_TT27 = LocalDate.of(2024, 3, 1);
    private static final LocalDate CLOSED = LocalDate.of(2019, 5, 31);
    private static final LegalHold HOLD = LegalHold.of("H-1", "Thanh tra Sở GDĐT", "Hiệu trưởng Trần Văn B",
            Instant.parse("2024-01-10T02:00:00Z"));

    private static RetentionAnswer ask(RecordKind kind, LocalDate asOf) {
        return RULES.answer(kind, CLOSED, asOf, List.of());
    }

    @Test
    void paperTranscriptIsReturnedToTheStudentUnderItem55() {
        RetentionAnswer a = ask(RecordKind.TRANSCRIPT, IN_TT27);
        assertThat(a.outcome()).isEqualTo(Outcome.RETURN_TO_STUDENT);
        assertThat(a.confirmation()).isEqualTo(Confirmation.CONFIRMED);
        assertThat(a.certain()).isTrue();
        assertThat(a.explanation().vi()).contains("TT 27/2016/TT-BGDĐT, Phụ lục, mục 55");
        assertThat(a.mayDisposeNow()).isFalse();
    }

    @Test
    void classLogIsKeptFiveYearsUnderItem58CountedFromTheYearAfterClosing() {
        RetentionAnswer a = ask(RecordKind.CLASS_LOG, IN_TT27);
        assertThat(a.outcome()).isEqualTo(Outcome.DISPOSABLE_FROM);
        assertThat(a.disposableFrom()).contains(LocalDate.of(2025, 1, 1));
        assertThat(a.explanation().en()).contains("mục 58").contains("5 years");
        assertThat(a.mayDisposeNow()).isFalse();
        RetentionAnswer later = RULES.answer(RecordKind.CLASS_LOG, LocalDate.of(2018, 12, 31), IN_TT27, List.of());
        assertThat(later.disposableFrom()).contains(LocalDate.of(2024, 1, 1));
        assertThat(later.mayDisposeNow()).isTrue();
    }

    @Test
    void diplomaIssueFileIsPermanentUnderItem194() {
        RetentionAnswer a = ask(RecordKind.DIPLOMA_ISSUE_FILE, IN_TT27);
        assertThat(a.outcome()).isEqualTo(Outcome.PERMANENT);
        assertThat(a.rule().flatMap(RetentionRule::item)).contains("194");
        assertThat(a.mayDisposeNow()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = RecordKind.class, names = {"STUDENT_REGISTER", "ASSESSMENT_BOOK", "PERSONAL_GRADE_BOOK",
            "SCHOOL_EDUCATION_PLAN", "SUBJECT_GROUP_EDUCATION_PLAN", "TEACHER_EDUCATION_PLAN", "LESSON_PLAN"})
    void unconfirmedItemsOfTt27AreUnknownNotGuessed(RecordKind kind) {
        RetentionAnswer a = ask(kind, IN_TT27);
        assertThat(a.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(a.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
        assertThat(a.rule()).isPresent();
        assertThat(a.rule().get().period()).isEqualTo(RetentionPeriod.unknown());
        assertThat(a.disposableFrom()).isEmpty();
        assertThat(a.certain()).isFalse();
        assertThat(a.explanation().en()).contains("UNCONFIRMED").contains("consult the circular");
    }

    @ParameterizedTest
    @EnumSource(value = RecordKind.class, names = {"STAFF_REGISTER", "GRADE_EDIT_LOG", "DIGITAL_TRANSCRIPT_DATA"})
    void kindsWithoutAnEntryAreUnknown(RecordKind kind) {
        RetentionAnswer a = ask(kind, IN_TT27);
        assertThat(a.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(a.rule()).isEmpty();
        assertThat(a.explanation().en()).contains("consult the circular");
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyKindIsAnsweredOnEitherSideOfTheSwitch(RecordKind kind) {
        for (LocalDate d : List.of(IN_TT27, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))) {
            RetentionAnswer a = ask(kind, d);
            assertThat(a.kind()).isEqualTo(kind);
            assertThat(a.outcome() == Outcome.UNKNOWN).isEqualTo(a.confirmation() == Confirmation.UNCONFIRMED);
        }
    }

    @Test
    void tt27AppliesTheDayBeforeTheAssumedSwitchAndTt08OnTheDayAndAfter() {
        LocalDate switchDay = RetentionRules.DEFAULT_TT08_2025_EFFECTIVE_DATE;
        RetentionAnswer before = ask(RecordKind.CLASS_LOG, switchDay.minusDays(1));
        RetentionAnswer on = ask(RecordKind.CLASS_LOG, switchDay);
        RetentionAnswer after = ask(RecordKind.CLASS_LOG, switchDay.plusDays(1));
        assertThat(before.schedule()).contains("tt27-2016");
        assertThat(before.outcome()).isEqualTo(Outcome.DISPOSABLE_FROM);
        assertThat(on.schedule()).contains("tt08-2025");
        assertThat(on.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(after.schedule()).contains("tt08-2025");
        assertThat(after.outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void answersBetweenTt08sIssueAndItsAssumedEffectiveDateAreUncertain() {
        assertThat(RULES.annexCertainOn(LocalDate.of(2025, 5, 11))).isTrue();
        assertThat(RULES.annexCertainOn(LocalDate.of(2025, 5, 12))).isFalse();
        RetentionAnswer a = ask(RecordKind.CLASS_LOG, LocalDate.of(2025, 6, 1));
        assertThat(a.schedule()).contains("tt27-2016");
        assertThat(a.certain()).isFalse();
        assertThat(a.explanation().en()).contains("assumed");
        assertThat(RetentionRules.standard(LocalDate.of(2025, 7, 1)).annexCertainOn(LocalDate.of(2025, 6, 1))).isTrue();
    }

    @Test
    void aCallerSuppliedEffectiveDateMovesTheSwitch() {
        RetentionRules rules = RetentionRules.standard(LocalDate.of(2025, 9, 1));
        LocalDate[] days = {LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2)};
        assertThat(rules.annexOn(days[0]).map(RetentionSchedule::id)).contains("tt27-2016");
        assertThat(rules.annexOn(days[1]).map(RetentionSchedule::id)).contains("tt08-2025");
        assertThat(rules.annexOn(days[2]).map(RetentionSchedule::id)).contains("tt08-2025");
        assertThat(rules.answer(RecordKind.CLASS_LOG, CLOSED, days[0], List.of()).certain()).isTrue();
    }

    @Test
    void anEffectiveDateBeforeTheIssueDateIsRejected() {
        assertThatThrownBy(() -> RetentionRules.standard(LocalDate.of(2025, 5, 11)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void beforeTheFirstScheduleNothingIsKnown() {
        RetentionAnswer a = ask(RecordKind.CLASS_LOG, LocalDate.of(2016, 12, 29));
        assertThat(a.schedule()).isEmpty();
        assertThat(a.outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void digitalTranscriptDataIsPermanentFromNd88sEffectiveDate() {
        LocalDate effective = LocalDate.of(2026, 5, 15);
        assertThat(ask(RecordKind.DIGITAL_TRANSCRIPT_DATA, effective.minusDays(1)).outcome()).isEqualTo(Outcome.UNKNOWN);
        RetentionAnswer on = ask(RecordKind.DIGITAL_TRANSCRIPT_DATA, effective);
        assertThat(on.outcome()).isEqualTo(Outcome.PERMANENT);
        assertThat(on.certain()).isTrue();
        assertThat(on.explanation().vi()).contains("NĐ 88/2026/NĐ-CP, Điều 8, khoản 3");
        assertThat(ask(RecordKind.DIGITAL_TRANSCRIPT_DATA, effective.plusDays(1)).outcome()).isEqualTo(Outcome.PERMANENT);
        // The paper học bạ is not the national database's data.
        assertThat(ask(RecordKind.TRANSCRIPT, effective).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void aLegalHoldBlocksTheDisposalOfAnExpiredRecord() {
        RetentionAnswer held = RULES.answer(RecordKind.CLASS_LOG, LocalDate.of(2017, 6, 1), IN_TT27, List.of(HOLD));
        assertThat(held.disposableFrom()).contains(LocalDate.of(2023, 1, 1));
        assertThat(held.mayDisposeNow()).isFalse();
        assertThat(held.blockedByHold()).isTrue();
        assertThat(held.holds()).containsExactly(HOLD);
        assertThat(held.explanation().en()).contains("legal hold");
        RetentionAnswer free = RULES.answer(RecordKind.CLASS_LOG, LocalDate.of(2017, 6, 1), IN_TT27, List.of());
        assertThat(free.mayDisposeNow()).isTrue();
        assertThat(free.blockedByHold()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void aHoldNeedsAReasonAndWhoPlacedIt(String blank) {
        assertThatThrownBy(() -> LegalHold.of("H", blank, "X", Instant.EPOCH)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> LegalHold.of("H", "R", blank, Instant.EPOCH)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anUnconfirmedEntryCannotCarryAPeriod() {
        assertThatThrownBy(() -> new RetentionRule(RecordKind.STUDENT_REGISTER, "Sổ đăng bộ", Optional.empty(),
                Optional.empty(), Optional.empty(), RetentionPeriod.permanent(), Confirmation.UNCONFIRMED, "guess"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aCorrectedScheduleIsNewDataNotCode() {
        RetentionSchedule tt27 = RetentionSchedule.shipped("tt27-2016");
        String json = RecordsJson.write(tt27).replace("\"id\" : \"tt27-2016\"", "\"id\" : \"tt27-2016-corrected\"");
        RetentionSchedule corrected = RecordsJson.read(json, RetentionSchedule.class);
        RetentionRules rules = RetentionRules.of(List.of(corrected), Map.of(), false);
        assertThat(rules.answer(RecordKind.CLASS_LOG, CLOSED, IN_TT27, List.of()).schedule()).contains("tt27-2016-corrected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tt27-2016", "tt08-2025", "nd88-2026"})
    void shippedSchedulesRoundTripAndConformToTheirSchema(String id) throws IOException {
        RetentionSchedule s = RetentionSchedule.shipped(id);
        assertThat(RecordsJson.read(RecordsJson.write(s), RetentionSchedule.class)).isEqualTo(s);
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/retention-schedule-1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        String text;
        try (InputStream in = getClass().getResourceAsStream("/retention/" + id + ".json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(schema.validate(text, InputFormat.JSON)).isEmpty();
        String guessed = text.replaceFirst("\"type\" : \"UNKNOWN\"|\"type\": \"UNKNOWN\"", "\"type\": \"PERMANENT\"");
        if (!guessed.equals(text)) {
            assertThat(schema.validate(guessed, InputFormat.JSON)).isNotEmpty();
        }
    }

    @Test
    void tt08ShipsNoPeriodAndNoEffectiveDate() {
        RetentionSchedule tt08 = RetentionSchedule.shipped("tt08-2025");
        assertThat(tt08.effectiveFrom()).isEmpty();
        assertThat(tt08.replaces()).contains("tt27-2016");
        assertThat(tt08.rules()).allSatisfy(r -> {
            assertThat(r.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
            assertThat(r.item()).isEmpty();
        });
        assertThat(EnumSet.copyOf(RetentionSchedule.shipped("tt27-2016").rules().stream()
                .filter(r -> r.confirmation() == Confirmation.CONFIRMED).map(RetentionRule::kind).toList()))
                .containsExactlyInAnyOrder(RecordKind.TRANSCRIPT, RecordKind.CLASS_LOG, RecordKind.DIPLOMA_ISSUE_FILE);
    }

    @Property
    void disposalNeverComesBeforeThePeriodHasRunAndIsMonotoneInTheClosingDate(
            @ForAll @IntRange(min = 2000, max = 2030) int year, @ForAll @IntRange(min = 1, max = 365) int day,
            @ForAll @IntRange(min = 0, max = 400) int later) {
        LocalDate closed = LocalDate.ofYearDay(year, day);
        RetentionRules rules = RetentionRules.of(List.of(RetentionSchedule.shipped("tt27-2016")), Map.of(), false);
        LocalDate first = rules.answer(RecordKind.CLASS_LOG, closed, IN_TT27, List.of()).disposableFrom().orElseThrow();
        LocalDate second = rules.answer(RecordKind.CLASS_LOG, closed.plusDays(later), IN_TT27, List.of())
                .disposableFrom().orElseThrow();
        assertThat(first).isAfter(closed.plusYears(5));
        assertThat(second).isAfterOrEqualTo(first);
    }
}
