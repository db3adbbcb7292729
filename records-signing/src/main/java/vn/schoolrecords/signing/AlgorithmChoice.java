package vn.schoolrecords.signing;

import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * An algorithm the policy accepted: scheme, digest and key, with the names the JCA knows them by.
 *
 * @param scheme the signature scheme, not null
 * @param digest the standard digest name, e.g. {@code SHA-256}, not null
 * @param keyAlgorithm {@code RSA} or {@code EC}, not null
 * @param keyBits the key's size in bits (RSA modulus, EC field size)
 */
public record AlgorithmChoice(SignatureScheme scheme, String digest, String keyAlgorithm, int keyBits) {

    /** Checks presence. */
    public AlgorithmChoice {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
    }

    /**
     * The JCA name of the signature algorithm: {@code RSASSA-PSS} (with {@link #pssParameters()}),
     * or e.g. {@code SHA256withRSA}, {@code SHA384withECDSA}.
     *
     * @return the name, not null
     */
    public String jcaSignatureName() {
        String d = digest.startsWith("SHA3-") ? digest : digest.replace("-", "");
        return switch (scheme) {
            case RSASSA_PSS -> "RSASSA-PSS";
            case RSASSA_PKCS1_V1_5 -> d + "withRSA";
            case ECDSA -> d + "withECDSA";
        };
    }

    /**
     * The PSS parameters: MGF1 with the same digest, a salt as long as the digest, trailer 1
     * (RFC 4055 §3.1 recommends these; PAdES and CAdES verifiers expect them).
     *
     * @return the parameters for {@link SignatureScheme#RSASSA_PSS}, empty otherwise
     */
    public Optional<PSSParameterSpec> pssParameters() {
        if (scheme != SignatureScheme.RSASSA_PSS) {
            return Optional.empty();
        }
        return Optional.of(new PSSParameterSpec(digest, "MGF1", new MGF1ParameterSpec(digest),
                AlgorithmPolicy.digestLength(digest), PSSParameterSpec.TRAILER_FIELD_BC));
    }
}
