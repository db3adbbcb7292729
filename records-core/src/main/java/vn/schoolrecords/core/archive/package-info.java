/**
 * The year-end archive (tệp dữ liệu lưu trữ cuối năm, 002 §II.5): one ZIP per school and school
 * year with every record as JSON, every PDF, and a manifest of each entry's SHA-256 and size;
 * written and verified as streams.
 */
package vn.schoolrecords.core.archive;
