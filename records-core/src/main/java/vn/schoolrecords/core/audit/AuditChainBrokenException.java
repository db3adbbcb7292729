package vn.schoolrecords.core.audit;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * A hash-chained log has been altered: an entry was removed, inserted, reordered or changed
 * after it was written. Nothing in the log after {@link #sequence()} can be trusted.
 */
public final class AuditChainBrokenException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "AUDIT_CHAIN_BROKEN";

    /** What does not fit. */
    public enum Fault {
        /** The entry's sequence is not the next one: an entry was removed, inserted or moved. */
        SEQUENCE,
        /** The entry's previous hash is not the hash of the entry before it. */
        PREVIOUS_HASH,
        /** The entry's stored hash is not the hash of its content: the entry was altered. */
        CONTENT_HASH,
        /** The stored document is not in its canonical form, byte for byte. */
        NOT_CANONICAL
    }

    private final long sequence;
    private final Fault fault;

    /**
     * Creates the exception.
     *
     * @param sequence the sequence expected at the first entry that does not fit (0 when the
     *     document as a whole is at fault)
     * @param fault what does not fit, not null
     */
    public AuditChainBrokenException(long sequence, Fault fault) {
        super(CODE, text(sequence, fault));
        this.sequence = sequence;
        this.fault = fault;
    }

    /** @return the position of the first entry that does not fit, from 1; 0 for the whole document */
    public long sequence() {
        return sequence;
    }

    /** @return what does not fit, not null */
    public Fault fault() {
        return fault;
    }

    private static LocalizedText text(long sequence, Fault fault) {
        return switch (fault) {
            case SEQUENCE -> LocalizedText.of(
                    "nhật kí bị sửa: thiếu, thừa hoặc đảo thứ tự sự kiện tại vị trí " + sequence,
                    "log tampered with: an event was removed, inserted or moved at position " + sequence);
            case PREVIOUS_HASH -> LocalizedText.of(
                    "nhật kí bị sửa: mã băm trước của sự kiện " + sequence + " không khớp",
                    "log tampered with: the previous hash of event " + sequence + " does not match");
            case CONTENT_HASH -> LocalizedText.of(
                    "nhật kí bị sửa: nội dung sự kiện " + sequence + " không khớp mã băm",
                    "log tampered with: the content of event " + sequence + " does not match its hash");
            case NOT_CANONICAL -> LocalizedText.of(
                    "tệp nhật kí không ở dạng chuẩn: đã bị sửa sau khi ghi",
                    "the log file is not in its canonical form: it was changed after it was written");
        };
    }
}
