/**
 * The digital transcript (học bạ số, Thông tư 70/2026/TT-BGDĐT): the Ministry's XML record of
 * a learner's transcript (technical model v1.0, CV 2088/BGDĐT-GDTH Phụ lục 1) and its lifecycle.
 *
 * <ul>
 * <li>{@link vn.schoolrecords.core.transcript.digital.DigitalTranscript}: the record — lookup
 *     code (UUID v4), creation time, the {@link vn.schoolrecords.core.transcript.Transcript}, and
 *     the model's fields the transcript does not hold: the learner's
 *     ({@link vn.schoolrecords.core.transcript.digital.LearnerDetails}: register number, home town,
 *     parents …) and each year's ({@link vn.schoolrecords.core.transcript.digital.YearDetails}:
 *     weight, height, the signing leader and the issue date).</li>
 * <li>{@link vn.schoolrecords.core.transcript.digital.DigitalTranscriptXml}: writes and reads
 *     the XML. For the signing module: {@code write(record)} gives the unsigned bytes with an
 *     unsigned signing area {@code DANH_SACH_THONG_TIN_KY} (one element per signing role,
 *     {@code signingPlace(version, role)}); each signature references the data
 *     region {@code DU_LIEU_HOC_BA} by {@code "#" + dataId(lookupCode)} (attribute {@code Id});
 *     {@code parse(bytes)} gives the securely parsed, schema-validated DOM of a signed or
 *     unsigned record; {@code formatDateTime} writes a {@code SigningTime} in the model's form.</li>
 * <li>The element names live in one mapping resource per model version
 *     ({@code hoc-ba-so-1.0.mapping}); the XML Schema {@code hoc-ba-so-1.0.xsd} is derived from
 *     it. A new model version is a new {@link vn.schoolrecords.core.transcript.digital.ModelVersion}
 *     with its own two resources.</li>
 * <li>{@link vn.schoolrecords.core.transcript.digital.DigitalRecord}: the lifecycle as a pure
 *     workflow over the hash-chained audit log — lock dates, signing year by year, issue, no
 *     edit after issue, recall and re-creation with a new lookup code, the issue log, transfers,
 *     and correction requests due within 10 working days
 *     ({@link vn.schoolrecords.core.transcript.digital.CorrectionRequest},
 *     {@link vn.schoolrecords.core.school.WorkingCalendar}).</li>
 * </ul>
 */
package vn.schoolrecords.core.transcript.digital;
