/**
 * Education plans (kế hoạch giáo dục) and lesson plans (kế hoạch bài dạy) in the frames of CV
 * 5512/BGDĐT-GDTrH, and their approval chains (004 §2.2): the teacher plan by the subject-group
 * (tổ chuyên môn) or sub-group leader; the group plans by the principal board (ban giám hiệu); the
 * school plan by the school council (hội đồng trường), then reported to the district office (THCS)
 * or the provincial secondary division (THPT); the lesson plan by the group leader or the principal
 * board as the school's {@link vn.schoolrecords.core.plan.PlanPolicy} says, before the lesson.
 *
 * <p>Start with {@link vn.schoolrecords.core.plan.PlanWorkflow}: create a plan, then decide each
 * {@link vn.schoolrecords.core.plan.PlanCommand} with the time and the policy; append the events to
 * a {@link vn.schoolrecords.core.plan.PlanLog}, hash-chained by the same
 * {@link vn.schoolrecords.core.audit.AuditChain} as the grade books. Every approval names the
 * content hash it approved. {@link vn.schoolrecords.core.plan.PlanDashboard} shows, for a school and
 * an instant, what is missing, late, and waiting for whom.
 *
 * <p>JSON Schema: {@code /schema/plan-1.schema.json} ({@code plan/1} and {@code plan-log/1}).
 * Choices where the seeds are silent are listed in {@code docs/interpretations/plans-and-access.md}.
 */
package vn.schoolrecords.core.plan;
