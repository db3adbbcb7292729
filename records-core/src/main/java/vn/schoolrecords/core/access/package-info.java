/**
 * Who may see, write, submit, approve and report which professional record (hồ sơ chuyên môn)
 * across the hierarchy province → district → school (004 §2.3): one pure function,
 * {@link vn.schoolrecords.core.access.AccessPolicy#decide}, from an
 * {@link vn.schoolrecords.core.access.Actor}, an {@link vn.schoolrecords.core.access.Action} and a
 * {@link vn.schoolrecords.core.access.Resource} to an allow or deny with its rule and reason.
 * Staff act only in their school; the district office (Phòng GDĐT), provincial subject
 * specialists (by subject) and provincial leadership only read, each within its own territory.
 *
 * <p>Choices where the seeds are silent are listed in {@code docs/interpretations/plans-and-access.md}.
 */
package vn.schoolrecords.core.access;
