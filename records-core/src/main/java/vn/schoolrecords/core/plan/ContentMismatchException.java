package vn.schoolrecords.core.plan;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.core.audit.Digest;

/**
 * The content hash a command names is not the one it acts on: a reviewer approves or returns a
 * version other than the one submitted, or an author submits a version other than the latest.
 * Approving version 3 never approves version 4. Nothing was changed.
 */
public final class ContentMismatchException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "PLAN_CONTENT_MISMATCH";

    private final transient Digest expected;
    private final transient Digest given;

    /**
     * Creates the exception.
     *
     * @param expected the hash of the version the command acts on, not null
     * @param given the hash the command names, not null
     */
    public ContentMismatchException(Digest expected, Digest given) {
        super(CODE, LocalizedText.of(
                "nội dung đã đổi: phiên bản đang chờ có mã băm " + expected + ", không phải " + given,
                "the content changed: the version at hand has hash " + expected + ", not " + given));
        this.expected = expected;
        this.given = given;
    }

    /** @return the hash of the version at hand, not null */
    public Digest expected() {
        return expected;
    }

    /** @return the hash the command named, not null */
    public Digest given() {
        return given;
    }
}
