/**
 * Append-only, hash-chained event logs (nhật kí) shared by grade books and plans: removing,
 * reordering, inserting or altering any event is detected.
 *
 * <p>Each {@link vn.schoolrecords.core.audit.AuditEntry} is hashed with SHA-256 over the
 * previous entry's hash, its sequence and the canonical bytes of its event, defined in
 * {@link vn.schoolrecords.core.audit.CanonicalWriter}; {@link vn.schoolrecords.core.audit.AuditChain#verify}
 * checks a whole chain. The head hash is what the signing module signs or timestamps.
 */
package vn.schoolrecords.core.audit;
