package vn.schoolrecords.signing.xml;

import java.util.Locale;

import vn.schoolrecords.core.LocalizedText;

/** A check the {@link DigitalTranscriptVerifier} makes, with the rule it comes from. */
public enum XmlCheck {
    /** The document is well-formed, has no DTD and has the model's structure with one data region. */
    DOCUMENT_STRUCTURE("cấu trúc học bạ số", "structure of the digital transcript",
            "CV 2088/BGDĐT-GDTH Phụ lục 1 §II (HOC_BA, DU_LIEU_HOC_BA, DANH_SACH_THONG_TIN_KY)"),
    /** Every signature lies in the signing area, beside the data, in the element of the role it signed. */
    SIGNATURE_PLACEMENT("vị trí chữ ký", "placement of the signatures",
            "CV 2088/BGDĐT-GDTH Phụ lục 1: vùng ký nằm ở một node riêng (GVCN, CBQL, KY_PHAT_HANH)"),
    /** The signature has SignedInfo, KeyInfo with a certificate, and its SignatureProperty with SigningTime. */
    SIGNATURE_FORM("thành phần của chữ ký", "form of the signature",
            "CV 2088/BGDĐT-GDTH Phụ lục 1 (SigningTime, X509SubjectName, X509Certificate)"),
    /** Signature, digest and canonicalisation algorithms are allowed. */
    ALGORITHM("thuật toán", "algorithms", "TT 15/2025/TT-BKHCN, Phụ lục"),
    /** One reference covers exactly the data region the program reads, and it is unchanged. */
    DATA_REFERENCE("phạm vi ký: dữ liệu học bạ", "coverage: the record's data",
            "CV 2088/BGDĐT-GDTH Phụ lục 1 (Reference/@URI); XML Signature Best Practices §2.3"),
    /** One reference covers the signature's own SignatureProperty with SigningTime, unchanged. */
    SIGNING_TIME_REFERENCE("phạm vi ký: thời gian ký", "coverage: the signing time",
            "CV 2088/BGDĐT-GDTH Phụ lục 1 (SignatureProperty/SigningTime)"),
    /** The signature value verifies with the embedded certificate's key. */
    SIGNATURE_VALUE("giá trị chữ ký", "signature value", "XML Signature Syntax and Processing (TT 39/2017/TT-BTTTT)"),
    /**
     * The certificate chains to a trust anchor at the validation time (codes as the PDF
     * verifier's: {@code CERTIFICATE_PATH}, {@code CERTIFICATE_VALIDITY}).
     */
    CERTIFICATE_PATH("đường dẫn chứng thư số", "certificate path", "RFC 5280 §6"),
    /**
     * No certificate of the path is revoked, from data fetched online by the caller's fetcher
     * (codes as the PDF verifier's: {@code REVOCATION}, {@code REVOCATION_FRESHNESS}).
     */
    REVOCATION("tình trạng thu hồi chứng thư số", "certificate revocation", "RFC 6960; RFC 5280 §6.3"),
    /** The certificate was valid and allowed to sign at the signing time. */
    CERTIFICATE_USABLE("hiệu lực chứng thư số lúc ký", "certificate usable at the signing time",
            "TT 15/2025/TT-BKHCN; RFC 5280 §4.2.1.3"),
    /** Subject teachers, homeroom teacher, head of school, then the organisation; nothing after it. */
    SIGNING_ORDER("thứ tự ký", "signing order",
            "TT 70/2026/TT-BGDĐT Điều 9 khoản 3; CV 2088/BGDĐT-GDTH Phụ lục 1 §III.2");

    private final LocalizedText name;
    private final String citation;

    XmlCheck(String vi, String en, String citation) {
        this.name = LocalizedText.of(vi, en);
        this.citation = citation;
    }

    /** @return the check's name in both languages, not null */
    public LocalizedText title() {
        return name;
    }

    /** @return the rule the check comes from, not null */
    public String citation() {
        return citation;
    }

    /**
     * The name in a language.
     *
     * @param locale Vietnamese or another (English), not null
     * @return the name, not null
     */
    public String title(Locale locale) {
        return name.in(locale);
    }
}
