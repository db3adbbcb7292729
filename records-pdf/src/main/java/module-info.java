/**
 * schoolrecords PDF: printable school records — transcripts (học bạ), grade-book printouts
 * (sổ điểm), certified copies — laid out as Decree 30/2020 requires, rendered with Apache PDFBox.
 */
module vn.schoolrecords.pdf {
    requires transitive vn.schoolrecords.core;
    requires transitive org.apache.pdfbox;

    exports vn.schoolrecords.pdf;
}
