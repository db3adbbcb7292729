package vn.schoolrecords.core.gradebook;

import java.util.List;
import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * Someone changed the grade book since the version the command was based on: the command was
 * not applied, so no update is lost. Reload, look at {@link #changes()}, and try again.
 */
public final class VersionConflictException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "VERSION_CONFLICT";

    private final long expectedVersion;
    private final long actualVersion;
    private final transient List<String> changes;

    /**
     * Creates the exception.
     *
     * @param expectedVersion the version the command was based on
     * @param actualVersion the grade book's version
     * @param changes what changed since, e.g. {@code mark HS01/TOAN/FIRST/REGULAR#0 = 7.5 (v12)}, not null
     */
    public VersionConflictException(long expectedVersion, long actualVersion, List<String> changes) {
        super(CODE, LocalizedText.of(
                "sổ điểm đã thay đổi (phiên bản " + expectedVersion + " → " + actualVersion + "): " + String.join("; ", changes),
                "the grade book changed (version " + expectedVersion + " → " + actualVersion + "): " + String.join("; ", changes)));
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
        this.changes = List.copyOf(changes);
    }

    /** @return the version the command was based on */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** @return the grade book's current version */
    public long actualVersion() {
        return actualVersion;
    }

    /** @return what changed after the expected version, current values, not null */
    public List<String> changes() {
        return changes;
    }
}
