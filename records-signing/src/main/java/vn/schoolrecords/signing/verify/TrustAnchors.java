package vn.schoolrecords.signing.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import vn.schoolrecords.core.LocalizedText;

/**
 * The certificates a verifier trusts (điểm tin cậy): the roots that every signer's certificate
 * must chain to, plus optional intermediate CA certificates used only to build paths. Immutable.
 *
 * <h2>The Vietnamese profile</h2>
 * {@link #vietnamNational(Path, Path)} loads the two roots a Vietnamese verifier trusts (TT
 * 15/2025/TT-BKHCN asks verification software to check the path up to the national root):
 * <ul>
 * <li>the root of the National Electronic Authentication Centre (NEAC, Trung tâm Chứng thực
 *     điện tử quốc gia, Bộ Khoa học và Công nghệ), which certifies the public CAs (VNPT-CA,
 *     Viettel-CA, BKAV-CA, FPT-CA…) that issue most teachers' and principals' certificates;</li>
 * <li>the root of the Government Cipher Committee (VGCA, Ban Cơ yếu Chính phủ), whose
 *     specialised CA issues the certificates of state agencies and public schools' seals.</li>
 * </ul>
 * The library does not ship these certificates, since it cannot vouch for them: the vendor
 * downloads them from neac.gov.vn and ca.gov.vn, checks their fingerprints out of band, and
 * passes the files. Each must be a self-signed CA certificate. Intermediate CA certificates of
 * the licensed CAs can be added with {@link #withIntermediates(Collection)}.
 */
public final class TrustAnchors {

    private final List<X509Certificate> anchors;
    private final List<X509Certificate> intermediates;

    private TrustAnchors(List<X509Certificate> anchors, List<X509Certificate> intermediates) {
        this.anchors = anchors;
        this.intermediates = intermediates;
    }

    /**
     * Trust anchors from certificates at hand.
     *
     * @param anchors CA certificates to trust, not empty, not null
     * @return the anchors, not null
     * @throws TrustConfigurationException if the list is empty or a certificate is not a CA
     */
    public static TrustAnchors of(Collection<X509Certificate> anchors) {
        List<X509Certificate> list = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(anchors, "anchors")));
        if (list.isEmpty()) {
            throw invalid("anchors", "không có chứng thư số gốc nào được tin cậy", "no trust anchor was given", null);
        }
        for (X509Certificate c : list) {
            if (c.getBasicConstraints() < 0) {
                throw invalid(c.getSubjectX500Principal().getName(),
                        "chứng thư số " + c.getSubjectX500Principal().getName() + " không phải của một CA",
                        "the certificate " + c.getSubjectX500Principal().getName() + " is not a CA certificate", null);
            }
        }
        return new TrustAnchors(list, List.of());
    }

    /**
     * Trust anchors read from files, each PEM (one or more certificates) or DER.
     *
     * @param files the files, not empty, not null
     * @return the anchors, not null
     * @throws TrustConfigurationException if a file cannot be read or holds no CA certificate
     */
    public static TrustAnchors fromFiles(List<Path> files) {
        List<X509Certificate> all = new ArrayList<>();
        for (Path file : Objects.requireNonNull(files, "files")) {
            all.addAll(read(file));
        }
        return of(all);
    }

    /**
     * Trust anchors from the trusted-certificate entries of a key store (e.g. a JKS or PKCS #12
     * trust store); key entries are ignored, as a trust store's are.
     *
     * @param store the loaded key store, not null
     * @return the anchors, not null
     * @throws TrustConfigurationException if the store holds no trusted CA certificate
     */
    public static TrustAnchors fromKeyStore(KeyStore store) {
        Objects.requireNonNull(store, "store");
        List<X509Certificate> all = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isCertificateEntry(alias) && store.getCertificate(alias) instanceof X509Certificate x) {
                    all.add(x);
                }
            }
        } catch (KeyStoreException e) {
            throw invalid("keystore", "không đọc được kho chứng thư: " + e.getMessage(),
                    "cannot read the key store: " + e.getMessage(), e);
        }
        return of(all);
    }

    /**
     * The Vietnamese profile: the NEAC root and the VGCA root, from the vendor's own files (see the
     * class description).
     *
     * @param neacRoot the file of the NEAC root certificate (Root CA của Trung tâm Chứng thực điện tử quốc gia), PEM or DER, not null
     * @param vgcaRoot the file of the Government Cipher Committee's root certificate (Ban Cơ yếu Chính phủ), PEM or DER, not null
     * @return the anchors, not null
     * @throws TrustConfigurationException if a file cannot be read or is not one self-signed CA certificate
     */
    public static TrustAnchors vietnamNational(Path neacRoot, Path vgcaRoot) {
        List<X509Certificate> roots = new ArrayList<>();
        for (Path file : List.of(Objects.requireNonNull(neacRoot, "neacRoot"), Objects.requireNonNull(vgcaRoot, "vgcaRoot"))) {
            List<X509Certificate> read = read(file);
            if (read.size() != 1 || !selfSigned(read.get(0))) {
                throw invalid(file.toString(), "tệp " + file + " phải chứa đúng một chứng thư số gốc tự ký",
                        "the file " + file + " must hold exactly one self-signed root certificate", null);
            }
            roots.add(read.get(0));
        }
        return of(roots);
    }

    /**
     * A copy with intermediate CA certificates that help build paths; they are not trusted themselves.
     *
     * @param certificates intermediate CA certificates, not null
     * @return the copy, not null
     */
    public TrustAnchors withIntermediates(Collection<X509Certificate> certificates) {
        List<X509Certificate> list = new ArrayList<>(intermediates);
        list.addAll(Objects.requireNonNull(certificates, "certificates"));
        return new TrustAnchors(anchors, List.copyOf(new LinkedHashSet<>(list)));
    }

    /** @return the trusted certificates, not empty, not null */
    public List<X509Certificate> anchors() {
        return anchors;
    }

    /** @return the intermediate certificates for path building, not null */
    public List<X509Certificate> intermediates() {
        return intermediates;
    }

    private static boolean selfSigned(X509Certificate c) {
        try {
            c.verify(c.getPublicKey());
            return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static List<X509Certificate> read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            byte[] bytes = Files.readAllBytes(file);
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes));
            List<X509Certificate> list = new ArrayList<>();
            for (Certificate c : certificates) {
                list.add((X509Certificate) c);
            }
            if (list.isEmpty()) {
                throw invalid(file.toString(), "tệp " + file + " không chứa chứng thư số nào",
                        "the file " + file + " holds no certificate", null);
            }
            return list;
        } catch (IOException | CertificateException e) {
            throw invalid(file.toString(), "không đọc được chứng thư số từ " + file + ": " + e.getMessage(),
                    "cannot read a certificate from " + file + ": " + e.getMessage(), e);
        }
    }

    private static TrustConfigurationException invalid(String source, String vi, String en, Throwable cause) {
        return new TrustConfigurationException(source, LocalizedText.of(vi, en), cause);
    }

    @Override
    public String toString() {
        return "TrustAnchors[" + anchors.size() + " anchors, " + intermediates.size() + " intermediates]";
    }
}
