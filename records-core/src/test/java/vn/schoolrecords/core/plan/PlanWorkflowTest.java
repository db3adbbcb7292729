package vn.schoolrecords.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.schoolrecords.core.plan.PlanFixture.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.access.AccessDeniedException;
import vn.schoolrecords.core.access.Reviewer;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.school.GradeLevel;
import vn.schoolrecords.core.school.StaffRole;

class PlanWorkflowTest {

    private static final Instant SEPT_1 = vn(2024, 9, 1, 8, 0);

    private static Plan submittedTeacherPlan() {
        Plan p = create(TEACHER, teacherHeader("GV01"), teacherPlan("Bài 1"), SEPT_1).plan();
        return decide(p, submit(TEACHER, p), vn(2024, 9, 10, 8, 0));
    }

    @Test
    void theGroupLeaderApprovesATeacherPlanNamingTheHashSubmitted() {
        Plan submitted = submittedTeacherPlan();
        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(submitted.awaiting()).contains(Reviewer.SUBJECT_GROUP_LEADER);
        PlanDecision d = PlanWorkflow.decide(submitted, approve(GROUP_LEADER, submitted), vn(2024, 9, 11, 8, 0), POLICY);
        assertThat(d.plan().status()).isEqualTo(PlanStatus.APPROVED);
        PlanEvent.Approved e = (PlanEvent.Approved) d.entries().get(0).event();
        assertThat(e.contentHash()).isEqualTo(submitted.latest().contentHash());
        assertThat(e.role()).isEqualTo(StaffRole.SUBJECT_GROUP_LEADER);
        assertThat(e.actorId()).isEqualTo("GV10");
        assertThat(e.comment()).contains("Đồng ý");
    }

    @Test
    void theSubGroupLeaderApprovesTheSubGroupsTeacherPlansButNotAnotherSubGroups() {
        Plan submitted = submittedTeacherPlan();
        assertThat(decide(submitted, approve(SUBGROUP_LEADER, submitted), vn(2024, 9, 11, 8, 0)).status())
                .isEqualTo(PlanStatus.APPROVED);
        assertThatThrownBy(() -> decide(submitted, approve(OTHER_SUBGROUP_LEADER, submitted), vn(2024, 9, 11, 8, 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePrincipalBoardDoesNotApproveTeacherPlansButReadsThem() {
        Plan submitted = submittedTeacherPlan();
        assertThatThrownBy(() -> decide(submitted, approve(VICE_PRINCIPAL, submitted), vn(2024, 9, 11, 8, 0)))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.rule()).isEqualTo("Access.notReviewer"));
    }

    @Test
    void groupPlansAreApprovedByThePrincipalBoardNotByTheGroupLeader() {
        PlanHeader h = PlanHeader.teachingPlan("KHDH-TOAN7", PLACE, YEAR, "GV10", GROUP, Optional.empty(), "TOAN",
                GradeLevel.of(7));
        Plan p = create(GROUP_LEADER, h, teachingPlan(), SEPT_1).plan();
        Plan submitted = decide(p, submit(GROUP_LEADER, p), vn(2024, 9, 5, 8, 0));
        assertThat(submitted.awaiting()).contains(Reviewer.PRINCIPAL_BOARD);
        assertThatThrownBy(() -> decide(submitted, approve(GROUP_LEADER, submitted), vn(2024, 9, 6, 8, 0)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).isEqualTo("Access.ownRecord"));
        assertThat(decide(submitted, approve(VICE_PRINCIPAL, submitted), vn(2024, 9, 6, 8, 0)).status())
                .isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void theSubGroupLeaderSubmitsTheSubGroupsActivityPlanAndThePrincipalApprovesIt() {
        PlanHeader h = PlanHeader.activityPlan("KHHD-NHOMTOAN", PLACE, YEAR, "GV11", GROUP, SUBGROUP, Optional.of("TOAN"));
        Plan p = create(SUBGROUP_LEADER, h, activityPlan(), SEPT_1).plan();
        Plan submitted = decide(p, submit(SUBGROUP_LEADER, p), vn(2024, 9, 5, 8, 0));
        PlanDecision d = PlanWorkflow.decide(submitted, approve(PRINCIPAL, submitted), vn(2024, 9, 6, 8, 0), POLICY);
        assertThat(d.plan().status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(d.entries().get(0).event().role()).isEqualTo(StaffRole.PRINCIPAL);
    }

    @Test
    void aTeacherCannotWriteAGroupPlan() {
        PlanHeader h = PlanHeader.activityPlan("KHHD-X", PLACE, YEAR, "GV01", GROUP, SUBGROUP, Optional.empty());
        assertThatThrownBy(() -> create(TEACHER, h, activityPlan(), SEPT_1))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).isEqualTo("Access.cannotAuthor"));
    }

    @Test
    void theSchoolPlanIsApprovedByTheCouncilThenReportedToTheDistrictOfficeForATHCSSchool() {
        Plan p = create(PRINCIPAL, PlanHeader.schoolPlan("KHGD-NT", SCHOOL, YEAR, "CB01"), schoolPlan(), SEPT_1).plan();
        Plan submitted = decide(p, submit(PRINCIPAL, p), vn(2024, 9, 5, 8, 0));
        assertThat(submitted.awaiting()).contains(Reviewer.SCHOOL_COUNCIL);
        assertThatThrownBy(() -> decide(submitted, approve(VICE_PRINCIPAL, submitted), vn(2024, 9, 6, 8, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decide(submitted, new PlanCommand.Report(PRINCIPAL, Optional.empty()), vn(2024, 9, 6, 8, 0)))
                .isInstanceOfSatisfying(PlanTransitionException.class, e -> assertThat(e.rule()).isEqualTo("Plan.notApproved"));
        Plan approved = decide(submitted, approve(COUNCIL, submitted), vn(2024, 9, 6, 8, 0));
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThatThrownBy(() -> decide(approved, new PlanCommand.Report(COUNCIL, Optional.empty()), vn(2024, 9, 7, 8, 0)))
                .isInstanceOf(AccessDeniedException.class);
        Plan reported = decide(approved, new PlanCommand.Report(VICE_PRINCIPAL, Optional.empty()), vn(2024, 9, 7, 8, 0));
        assertThat(reported.status()).isEqualTo(PlanStatus.REPORTED);
        assertThat(reported.report().orElseThrow().office())
                .isEqualTo(new ReportingOffice(ReportingOffice.Kind.DISTRICT_OFFICE, "Hải Phòng", Optional.of("Lê Chân")));
        assertThat(reported.report().orElseThrow().contentHash()).isEqualTo(p.latest().contentHash());
    }

    @Test
    void aTHPTSchoolAndASchoolWithoutDistrictReportToTheProvincialSecondaryDivision() {
        assertThat(ReportingOffice.forSchool(THPT).kind()).isEqualTo(ReportingOffice.Kind.PROVINCIAL_SECONDARY_DIVISION);
        var noDistrict = vn.schoolrecords.core.school.School.of("31000999", "Trường THCS Hòa Bình",
                java.util.EnumSet.of(vn.schoolrecords.core.school.EducationLevel.LOWER_SECONDARY), "Hải Phòng",
                Optional.empty(), "Sở GDĐT Hải Phòng");
        assertThat(ReportingOffice.forSchool(noDistrict))
                .isEqualTo(new ReportingOffice(ReportingOffice.Kind.PROVINCIAL_SECONDARY_DIVISION, "Hải Phòng",
                        Optional.empty()));
        assertThat(ReportingOffice.forSchool(SCHOOL).kind()).isEqualTo(ReportingOffice.Kind.DISTRICT_OFFICE);
    }

    @ParameterizedTest(name = "submitted on {0} September: late = {1}")
    @CsvSource({"14, false", "15, true", "16, true"})
    void educationPlansAreDueBefore15September(int day, boolean late) {
        Plan p = create(TEACHER, teacherHeader("GV01"), teacherPlan("Bài 1"), SEPT_1).plan();
        Plan submitted = decide(p, submit(TEACHER, p), vn(2024, 9, day, 23, 59));
        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(submitted.submission().orElseThrow().late()).isEqualTo(late);
        assertThat(submitted.submission().orElseThrow().dueBefore()).isEqualTo(LocalDate.of(2024, 9, 15));
    }

    @Test
    void theDayIsCountedInVietnamTimeAndASchoolMayReadTheDeadlineAsInclusive() {
        Plan p = create(TEACHER, teacherHeader("GV01"), teacherPlan("Bài 1"), SEPT_1).plan();
        // 14 September 23:30 in Hà Nội is 16:30 UTC on the 14th; 15 September 00:30 in Hà Nội is still the 14th in UTC.
        Instant firstMinutesOf15th = vn(2024, 9, 15, 0, 30);
        assertThat(PlanWorkflow.decide(p, submit(TEACHER, p), firstMinutesOf15th, POLICY).plan().submission()
                .orElseThrow().late()).isTrue();
        PlanPolicy inclusive = POLICY.withEducationPlansDueBefore(MonthDay.of(9, 16));
        assertThat(PlanWorkflow.decide(p, submit(TEACHER, p), vn(2024, 9, 15, 23, 0), inclusive).plan().submission()
                .orElseThrow().late()).isFalse();
    }

    @Test
    void aLessonPlanIsApprovedBeforeItsTeachingDateAndNotOnIt() {
        LocalDate lesson = LocalDate.of(2024, 10, 7);
        Plan p = create(TEACHER, lessonHeader("GV01", lesson), lessonPlan("Bài 1. Tập hợp các số hữu tỉ"),
                vn(2024, 10, 1, 8, 0)).plan();
        Plan submitted = decide(p, submit(TEACHER, p), vn(2024, 10, 6, 20, 0));
        assertThat(submitted.submission().orElseThrow().late()).isFalse();
        assertThat(decide(submitted, approve(GROUP_LEADER, submitted), vn(2024, 10, 6, 23, 59)).status())
                .isEqualTo(PlanStatus.APPROVED);
        assertThatThrownBy(() -> decide(submitted, approve(GROUP_LEADER, submitted), vn(2024, 10, 7, 0, 1)))
                .isInstanceOfSatisfying(PlanDeadlinePassedException.class,
                        e -> assertThat(e.dueBefore()).isEqualTo(lesson));
    }

    @Test
    void aLateLessonPlanIsAcceptedFlaggedAndApprovedOnlyIfThePolicySays() {
        LocalDate lesson = LocalDate.of(2024, 10, 7);
        Plan p = create(TEACHER, lessonHeader("GV01", lesson), lessonPlan("Bài 1"), vn(2024, 10, 1, 8, 0)).plan();
        Plan submitted = decide(p, submit(TEACHER, p), vn(2024, 10, 7, 6, 0));
        assertThat(submitted.submission().orElseThrow().late()).isTrue();
        PlanPolicy lenient = POLICY.withLateLessonPlanApproval(true);
        PlanDecision d = PlanWorkflow.decide(submitted, approve(GROUP_LEADER, submitted), vn(2024, 10, 8, 8, 0), lenient);
        assertThat(d.plan().status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(d.plan().approvals().get(0).late()).isTrue();
        assertThatThrownBy(() -> decide(submitted, approve(GROUP_LEADER, submitted), vn(2024, 10, 8, 8, 0)))
                .isInstanceOf(PlanDeadlinePassedException.class);
    }

    @Test
    void aSchoolMayHaveThePrincipalBoardApproveLessonPlans() {
        PlanPolicy board = POLICY.withLessonPlanReviewer(Reviewer.PRINCIPAL_BOARD);
        Plan p = PlanWorkflow.start(new PlanCommand.Create(TEACHER, lessonHeader("GV01", LocalDate.of(2024, 10, 7)),
                lessonPlan("Bài 1"), Optional.empty()), vn(2024, 10, 1, 8, 0), board).plan();
        Plan submitted = PlanWorkflow.decide(p, submit(TEACHER, p), vn(2024, 10, 2, 8, 0), board).plan();
        assertThat(submitted.awaiting()).contains(Reviewer.PRINCIPAL_BOARD);
        assertThatThrownBy(() -> PlanWorkflow.decide(submitted, approve(GROUP_LEADER, submitted), vn(2024, 10, 3, 8, 0),
                board)).isInstanceOf(AccessDeniedException.class);
        assertThat(PlanWorkflow.decide(submitted, approve(VICE_PRINCIPAL, submitted), vn(2024, 10, 3, 8, 0), board)
                .plan().status()).isEqualTo(PlanStatus.APPROVED);
        assertThatThrownBy(() -> POLICY.withLessonPlanReviewer(Reviewer.SCHOOL_COUNCIL))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aReturnedPlanCarriesTheFeedbackAndApprovingTheOldVersionAfterResubmissionIsRefused() {
        Plan submitted = submittedTeacherPlan();
        Digest v1 = submitted.latest().contentHash();
        Plan returned = decide(submitted, new PlanCommand.Return(GROUP_LEADER, v1, "Bổ sung tiết ôn tập"),
                vn(2024, 9, 11, 8, 0));
        assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.lastFeedback().orElseThrow().text()).isEqualTo("Bổ sung tiết ôn tập");
        assertThat(returned.lastFeedback().orElseThrow().actorId()).isEqualTo("GV10");
        Plan v2 = decide(returned, new PlanCommand.SaveDraft(TEACHER, teacherPlan("Bài 1 và ôn tập"), Optional.empty()),
                vn(2024, 9, 12, 8, 0));
        assertThat(v2.latest().number()).isEqualTo(2);
        Plan resubmitted = decide(v2, submit(TEACHER, v2), vn(2024, 9, 12, 9, 0));
        assertThatThrownBy(() -> decide(resubmitted, new PlanCommand.Approve(GROUP_LEADER, v1, Optional.empty()),
                vn(2024, 9, 13, 8, 0))).isInstanceOfSatisfying(ContentMismatchException.class,
                        e -> assertThat(e.expected()).isEqualTo(v2.latest().contentHash()));
        Plan approved = decide(resubmitted, approve(GROUP_LEADER, resubmitted), vn(2024, 9, 13, 8, 0));
        assertThat(approved.approvals().get(0).version()).isEqualTo(2);
    }

    @Test
    void aReturnWithoutFeedbackIsRefused() {
        Plan submitted = submittedTeacherPlan();
        assertThatThrownBy(() -> decide(submitted, new PlanCommand.Return(GROUP_LEADER,
                submitted.latest().contentHash(), "  "), vn(2024, 9, 11, 8, 0)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void approvingOnesOwnPlanIsRefusedAndNothingChanges() {
        Plan p = create(GROUP_LEADER, teacherHeader("GV10"), teacherPlan("Bài 1"), SEPT_1).plan();
        Plan submitted = decide(p, submit(GROUP_LEADER, p), vn(2024, 9, 5, 8, 0));
        Plan before = submitted;
        assertThatThrownBy(() -> decide(submitted, approve(GROUP_LEADER, submitted), vn(2024, 9, 6, 8, 0)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo("ACCESS_DENIED");
                    assertThat(e.rule()).isEqualTo("Access.ownRecord");
                });
        assertThat(submitted).isEqualTo(before);
        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void approvingOutOfOrderIsRefused() {
        Plan draft = create(TEACHER, teacherHeader("GV01"), teacherPlan("Bài 1"), SEPT_1).plan();
        assertThatThrownBy(() -> decide(draft, new PlanCommand.Approve(GROUP_LEADER, draft.latest().contentHash(),
                Optional.empty()), vn(2024, 9, 6, 8, 0)))
                .isInstanceOfSatisfying(PlanTransitionException.class, e -> {
                    assertThat(e.code()).isEqualTo("PLAN_INVALID_TRANSITION");
                    assertThat(e.rule()).isEqualTo("Plan.notSubmitted");
                });
        Plan approved = decide(submittedTeacherPlan(), approve(GROUP_LEADER, submittedTeacherPlan()), vn(2024, 9, 11, 8, 0));
        assertThatThrownBy(() -> decide(approved, approve(GROUP_LEADER, approved), vn(2024, 9, 12, 8, 0)))
                .isInstanceOf(PlanTransitionException.class);
        assertThatThrownBy(() -> decide(approved, submit(TEACHER, approved), vn(2024, 9, 12, 8, 0)))
                .isInstanceOf(PlanTransitionException.class);
        assertThatThrownBy(() -> decide(approved, new PlanCommand.Report(PRINCIPAL, Optional.empty()), vn(2024, 9, 12, 8, 0)))
                .isInstanceOfSatisfying(PlanTransitionException.class, e -> assertThat(e.rule()).isEqualTo("Plan.notReported"));
    }

    @Test
    void approvingAPlanOfAnotherSchoolIsRefused() {
        Plan submitted = submittedTeacherPlan();
        assertThatThrownBy(() -> decide(submitted, approve(LEADER_ELSEWHERE, submitted), vn(2024, 9, 11, 8, 0)))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.rule()).isEqualTo("Access.outsideHierarchy"));
        assertThatThrownBy(() -> decide(submitted, approve(PRINCIPAL_ELSEWHERE, submitted), vn(2024, 9, 11, 8, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void officesAboveTheSchoolReadButNeverApprove() {
        Plan submitted = submittedTeacherPlan();
        assertThatThrownBy(() -> decide(submitted, approve(DISTRICT, submitted), vn(2024, 9, 11, 8, 0)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).isEqualTo("Access.readOnly"));
        assertThatThrownBy(() -> decide(submitted, approve(SPECIALIST, submitted), vn(2024, 9, 11, 8, 0)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).isEqualTo("Access.readOnly"));
    }

    @Test
    void aLessonPlanWithTwoLessonsIsRefused() {
        var objectives = new LessonPlan.Objectives(List.of("a"), List.of("b"), List.of("c"));
        assertThatThrownBy(() -> new LessonPlan(List.of("Bài 1", "Bài 2"), "7A1", 4, objectives, "Máy chiếu",
                fourActivities(), List.of())).isInstanceOfSatisfying(SeveralLessonsException.class, e -> {
                    assertThat(e.code()).isEqualTo("LESSON_PLAN_SEVERAL_LESSONS");
                    assertThat(e.lessons()).isEqualTo(2);
                });
        List<LessonPlan.Activity> twice = new java.util.ArrayList<>(fourActivities());
        twice.addAll(fourActivities());
        assertThatThrownBy(() -> LessonPlan.of("Bài 1 và 2", "7A1", 4, objectives, "Máy chiếu", twice, List.of()))
                .isInstanceOfSatisfying(SeveralLessonsException.class, e -> assertThat(e.lessons()).isEqualTo(2));
        assertThatThrownBy(() -> LessonPlan.of("Bài 1", "7A1", 1, objectives, "Máy chiếu",
                fourActivities().subList(0, 3), List.of())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void contentOfAnotherKindAndUnchangedDraftsAreRefused() {
        Plan draft = create(TEACHER, teacherHeader("GV01"), teacherPlan("Bài 1"), SEPT_1).plan();
        assertThatThrownBy(() -> decide(draft, new PlanCommand.SaveDraft(TEACHER, lessonPlan("Bài 1"), Optional.empty()),
                SEPT_1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> decide(draft, new PlanCommand.SaveDraft(TEACHER, teacherPlan("Bài 1"), Optional.empty()),
                SEPT_1)).isInstanceOfSatisfying(PlanTransitionException.class,
                        e -> assertThat(e.rule()).isEqualTo("Plan.unchanged"));
        assertThatThrownBy(() -> decide(draft, new PlanCommand.SaveDraft(TEACHER_2, teacherPlan("Bài 2"), Optional.empty()),
                SEPT_1)).isInstanceOf(AccessDeniedException.class);
    }
}
