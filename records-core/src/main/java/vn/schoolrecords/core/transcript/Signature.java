package vn.schoolrecords.core.transcript;

import java.time.Instant;
import java.util.Objects;
import vn.schoolrecords.core.transcript.internal.Texts;

/**
 * A signature as a fact (chữ ký): who signed, in what role, when, which part, and an opaque
 * reference to the signature itself (an XML signature's id, a PDF field's name, a store's
 * key) that records-signing gives. No cryptography here.
 *
 * @param signerId the signer's staff id, or the school's code for the seal, not null
 * @param role the role signed in, not null
 * @param signedAt the signing time, not null
 * @param part the part covered, of the same role, not null
 * @param reference the opaque signature reference, 1–500 characters, not null
 */
public record Signature(String signerId, SigningRole role, Instant signedAt, SigningPart part, String reference) {

    /** Checks presence. */
    public Signature {
        signerId = Texts.id(signerId, "signerId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(part, "part");
        reference = Texts.text(reference, "reference", 500);
    }

    /**
     * A signature of a part in the part's role.
     *
     * @param signerId the signer, not null
     * @param part the part, not null
     * @param signedAt the time, not null
     * @param reference the signature reference, not null
     * @return the signature, not null
     */
    public static Signature of(String signerId, SigningPart part, Instant signedAt, String reference) {
        return new Signature(signerId, part.role(), signedAt, part, reference);
    }
}
