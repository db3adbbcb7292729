/**
 * Grade books (sổ điểm điện tử): entry of marks and conduct, the school's edit policy and its
 * deadline, locks and approvals, correction requests with evidence, and the tamper-evident edit
 * log (nhật kí sửa điểm) from which every grade book is rebuilt.
 *
 * <p>Start with {@link vn.schoolrecords.core.gradebook.GradeBookWorkflow}: open a class's grade
 * book from the roster, then decide each {@link vn.schoolrecords.core.gradebook.GradeBookCommand}
 * with the time and the {@link vn.schoolrecords.core.gradebook.EditPolicy}; append the events to a
 * {@link vn.schoolrecords.core.gradebook.GradeBookLog}. Store the log (JSON schema
 * {@code audit-log/1}) and, if you wish, the grade book (schema {@code gradebook/1}); persist with
 * a compare-and-set on {@link vn.schoolrecords.core.gradebook.GradeBook#version()} so that two
 * sessions never lose an update.
 *
 * <h2>Defaults and interpretations where the seeds are silent</h2>
 * <ul>
 * <li>One grade book per class and school year, holding every subject (each with its teacher of
 *     record, fixed when the book is opened) and the class's conduct; one optimistic version for
 *     the whole book.</li>
 * <li>Locks, seals and approvals are per semester; the year's conduct belongs to semester II.</li>
 * <li>The last day for direct edits is inclusive and counted in Asia/Ho_Chi_Minh; an edit on that
 *     day at 23:59 is allowed, at 00:00 the next day it is not.</li>
 * <li>First entries need no reason, at any date, while the semester is open; an end-of-term score
 *     once entered changes only through a correction request (001 Điều 8.3), before the deadline
 *     too.</li>
 * <li>Conduct changes need a reason and evidence but no deadline (001 Điều 8 speaks of scores);
 *     once locked, conduct changes only after the principal unlocks.</li>
 * <li>The principal opens, unlocks, approves results and decides corrections; a vice principal
 *     does not, unless the vendor gives them the principal's role. Locking: the principal or the IT
 *     administrator (001 Điều 5.5). An approved semester is never unlocked.</li>
 * <li>A rejection needs a comment; an approval's comment may be empty.</li>
 * <li>An oral-score confirmation names two different students of the class, one of them the
 *     student whose score changes (001 Điều 8.2).</li>
 * <li>Regular columns per semester: TT 22/2021 Điều 6.2 (2, 3 or 4 by periods per year).</li>
 * <li>One pending correction request per cell; a direct edit waits until it is decided.</li>
 * </ul>
 */
package vn.schoolrecords.core.gradebook;
