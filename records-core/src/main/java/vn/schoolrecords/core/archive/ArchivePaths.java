package vn.schoolrecords.core.archive;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.schoolrecords.core.InvalidValueException;
import vn.schoolrecords.core.LocalizedText;

/** The rules for entry paths, shared by the writer and the manifest. */
final class ArchivePaths {

    /** Segments of ASCII letters, digits, dot, dash, underscore; no empty, "." or ".." segment. */
    private static final Pattern PATH = Pattern.compile("(?!.*(?:^|/)\\.{1,2}(?:/|$))[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*");

    private ArchivePaths() {
    }

    static String check(String path) {
        Objects.requireNonNull(path, "path");
        if (path.length() > 255 || !PATH.matcher(path).matches()) {
            throw InvalidValueException.of("path", "Archive.path", LocalizedText.of(
                    "đường dẫn trong tệp lưu trữ chỉ gồm chữ, số, '.', '-', '_' và '/', không có '..', tối đa 255 ký tự",
                    "an archive path is letters, digits, '.', '-', '_' and '/', without '..', at most 255 characters"), path);
        }
        return path;
    }
}
