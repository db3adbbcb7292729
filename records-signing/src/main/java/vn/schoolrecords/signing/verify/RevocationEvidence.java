package vn.schoolrecords.signing.verify;

import java.util.List;

/**
 * Revocation data for one certificate, as a {@link RevocationFetcher} found it: DER-encoded OCSP
 * responses (RFC 6960 OCSPResponse) and CRLs (RFC 5280). The verifier checks every item itself.
 *
 * @param ocspResponses OCSP responses, DER, not null
 * @param crls CRLs, DER, not null
 */
public record RevocationEvidence(List<byte[]> ocspResponses, List<byte[]> crls) {

    /** No data. */
    public static final RevocationEvidence NONE = new RevocationEvidence(List.of(), List.of());

    /** Copies the lists and arrays. */
    public RevocationEvidence {
        ocspResponses = ocspResponses.stream().map(byte[]::clone).toList();
        crls = crls.stream().map(byte[]::clone).toList();
    }

    /** @return defensive copies of the OCSP responses, not null */
    @Override
    public List<byte[]> ocspResponses() {
        return ocspResponses.stream().map(byte[]::clone).toList();
    }

    /** @return defensive copies of the CRLs, not null */
    @Override
    public List<byte[]> crls() {
        return crls.stream().map(byte[]::clone).toList();
    }
}
