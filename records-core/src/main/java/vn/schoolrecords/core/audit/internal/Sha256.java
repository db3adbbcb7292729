package vn.schoolrecords.core.audit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which every Java platform must provide. */
public final class Sha256 {

    private Sha256() {
    }

    private static final MessageDigest PROTOTYPE = lookUp();

    /** @return a new SHA-256 digest: a clone of a prototype, which skips the provider look-up */
    public static MessageDigest newDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
