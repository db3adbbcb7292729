/**
 * Retention (lưu trữ): record kinds, their retention periods as versioned data (TT 27/2016/TT-BGDĐT,
 * its replacement TT 08/2025/TT-BGDĐT, NĐ 88/2026/NĐ-CP), the schedule in force on a date, and
 * legal holds that block disposal. Periods the stored sources do not confirm are unknown, never guessed.
 */
package vn.schoolrecords.core.retention;
