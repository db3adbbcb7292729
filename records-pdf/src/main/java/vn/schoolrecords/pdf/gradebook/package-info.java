/**
 * Printouts of grade books (sổ điểm): the class grade book per semester (sổ theo dõi và đánh giá
 * học sinh), the teacher's personal grade book (sổ điểm cá nhân) with its cover, and the monthly
 * edit log (nhật kí sửa điểm) per teacher for the principal board's meeting (001 Điều 8.2).
 *
 * <p>Each is PDF/A-3b on A4 after Decree 30/2020, with the print date (ngày in) and "Trang x/y"
 * on every page, table headers repeated on every page, empty signature fields named by role, and
 * the record it prints embedded as JSON: the grade book ({@code gradebook/1}) or the edit-log
 * report ({@value vn.schoolrecords.pdf.gradebook.EditLogPrintout#SCHEMA}).
 */
package vn.schoolrecords.pdf.gradebook;
