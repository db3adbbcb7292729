/**
 * schoolrecords signing: digital signatures (chữ ký số) of school records — PAdES for PDF
 * transcripts, CAdES for JSON records and archives, XML signatures for the học bạ số — with
 * the algorithm rules of TT 15/2025/TT-BKHCN.
 */
module vn.schoolrecords.signing {
    requires transitive vn.schoolrecords.core;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.apache.pdfbox;
    requires java.naming;
    requires transitive java.net.http;

    exports vn.schoolrecords.signing;
    exports vn.schoolrecords.signing.verify;
}
