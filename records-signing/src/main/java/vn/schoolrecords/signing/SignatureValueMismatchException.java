package vn.schoolrecords.signing;

import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;

/**
 * The signature value returned by the signer does not verify with the signer's certificate over
 * the data to be signed: the wrong key, the wrong algorithm, or a corrupted value. Nothing was
 * written; the prepared signature may still be completed with the right value.
 */
public final class SignatureValueMismatchException extends RecordsException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "SIGNATURE_VALUE_MISMATCH";

    private final String preparedId;

    /**
     * Creates the exception.
     *
     * @param preparedId the prepared signature's id, not null
     * @param cause the verifier's error, or null
     */
    public SignatureValueMismatchException(String preparedId, Throwable cause) {
        super(CODE, LocalizedText.of(
                "giá trị chữ ký không khớp với chứng thư số của người ký trên dữ liệu cần ký",
                "the signature value does not verify with the signer's certificate over the data to be signed"),
                cause);
        this.preparedId = Objects.requireNonNull(preparedId, "preparedId");
    }

    /** @return the prepared signature's id, not null */
    public String preparedId() {
        return preparedId;
    }
}
