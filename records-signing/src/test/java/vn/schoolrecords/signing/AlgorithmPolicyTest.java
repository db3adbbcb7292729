package vn.schoolrecords.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.signing.WeakAlgorithmException.Reason;

class AlgorithmPolicyTest {

    private static final AlgorithmPolicy POLICY = AlgorithmPolicy.TT15_2025;

    private static KeyPair rsa(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    private static KeyPair ec(String curve) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    @Test
    void rsa1024IsRejectedAsTooShort() throws Exception {
        assertThatThrownBy(() -> POLICY.check(rsa(1024).getPublic(), "SHA-256"))
                .isInstanceOfSatisfying(WeakAlgorithmException.class, e -> {
                    assertThat(e.code()).isEqualTo("WEAK_ALGORITHM");
                    assertThat(e.reason()).isEqualTo(Reason.KEY_TOO_SHORT);
                    assertThat(e.keyAlgorithm()).isEqualTo("RSA");
                    assertThat(e.keyBits()).isEqualTo(1024);
                    assertThat(e.text().vi()).contains("ngắn hơn mức tối thiểu 2048 bit").contains("TT 15/2025/TT-BKHCN");
                    assertThat(e.text().en()).contains("shorter than the minimum of 2048 bits");
                })
                .isInstanceOf(RecordsException.class);
    }

    @Test
    void rsa2048IsAcceptedWithPssByDefault() throws Exception {
        AlgorithmChoice choice = POLICY.check(rsa(2048).getPublic(), "SHA-256");
        assertThat(choice.scheme()).isEqualTo(SignatureScheme.RSASSA_PSS);
        assertThat(choice.keyBits()).isEqualTo(2048);
        assertThat(choice.digest()).isEqualTo("SHA-256");
        assertThat(choice.jcaSignatureName()).isEqualTo("RSASSA-PSS");
        assertThat(choice.pssParameters()).hasValueSatisfying(p -> assertThat(p.getSaltLength()).isEqualTo(32));
    }

    @Test
    void theAcceptedPssParametersSignAndVerifyWithTheJdk() throws Exception {
        KeyPair keys = rsa(2048);
        AlgorithmChoice choice = POLICY.check(keys.getPublic(), "sha384");
        byte[] data = "Học bạ số".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance(choice.jcaSignatureName());
        signer.setParameter(choice.pssParameters().orElseThrow());
        signer.initSign(keys.getPrivate());
        signer.update(data);
        byte[] value = signer.sign();
        Signature verifier = Signature.getInstance(choice.jcaSignatureName());
        verifier.setParameter(choice.pssParameters().orElseThrow());
        verifier.initVerify(keys.getPublic());
        verifier.update(data);
        assertThat(verifier.verify(value)).isTrue();
    }

    @Test
    void ecP256IsAcceptedWithEcdsa() throws Exception {
        AlgorithmChoice choice = POLICY.check(ec("secp256r1").getPublic(), "SHA256");
        assertThat(choice.scheme()).isEqualTo(SignatureScheme.ECDSA);
        assertThat(choice.keyBits()).isEqualTo(256);
        assertThat(choice.digest()).isEqualTo("SHA-256");
        assertThat(choice.jcaSignatureName()).isEqualTo("SHA256withECDSA");
        assertThat(choice.pssParameters()).isEmpty();
    }

    @Test
    void anEcKeyFromBouncyCastleIsMeasuredTheSameWay() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        generator.initialize(new ECGenParameterSpec("P-384"));
        assertThat(POLICY.check(generator.generateKeyPair().getPublic(), "SHA-384").keyBits()).isEqualTo(384);
    }

    @Test
    void sha1IsRejected() throws Exception {
        assertThatThrownBy(() -> POLICY.check(rsa(2048).getPublic(), "SHA-1"))
                .isInstanceOfSatisfying(WeakAlgorithmException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DIGEST_NOT_ALLOWED);
                    assertThat(e.digest()).isEqualTo("SHA-1");
                    assertThat(e.text().vi()).contains("hàm băm SHA-1 không được chấp nhận");
                });
        assertThat(POLICY.accepts(ec("secp256r1").getPublic(), "SHA1")).isFalse();
        assertThat(POLICY.accepts(ec("secp256r1").getPublic(), "MD5")).isFalse();
    }

    @Test
    void pkcs1v15IsRefusedUnlessThePolicyAllowsIt() throws Exception {
        KeyPair keys = rsa(2048);
        assertThatThrownBy(() -> POLICY.check(keys.getPublic(), "SHA-256", SignatureScheme.RSASSA_PKCS1_V1_5))
                .isInstanceOfSatisfying(WeakAlgorithmException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SCHEME_NOT_ALLOWED));
        AlgorithmPolicy legacy = POLICY.withPkcs1v15Allowed(true);
        assertThat(legacy.check(keys.getPublic(), "SHA-256", SignatureScheme.RSASSA_PKCS1_V1_5).jcaSignatureName())
                .isEqualTo("SHA256withRSA");
        assertThat(POLICY.pkcs1v15Allowed()).isFalse();
        assertThat(legacy.withPkcs1v15Allowed(false).pkcs1v15Allowed()).isFalse();
    }

    @Test
    void aSchemeMustFitTheKey() throws Exception {
        assertThatThrownBy(() -> POLICY.check(ec("secp256r1").getPublic(), "SHA-256", SignatureScheme.RSASSA_PSS))
                .isInstanceOfSatisfying(WeakAlgorithmException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SCHEME_NOT_ALLOWED));
    }

    @Test
    void keysOtherThanRsaAndEcAreNotSupported() throws Exception {
        KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThatThrownBy(() -> POLICY.check(ed.getPublic(), "SHA-512"))
                .isInstanceOfSatisfying(WeakAlgorithmException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_KEY_TYPE));
    }
}
