package vn.schoolrecords.examples.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority for the demo and the examples: a root, person certificates
 * for teachers and the principal, and an organisation certificate for the school seal (con dấu
 * số của tổ chức), each with an RSA-2048 key in its own PKCS #12 file. Every name says
 * {@value #MARK}, so no one mistakes one for a certificate of a licensed CA (tổ chức cung cấp
 * dịch vụ chứng thực chữ ký số); a verifier that trusts only real CAs rejects them.
 *
 * <p>Built with Bouncy Castle's certificate builders and the JDK's key generator; nothing here is
 * cryptography of our own. The validity starts an hour before {@code now}, so a signature made at
 * {@code now} is within it.
 */
public final class DemoCa {

    /** The mark in every certificate's common name. */
    public static final String MARK = "DEMO – KHÔNG DÙNG THẬT / NOT FOR REAL USE";

    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final Duration LEAF_VALIDITY = Duration.ofDays(365);
    private static final Duration ROOT_VALIDITY = Duration.ofDays(5 * 365);

    private final KeyPair rootKeys;
    private final X509Certificate root;
    private final X500Name rootName;
    private final Instant now;
    private final SecureRandom random;

    private DemoCa(KeyPair rootKeys, X509Certificate root, X500Name rootName, Instant now, SecureRandom random) {
        this.rootKeys = rootKeys;
        this.root = root;
        this.rootName = rootName;
        this.now = now;
        this.random = random;
    }

    /**
     * Whom a certificate is for.
     *
     * @param alias the alias in the PKCS #12 file and its file name, e.g. {@code homeroom}
     * @param name the holder's name: a person's full name, or the school's name for a seal
     * @param title the person's title, e.g. {@code Hiệu trưởng}, or the role of the seal
     * @param organisation true for an organisation certificate (the school seal)
     */
    public record Holder(String alias, String name, String title, boolean organisation) {

        /** Checks presence. */
        public Holder {
            Objects.requireNonNull(alias, "alias");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * A certificate issued, with its PKCS #12 file.
     *
     * @param holder whom it is for
     * @param pkcs12 the file holding the key and the chain under {@code holder.alias()}
     * @param certificate the holder's certificate
     */
    public record Issued(Holder holder, Path pkcs12, X509Certificate certificate) {
    }

    /**
     * Creates the root.
     *
     * @param school the school's name, for the root's organisation
     * @param now the time the certificates start from (an hour before it)
     * @return the CA
     */
    public static DemoCa create(String school, Instant now) {
        SecureRandom random = new SecureRandom();
        KeyPair keys = rsa(random);
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, school)
                .addRDN(BCStyle.CN, "schoolrecords Demo Root CA (" + MARK + ")")
                .build();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(random),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(ROOT_VALIDITY)), name,
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate root = sign(b, keys.getPrivate());
            return new DemoCa(keys, root, name, now, random);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot create the demo root", e);
        }
    }

    /** @return the root certificate, the demo's only trust anchor */
    public X509Certificate root() {
        return root;
    }

    /**
     * Issues a certificate and writes its key and chain as {@code dir/<alias>.p12}.
     *
     * @param holder whom it is for
     * @param dir the directory to write to, created if absent
     * @param password the PKCS #12 file's and key's password
     * @return the certificate with its file
     */
    public Issued issue(Holder holder, Path dir, char[] password) {
        KeyPair keys = rsa(random);
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, holder.organisation() ? holder.name() : organisation());
        if (!holder.organisation()) {
            name.addRDN(BCStyle.T, holder.title());
        } else {
            name.addRDN(BCStyle.OU, holder.title());
        }
        name.addRDN(BCStyle.CN, holder.name() + " (" + MARK + ")");
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(rootName, serial(random),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(LEAF_VALIDITY)), name.build(),
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    // A signing certificate: digitalSignature and nonRepudiation, as TT 15/2025 asks.
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(root));
            X509Certificate certificate = sign(b, rootKeys.getPrivate());
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(holder.alias(), keys.getPrivate(), password, new X509Certificate[] {certificate, root});
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password);
            Files.createDirectories(dir);
            Path file = Files.write(dir.resolve(holder.alias() + ".p12"), bytes.toByteArray());
            return new Issued(holder, file, certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue the demo certificate " + holder.alias(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo certificate " + holder.alias(), e);
        }
    }

    /**
     * Issues several certificates.
     *
     * @param holders whom they are for
     * @param dir the directory to write to
     * @param password the files' password
     * @return the certificates, in the holders' order
     */
    public List<Issued> issueAll(List<Holder> holders, Path dir, char[] password) {
        List<Issued> issued = new ArrayList<>();
        for (Holder h : holders) {
            issued.add(issue(h, dir, password));
        }
        return List.copyOf(issued);
    }

    /**
     * Writes the root certificate as PEM, the trust anchor for {@code records verify --trust}.
     *
     * @param file the file
     * @return the file
     */
    public Path writeRootPem(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, pem(root), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * A certificate as PEM text.
     *
     * @param certificate the certificate
     * @return {@code -----BEGIN CERTIFICATE-----} …
     */
    public static String pem(X509Certificate certificate) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(text)) {
            w.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * A password for the demo's PKCS #12 files: 16 random letters and digits.
     *
     * @return the password
     */
    public static char[] newPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        char[] p = new char[16];
        for (int i = 0; i < p.length; i++) {
            p[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return p;
    }

    private String organisation() {
        return rootName.getRDNs(BCStyle.O)[0].getFirst().getValue().toString();
    }

    private static KeyPair rsa(SecureRandom random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048, random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no RSA key generator", e);
        }
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(63, random).add(BigInteger.ONE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey key) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
