package vn.schoolrecords.signing;

/**
 * Obtains RFC 3161 timestamps (dấu thời gian) from a timestamp authority. The library checks the
 * token's message imprint itself, so an implementation need not trust its transport.
 */
public interface TimestampClient {

    /**
     * Asks for a timestamp over a digest.
     *
     * @param digest the message imprint, not null
     * @param digestAlgorithm its standard name, e.g. {@code SHA-256}, not null
     * @return the DER-encoded TimeStampToken (a CMS ContentInfo), not null
     * @throws TimestampException if no timestamp was granted
     */
    byte[] timestamp(byte[] digest, String digestAlgorithm);

    /** @return a description of the authority, e.g. its URL, for reports, not null */
    String description();
}
