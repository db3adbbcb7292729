package vn.schoolrecords.core.transcript.digital.submission;

/**
 * Carries a signed transaction to the receiving portal and brings its answer back. The vendor's:
 * each province's portal has its own address, token service and wire details (CV 2088 leaves the
 * connection to the Sở), so the library only builds, signs (through {@link TransactionSigner})
 * and checks; it opens no socket itself.
 */
@FunctionalInterface
public interface SubmissionTransport {

    /**
     * Sends one signed transaction.
     *
     * @param kind the transaction's kind, not null
     * @param signedEnvelope the signed envelope XML, not null
     * @return the portal's answer, not null
     */
    TransactionResponse send(TransactionKind kind, byte[] signedEnvelope);
}
