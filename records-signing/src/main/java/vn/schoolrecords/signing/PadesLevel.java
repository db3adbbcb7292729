package vn.schoolrecords.signing;

/** A PAdES baseline level (ETSI EN 319 142-1). */
public enum PadesLevel {
    /** B-B: the signature with its signed attributes and the signer's certificate. */
    B_B,
    /** B-T: B-B plus an RFC 3161 signature timestamp proving the signature existed at that time. */
    B_T,
    /**
     * B-LT: B-T plus the validation data (certificates, OCSP responses, CRLs) of every signature
     * and every timestamp in the document's DSS dictionary, so that it can be validated after the
     * certificates expire or the authorities go offline. Reached with {@link PadesExtender}.
     */
    B_LT,
    /**
     * B-LTA: B-LT plus a document timestamp (dấu thời gian tài liệu) over the whole document,
     * renewed before its authority's certificate or algorithm weakens. Reached with
     * {@link PadesExtender}.
     */
    B_LTA
}
