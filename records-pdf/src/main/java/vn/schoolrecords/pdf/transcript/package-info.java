/**
 * Printing transcripts (học bạ): {@link vn.schoolrecords.pdf.transcript.SecondaryTranscriptRenderer}
 * (TT 22/2021 layout, with pages of TT 58/2011 years) and
 * {@link vn.schoolrecords.pdf.transcript.PrimaryTranscriptRenderer} (TT 27/2020 layout), originals
 * and reissued copies (bản sao, {@link vn.schoolrecords.pdf.transcript.TranscriptPrint#copyOf}),
 * PDF/A-3b with the transcript's JSON inside and empty signature fields named by
 * {@link vn.schoolrecords.pdf.transcript.TranscriptFields}.
 */
package vn.schoolrecords.pdf.transcript;
