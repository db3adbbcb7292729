/**
 * schoolrecords PDF: printable school records — transcripts (học bạ), grade-book printouts
 * (sổ điểm), edit logs (nhật kí sửa điểm), plans (kế hoạch), class lists (danh sách lớp),
 * certified copies — laid out as Decree 30/2020 requires, rendered with Apache PDFBox as
 * PDF/A-3b with the record's JSON inside.
 */
module vn.schoolrecords.pdf {
    requires transitive vn.schoolrecords.core;
    requires transitive org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires org.apache.xmpbox;
    // ICC_Profile for the sRGB output intent, ImageIO to check and decode logos.
    requires java.desktop;

    exports vn.schoolrecords.pdf;
    exports vn.schoolrecords.pdf.transcript;
    exports vn.schoolrecords.pdf.gradebook;
    exports vn.schoolrecords.pdf.plan;
}
