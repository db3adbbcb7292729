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
 */
package vn.schoolrecords.core.gradebook;
