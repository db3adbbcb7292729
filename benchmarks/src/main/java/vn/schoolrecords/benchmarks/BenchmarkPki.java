package vn.schoolrecords.benchmarks;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import vn.schoolrecords.signing.Pkcs12KeySource;

/**
 * The signing benchmarks' key and certificate fixture, shared so that PAdES, verification and
 * XML benchmarks measure with the same kind of keys and certificates: RSA-2048 or EC P-256 keys,
 * a root CA, a signer certificate for non-repudiation, and a PKCS #12 key source holding them.
 */
final class BenchmarkPki {

    /** The subject of every benchmark signer certificate. */
    static final X500Name SIGNER = new X500Name("CN=Benchmark Signer,O=schoolrecords,C=VN");

    private static final char[] PASSWORD = "benchmark".toCharArray();
    private static final String ALIAS = "signer";

    private BenchmarkPki() {
    }

    /** @return a new RSA-2048 key pair */
    static KeyPair rsa2048() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** @return a new EC P-256 key pair */
    static KeyPair ecP256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** A self-signed root CA, serial 1, that may sign certificates and CRLs. */
    static X509Certificate root(KeyPair keys, X500Name name, Instant notBefore, Instant notAfter) throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(notBefore), Date.from(notAfter), name, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return sign(builder, keys.getPrivate());
    }

    /** A certificate for {@link #SIGNER}, for digital signature and non-repudiation, signed with SHA256withRSA. */
    static X509Certificate signer(X500Name issuer, PrivateKey issuerKey, BigInteger serial, PublicKey key,
            Instant notBefore, Instant notAfter) throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore),
                Date.from(notAfter), SIGNER, key);
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return sign(builder, issuerKey);
    }

    /** A PKCS #12 key source holding the key under the chain, signer first. */
    static Pkcs12KeySource keySource(PrivateKey key, List<X509Certificate> chain) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, key, PASSWORD, chain.toArray(new Certificate[0]));
        ByteArrayOutputStream p12 = new ByteArrayOutputStream();
        store.store(p12, PASSWORD);
        return Pkcs12KeySource.of(p12.toByteArray(), PASSWORD, ALIAS);
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey issuerKey) throws Exception {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }
}
