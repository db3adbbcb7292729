/**
 * Printouts of plans (kế hoạch) in the frames of CV 5512/BGDĐT-GDTrH — the school education
 * plan, the subject group's teaching and activity plans, the teacher's plan and the lesson plan
 * (kế hoạch bài dạy) — each with its approval trail: who saved, submitted, approved, returned or
 * reported which version, when, with what comment, and the content hash each step named.
 *
 * <p>PDF/A-3b on A4 after Decree 30/2020, with the print date (ngày in) and "Trang x/y" on every
 * page and the plan embedded as JSON ({@code plan/1}).
 */
package vn.schoolrecords.pdf.plan;
