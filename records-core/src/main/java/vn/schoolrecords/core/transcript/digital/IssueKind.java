package vn.schoolrecords.core.transcript.digital;

/**
 * What is issued from a digital transcript (học bạ số): the record itself, an electronic copy or
 * an extract; each is logged with its time, issuer, purpose and recipient (TT 70/2026/TT-BGDĐT,
 * Điều 10).
 */
public enum IssueKind {
    /** The record itself, issued by the school's organisation signature (phát hành học bạ số). */
    RECORD("Học bạ số"),
    /** An electronic copy of the whole record (bản điện tử). */
    ELECTRONIC_COPY("Bản điện tử"),
    /** An extract of part of the record (bản trích lục). */
    EXTRACT("Bản trích lục");

    private final String vietnameseName;

    IssueKind(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** @return the Vietnamese name, not null */
    public String vietnameseName() {
        return vietnameseName;
    }
}
