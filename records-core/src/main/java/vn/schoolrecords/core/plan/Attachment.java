package vn.schoolrecords.core.plan;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.audit.CanonicalWriter;
import vn.schoolrecords.core.audit.Digest;
import vn.schoolrecords.core.plan.internal.Check;

/**
 * A file attached to a plan (tệp đính kèm), e.g. the teacher's own lesson plan as a Word or PDF
 * file. The library never opens it: it carries the name, the media type and the SHA-256 of the
 * bytes, so that the approval of a version covers exactly those bytes.
 *
 * @param name the file name as uploaded, e.g. {@code KHBD-Toan10-Bai3.docx}, not null
 * @param mediaType the media type, lower case, e.g. {@code application/pdf}, not null
 * @param sha256 the SHA-256 of the file's bytes, not null
 */
public record Attachment(String name, String mediaType, Digest sha256) {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    /**
     * Checks the name (not blank, at most 255 characters, no path) and the media type.
     *
     * @throws InvalidValueException if either is malformed
     */
    public Attachment {
        Check.text(name, "name");
        Check.that(name.length() <= 255 && name.indexOf('/') < 0 && name.indexOf('\\') < 0, "name", "Attachment.name",
                "tên tệp không chứa đường dẫn, tối đa 255 kí tự", "a file name has no path and at most 255 characters",
                name);
        Objects.requireNonNull(mediaType, "mediaType");
        Check.that(MEDIA_TYPE.matcher(mediaType).matches(), "mediaType", "Attachment.mediaType",
                "kiểu tệp viết dạng loại/kiểu con, chữ thường", "a media type is written type/subtype in lower case",
                mediaType);
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * An attached file.
     *
     * @param name the file name, not null
     * @param mediaType the media type, not null
     * @param sha256 the SHA-256 of its bytes, not null
     * @return the attachment, not null
     * @throws InvalidValueException if the name or media type is malformed
     */
    public static Attachment of(String name, String mediaType, Digest sha256) {
        return new Attachment(name, mediaType, sha256);
    }

    /**
     * Writes the canonical bytes.
     *
     * @param out the writer, not null
     */
    public void writeTo(CanonicalWriter out) {
        out.text(name).text(mediaType).text(sha256.toString());
    }
}
