package vn.schoolrecords.core.audit;

import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import vn.schoolrecords.core.audit.internal.Sha256;

/**
 * Checks hash chains of {@link AuditEntry audit entries}.
 */
public final class AuditChain {

    private AuditChain() {
    }

    /**
     * Verifies a whole chain: sequences 1, 2, 3…, each entry's previous hash equal to the hash
     * of the entry before ({@link Digest#GENESIS} for the first), and each stored hash equal to
     * the hash of the entry's content. Runs at hashing speed: one digest and one reused buffer.
     *
     * @param entries the entries in order, not null
     * @return the head: the hash of the last entry, or {@link Digest#GENESIS} for an empty log, not null
     * @throws AuditChainBrokenException naming the first entry that does not fit
     */
    public static Digest verify(List<? extends AuditEntry<?>> entries) {
        Objects.requireNonNull(entries, "entries");
        MessageDigest md = Sha256.newDigest();
        CanonicalWriter out = new CanonicalWriter();
        Digest head = Digest.GENESIS;
        long expectedSequence = 1;
        byte[] computed = new byte[Digest.LENGTH];
        for (AuditEntry<?> e : entries) {
            if (e.sequence() != expectedSequence) {
                throw new AuditChainBrokenException(expectedSequence, AuditChainBrokenException.Fault.SEQUENCE);
            }
            if (!e.previous().equals(head)) {
                throw new AuditChainBrokenException(expectedSequence, AuditChainBrokenException.Fault.PREVIOUS_HASH);
            }
            AuditEntry.hashInto(md, out, head, e.sequence(), e.event(), computed);
            if (!e.hash().matches(computed)) {
                throw new AuditChainBrokenException(expectedSequence, AuditChainBrokenException.Fault.CONTENT_HASH);
            }
            head = e.hash();
            expectedSequence++;
        }
        return head;
    }
}
