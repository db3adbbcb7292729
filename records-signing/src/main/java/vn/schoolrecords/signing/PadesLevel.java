package vn.schoolrecords.signing;

/** A PAdES baseline level (ETSI EN 319 142-1). */
public enum PadesLevel {
    /** B-B: the signature with its signed attributes and the signer's certificate. */
    B_B,
    /** B-T: B-B plus an RFC 3161 signature timestamp proving the signature existed at that time. */
    B_T
}
