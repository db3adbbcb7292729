package vn.schoolrecords.signing.testpki;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/** The key types the test PKI issues. */
public enum KeyKind {
    RSA_2048, RSA_1024, EC_P256;

    KeyPair generate() {
        try {
            KeyPairGenerator generator;
            switch (this) {
                case EC_P256 -> {
                    generator = KeyPairGenerator.getInstance("EC");
                    generator.initialize(new ECGenParameterSpec("secp256r1"));
                }
                case RSA_1024 -> {
                    generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(1024);
                }
                default -> {
                    generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(2048);
                }
            }
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String signatureAlgorithm() {
        return this == EC_P256 ? "SHA256withECDSA" : "SHA256withRSA";
    }
}
