/**
 * The submission package of the học bạ số (CV 2088/BGDĐT-GDTH Phụ lục 1 v1.0, §II.2 and Phụ lục
 * 02): batches of issued records sent to the province's receiving portal, compressed (GZip, a
 * 4-byte little-endian length prefix, Base64), at most 10 MB per transaction, in envelopes of the
 * six transaction kinds that the school's organisation certificate signs. The library builds and
 * checks; signing ({@link vn.schoolrecords.core.transcript.digital.submission.TransactionSigner})
 * and transport ({@link vn.schoolrecords.core.transcript.digital.submission.SubmissionTransport})
 * are supplied by the signing module and the vendor.
 */
package vn.schoolrecords.core.transcript.digital.submission;
