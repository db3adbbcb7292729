package vn.schoolrecords.core.transcript;

import java.util.Objects;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * One signature a signing plan expects: who signs which part, and whether the next role waits
 * for it.
 *
 * @param part the part to sign, not null
 * @param signerId the signer's staff id, or the school's code for {@link SigningRole#SCHOOL_SEAL}, not null
 * @param signerName the signer's name as printed (the school's name for the seal), not null
 * @param required true if the next role must wait for it
 */
public record PlannedSignature(SigningPart part, String signerId, String signerName, boolean required) {

    /** Checks presence. */
    public PlannedSignature {
        Objects.requireNonNull(part, "part");
        signerId = Texts.id(signerId, "signerId");
        signerName = Texts.text(signerName, "signerName", 200);
    }
}
