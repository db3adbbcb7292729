package vn.schoolrecords.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.SCHOOL_A;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.SCHOOL_B;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.STUDENT;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.page;
import static vn.schoolrecords.core.transcript.TranscriptFixtures.pageA;
import static vn.schoolrecords.core.transcript.TranscriptYearTest.assertProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.schoolrecords.core.json.RecordsJson;
import vn.schoolrecords.core.sample.SampleTranscripts;
import vn.schoolrecords.core.school.EducationLevel;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.School;
import vn.schoolrecords.core.school.SchoolRoster;
import vn.schoolrecords.core.school.SchoolYear;

/** Pages across a level, transfers, closing and reissued copies. */
class TranscriptTest {

    private static final School A = SCHOOL_A.get(0).school();
    private static final School B = SCHOOL_B.get(0).school();
    /** Mid grade 8: after semester I of 2024-2025. */
    private static final LocalDate MID_GRADE_8 = LocalDate.of(2025, 1, 15);

    private static Transcript opened() {
        return Transcript.open(STUDENT, EducationLevel.LOWER_SECONDARY, A);
    }

    private static Transcript fourYearsAtA() {
        Transcript t = opened();
        for (int i = 0; i < 4; i++) {
            t = t.withYear(pageA(i));
        }
        return t;
    }

    /** School B's roster of year {@code i} with the transferred student in its first class of the grade. */
    private static SchoolRoster rosterB(int i) {
        return TranscriptFixtures.withStudent(SCHOOL_B.get(i), STUDENT, 6 + i);
    }

    @Test
    void pagesOfTheFourGradesMakeAClosableTranscript() {
        Transcript t = fourYearsAtA();

        assertThat(t.years()).extracting(TranscriptYear::grade)
                .containsExactly(GradeLevel.of(6), GradeLevel.of(7), GradeLevel.of(8), GradeLevel.of(9));
        Transcript closed = t.close(LocalDate.of(2026, 6, 10));
        assertThat(closed.closing()).contains(new Closing(LocalDate.of(2026, 6, 10), A.code()));
        assertThat(t.closing()).as("the original is unchanged").isEmpty();
    }

    @Test
    void transferMidLevelCarriesTheResultsAndTheReceivingSchoolContinues() {
        Transcript t = opened().withYear(pageA(0)).withYear(pageA(1))
                .withTransfer(Transfer.of(MID_GRADE_8, A, B));
        assertThat(t.currentSchool()).isEqualTo(B);
        assertThat(t.years()).hasSize(2).allSatisfy(p -> assertThat(p.school().code()).isEqualTo(A.code()));

        Transcript continued = t.withYear(page(rosterB(2), STUDENT.id(), "7,5"))
                .withYear(page(rosterB(3), STUDENT.id(), "8")).close(LocalDate.of(2026, 6, 12));

        assertThat(continued.years()).extracting(p -> p.school().code())
                .containsExactly(A.code(), A.code(), B.code(), B.code());
        assertThat(continued.closing().orElseThrow().schoolCode()).isEqualTo(B.code());
        assertThat(RecordsJson.read(RecordsJson.write(continued), Transcript.class)).isEqualTo(continued);
    }

    @Test
    void summerTransferLeavesTheYearsPageWithTheSendingSchool() {
        Transcript t = opened().withYear(pageA(0)).withYear(pageA(1)).withYear(pageA(2))
                .withTransfer(Transfer.of(LocalDate.of(2025, 7, 20), A, B))
                .withYear(page(rosterB(3), STUDENT.id(), "8"));

        assertThat(t.years().get(2).school().code()).isEqualTo(A.code());
        assertThat(t.years().get(3).school().code()).isEqualTo(B.code());
    }

    @Test
    void pageBySendingSchoolAfterTheTransferIsWrongSchool() {
        Transcript t = opened().withYear(pageA(0)).withYear(pageA(1)).withTransfer(Transfer.of(MID_GRADE_8, A, B));

        assertProblem(() -> t.withYear(pageA(2)), TranscriptProblem.WRONG_SCHOOL);
    }

    @Test
    void transferToTheSameSchoolIsATypedError() {
        assertThatThrownBy(() -> Transfer.of(MID_GRADE_8, A, A))
                .isInstanceOfSatisfying(TranscriptException.class, e -> {
                    assertThat(e.problem()).isEqualTo(TranscriptProblem.TRANSFER_TO_SAME_SCHOOL);
                    assertThat(e.code()).isEqualTo("TRANSCRIPT_TRANSFER_TO_SAME_SCHOOL");
                });
    }

    @Test
    void aDocumentWithATransferToTheSameSchoolIsRefusedWhenRead() {
        Transcript t = opened().withYear(pageA(0)).withTransfer(Transfer.of(LocalDate.of(2023, 7, 1), A, B));
        String json = RecordsJson.write(t).replace("\"code\" : \"" + B.code() + "\"", "\"code\" : \"" + A.code() + "\"");

        assertThatThrownBy(() -> RecordsJson.read(json, Transcript.class))
                .isInstanceOfSatisfying(TranscriptException.class,
                        e -> assertThat(e.problem()).isEqualTo(TranscriptProblem.TRANSFER_TO_SAME_SCHOOL));
    }

    @Test
    void transferFromASchoolTheStudentIsNotAtIsRefused() {
        assertProblem(() -> opened().withTransfer(Transfer.of(MID_GRADE_8, B, A)),
                TranscriptProblem.TRANSFER_FROM_OTHER_SCHOOL);
    }

    @Test
    void transferDatedBeforeTheLastPageIsOutOfOrder() {
        Transcript t = opened().withYear(pageA(0)).withYear(pageA(1));

        assertProblem(() -> t.withTransfer(Transfer.of(LocalDate.of(2023, 1, 1), A, B)), TranscriptProblem.OUT_OF_ORDER);
    }

    @Test
    void twoPagesForOneSchoolYearAreRefused() {
        Transcript t = opened().withYear(pageA(0));

        assertThatThrownBy(() -> t.withYear(pageA(0)))
                .isInstanceOfSatisfying(TranscriptException.class, e -> {
                    assertThat(e.problem()).isEqualTo(TranscriptProblem.YEAR_DUPLICATE);
                    assertThat(e.schoolYear()).contains(SchoolYear.of(2022));
                });
    }

    @Test
    void pageOfAnEarlierYearIsOutOfOrder() {
        Transcript t = opened().withYear(pageA(1));

        assertProblem(() -> t.withYear(pageA(0)), TranscriptProblem.OUT_OF_ORDER);
    }

    @Test
    void pageOfAnotherLevelIsRefused() {
        Transcript primary = SampleTranscripts.primary(3);
        Transcript upper = Transcript.open(primary.student(), EducationLevel.PRIMARY, primary.openedBy());

        assertProblem(() -> opened().withYear(primary.years().get(0)), TranscriptProblem.OTHER_STUDENT);
        Transcript secondaryOfThatChild = Transcript.open(primary.student(), EducationLevel.LOWER_SECONDARY, A);
        assertProblem(() -> secondaryOfThatChild.withYear(primary.years().get(0)), TranscriptProblem.YEAR_OF_OTHER_LEVEL);
        assertThat(upper.withYear(primary.years().get(0)).years()).hasSize(1);
    }

    @Test
    void pageOfAnotherStudentIsRefused() {
        String other = SCHOOL_A.get(0).studentsOf(TranscriptFixtures.classOfStudent(SCHOOL_A.get(0), STUDENT.id()))
                .get(1).id();

        assertProblem(() -> opened().withYear(page(SCHOOL_A.get(0), other, "8")), TranscriptProblem.OTHER_STUDENT);
    }

    @Test
    void closingBeforeTheLastGradeIsLevelNotCompleted() {
        Transcript t = opened().withYear(pageA(0)).withYear(pageA(1)).withYear(pageA(2));

        assertProblem(() -> t.close(LocalDate.of(2025, 6, 10)), TranscriptProblem.LEVEL_NOT_COMPLETED);
        assertProblem(() -> opened().close(LocalDate.of(2025, 6, 10)), TranscriptProblem.LEVEL_NOT_COMPLETED);
    }

    @Test
    void closingALastGradeThatWasNotPassedIsLevelNotCompleted() {
        Transcript t = opened().withYear(pageA(0)).withYear(pageA(1)).withYear(pageA(2))
                .withYear(page(SCHOOL_A.get(3), STUDENT.id(), "3"));

        assertThat(t.years().get(3).completesLevel()).isFalse();
        assertProblem(() -> t.close(LocalDate.of(2026, 6, 10)), TranscriptProblem.LEVEL_NOT_COMPLETED);
    }

    @Test
    void closingTwiceIsAlreadyClosed() {
        Transcript closed = fourYearsAtA().close(LocalDate.of(2026, 6, 10));

        assertThatThrownBy(() -> closed.close(LocalDate.of(2026, 6, 11)))
                .isInstanceOfSatisfying(TranscriptException.class,
                        e -> assertThat(e.code()).isEqualTo("TRANSCRIPT_ALREADY_CLOSED"));
    }

    @Test
    void nothingIsAddedAfterClosing() {
        Transcript closed = fourYearsAtA().close(LocalDate.of(2026, 6, 10));

        assertProblem(() -> closed.withTransfer(Transfer.of(LocalDate.of(2026, 7, 1), A, B)), TranscriptProblem.CLOSED);
        assertProblem(() -> closed.withYear(page(SCHOOL_A.get(3), STUDENT.id(), "8")), TranscriptProblem.CLOSED);
    }

    @Test
    void closingDatedBeforeTheLastPageIsRefused() {
        assertProblem(() -> fourYearsAtA().close(LocalDate.of(2026, 5, 1)), TranscriptProblem.OUT_OF_ORDER);
    }

    @Test
    void reissuesAreNumberedOneTwoThree() {
        Transcript t = fourYearsAtA().close(LocalDate.of(2026, 6, 10))
                .reissue(LocalDate.of(2027, 3, 1), "Nguyễn Văn Hùng (cha học sinh)", "Mất học bạ do hỏa hoạn")
                .reissue(LocalDate.of(2028, 4, 2), "Học sinh", "Thất lạc khi chuyển nhà")
                .reissue(LocalDate.of(2030, 9, 3), "Học sinh", "Mất");

        assertThat(t.reissues()).extracting(Reissue::number).containsExactly(1, 2, 3);
        assertThat(t.reissues().get(1).coverText()).isEqualTo("BẢN SAO — Cấp lại lần thứ 2");
        assertThat(t.reissues().get(0).requester()).isEqualTo("Nguyễn Văn Hùng (cha học sinh)");
        assertThat(t.nextReissueNumber()).isEqualTo(4);
    }

    @Test
    void aCancelledNumberIsNeverReused() {
        Transcript t = fourYearsAtA()
                .reissue(LocalDate.of(2027, 3, 1), "Học sinh", "Mất")
                .reissue(LocalDate.of(2027, 3, 2), "Học sinh", "Mất")
                .cancelReissue(2, new ReissueCancellation(LocalDate.of(2027, 3, 3), "In sai tên"))
                .reissue(LocalDate.of(2027, 3, 4), "Học sinh", "Cấp lại sau khi hủy bản in sai");

        assertThat(t.reissues()).extracting(Reissue::number).containsExactly(1, 2, 3);
        assertThat(t.reissues().get(1).valid()).isFalse();
        assertThat(t.reissues().get(2).valid()).isTrue();
        assertProblem(() -> t.cancelReissue(2, new ReissueCancellation(LocalDate.of(2027, 3, 5), "lại")),
                TranscriptProblem.REISSUE_ALREADY_CANCELLED);
        assertProblem(() -> t.cancelReissue(9, new ReissueCancellation(LocalDate.of(2027, 3, 5), "không có")),
                TranscriptProblem.REISSUE_NUMBER);
    }

    @Test
    void nothingToReissueWithoutAPage() {
        assertProblem(() -> opened().reissue(LocalDate.of(2023, 3, 1), "Học sinh", "Mất"),
                TranscriptProblem.NOTHING_TO_REISSUE);
    }

    @Test
    void aReissueDatedBeforeThePreviousIsOutOfOrder() {
        Transcript t = fourYearsAtA().reissue(LocalDate.of(2027, 3, 1), "Học sinh", "Mất");

        assertProblem(() -> t.reissue(LocalDate.of(2027, 2, 1), "Học sinh", "Mất"), TranscriptProblem.OUT_OF_ORDER);
    }

    @Test
    void aDocumentWithAReusedOrSkippedNumberIsRefusedWhenRead() {
        Transcript t = fourYearsAtA().reissue(LocalDate.of(2027, 3, 1), "Học sinh", "Mất")
                .reissue(LocalDate.of(2027, 4, 1), "Học sinh", "Mất");
        String json = RecordsJson.write(t).replace("\"number\" : 2", "\"number\" : 1");

        assertThatThrownBy(() -> RecordsJson.read(json, Transcript.class))
                .isInstanceOfSatisfying(TranscriptException.class,
                        e -> assertThat(e.problem()).isEqualTo(TranscriptProblem.REISSUE_NUMBER));
    }

    @Test
    void aDocumentWithAPageAfterTheClosingIsRefusedWhenRead() {
        Transcript closed = fourYearsAtA().close(LocalDate.of(2026, 6, 10));
        Transcript open = new Transcript(Transcript.SCHEMA, closed.student(), closed.level(), closed.openedBy(),
                closed.years(), closed.transfers(), Optional.empty(), List.of());
        String json = RecordsJson.write(closed).replace("\"date\" : \"2026-06-10\"", "\"date\" : \"2026-05-01\"");

        assertThat(open.closing()).isEmpty();
        assertThatThrownBy(() -> RecordsJson.read(json, Transcript.class))
                .isInstanceOfSatisfying(TranscriptException.class,
                        e -> assertThat(e.problem()).isEqualTo(TranscriptProblem.CLOSED));
    }
}
