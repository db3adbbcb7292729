package vn.schoolrecords.examples.portal;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * An upload the portal refuses (tệp tải lên không hợp lệ): no file, a file that is not a PDF, a
 * body over the size limit, or a form that is not well-formed multipart/form-data. The portal
 * shows it as an error page with its {@linkplain #code() code} and {@linkplain #status() HTTP
 * status}, never as a stack trace.
 */
public final class UploadException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The form has no file in the {@code transcript} field, or the file is empty. */
    public static final String MISSING = "UPLOAD_MISSING";
    /** The file does not start with a PDF header ({@code %PDF-}). */
    public static final String NOT_PDF = "UPLOAD_NOT_PDF";
    /** The request body is larger than the portal's limit. */
    public static final String TOO_LARGE = "UPLOAD_TOO_LARGE";
    /** The body is not well-formed multipart/form-data (or the request has another content type). */
    public static final String MALFORMED = "UPLOAD_MALFORMED";

    private final int status;

    UploadException(String code, int status, String vi, String en) {
        super(code, LocalizedText.of(vi, en));
        this.status = status;
    }

    /** @return the HTTP status the portal answers with: 400, 413 or 415 */
    public int status() {
        return status;
    }

    static UploadException missing() {
        return new UploadException(MISSING, 400, "chưa chọn tệp học bạ (PDF) để tải lên, hoặc tệp rỗng",
                "no transcript file (PDF) was uploaded, or the file is empty");
    }

    static UploadException notPdf(String fileName) {
        return new UploadException(NOT_PDF, 415, "tệp '" + fileName + "' không phải là tệp PDF",
                "the file '" + fileName + "' is not a PDF");
    }

    static UploadException tooLarge(long limit) {
        long mb = limit / (1024 * 1024);
        return new UploadException(TOO_LARGE, 413, "tệp tải lên lớn hơn giới hạn " + mb + " MB",
                "the upload is larger than the limit of " + mb + " MB");
    }

    static UploadException malformed(String vi, String en) {
        return new UploadException(MALFORMED, 400, "biểu mẫu tải lên không đúng định dạng: " + vi,
                "the upload form is malformed: " + en);
    }
}
