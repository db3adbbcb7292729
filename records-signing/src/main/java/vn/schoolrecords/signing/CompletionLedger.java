package vn.schoolrecords.signing;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records which prepared signatures were completed, so that each is completed once only.
 *
 * <p>A {@link PreparedSignature} is an immutable value: copies of it (in memory, in a database,
 * in a user's session) are indistinguishable, so the value itself cannot know it was used. The
 * ledger is the caller's state: a vendor backs it by a table with a unique key on the id, and
 * the in-memory ledger serves one process. An entry may be forgotten once its expiry instant has
 * passed, because {@link SignatureService#complete(PreparedSignature, byte[])} refuses expired
 * prepared signatures before it asks the ledger; the ledger therefore stays bounded.
 */
public interface CompletionLedger {

    /**
     * Claims the completion of a prepared signature, atomically.
     *
     * @param preparedId the prepared signature's id, not null
     * @param expiresAt when the prepared signature expires, not null
     * @param now the current instant, after which entries that have expired may be forgotten, not null
     * @return true the first time an id is claimed, false after
     */
    boolean claim(String preparedId, Instant expiresAt, Instant now);

    /**
     * A ledger in this process's memory, for one process; forgets entries after they expire.
     *
     * @return a new, empty ledger, not null
     */
    static CompletionLedger inMemory() {
        Map<String, Instant> claimed = new ConcurrentHashMap<>();
        return (preparedId, expiresAt, now) -> {
            Objects.requireNonNull(preparedId, "preparedId");
            Objects.requireNonNull(expiresAt, "expiresAt");
            claimed.values().removeIf(expiry -> !now.isBefore(expiry));
            return claimed.putIfAbsent(preparedId, expiresAt) == null;
        };
    }
}
