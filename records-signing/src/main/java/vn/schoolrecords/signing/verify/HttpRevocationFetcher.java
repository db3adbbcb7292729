package vn.schoolrecords.signing.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A {@link RevocationFetcher} over HTTP: asks the OCSP responder named in the certificate's
 * Authority Information Access (RFC 6960, POST), and if that gives nothing, downloads the CRLs of
 * its CRL Distribution Points. Network errors give {@link RevocationEvidence#NONE}; the verifier
 * checks whatever is returned. Immutable and thread-safe.
 */
public final class HttpRevocationFetcher implements RevocationFetcher {

    /** The default time allowed for one request: 10 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final int MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

    private final HttpClient http;
    private final Duration timeout;

    private HttpRevocationFetcher(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /** @return a fetcher with its own {@link HttpClient} and the default timeout, not null */
    public static HttpRevocationFetcher create() {
        return of(HttpClient.newBuilder().connectTimeout(DEFAULT_TIMEOUT).build(), DEFAULT_TIMEOUT);
    }

    /**
     * A fetcher through the caller's {@link HttpClient} (proxy, TLS are the caller's).
     *
     * @param http the client, not null
     * @param timeout the time allowed for one request, positive, not null
     * @return the fetcher, not null
     */
    public static HttpRevocationFetcher of(HttpClient http, Duration timeout) {
        Objects.requireNonNull(http, "http");
        if (Objects.requireNonNull(timeout, "timeout").isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
        return new HttpRevocationFetcher(http, timeout);
    }

    @Override
    public RevocationEvidence fetch(X509Certificate certificate, X509Certificate issuer) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(issuer, "issuer");
        List<byte[]> ocsp = new ArrayList<>();
        for (URI uri : uris(certificate, Extension.authorityInfoAccess)) {
            ocspRequest(certificate, issuer).flatMap(request -> post(uri, request)).ifPresent(ocsp::add);
            if (!ocsp.isEmpty()) {
                return new RevocationEvidence(ocsp, List.of());
            }
        }
        List<byte[]> crls = new ArrayList<>();
        for (URI uri : uris(certificate, Extension.cRLDistributionPoints)) {
            get(uri).ifPresent(crls::add);
        }
        return new RevocationEvidence(List.of(), crls);
    }

    private static Optional<byte[]> ocspRequest(X509Certificate certificate, X509Certificate issuer) {
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
            return Optional.of(new OCSPReqBuilder().addRequest(id).build().getEncoded());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private Optional<byte[]> post(URI uri, byte[] body) {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private Optional<byte[]> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
    }

    private Optional<byte[]> send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > MAX_RESPONSE_BYTES) {
                return Optional.empty();
            }
            return Optional.of(response.body());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The http(s) URIs of the OCSP responders (AIA) or CRL distribution points of a certificate. */
    private static List<URI> uris(X509Certificate certificate, org.bouncycastle.asn1.ASN1ObjectIdentifier extension) {
        List<URI> uris = new ArrayList<>();
        byte[] value = certificate.getExtensionValue(extension.getId());
        if (value == null) {
            return uris;
        }
        try {
            ASN1Primitive inner = ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(value).getOctets());
            List<GeneralName> names = new ArrayList<>();
            if (extension.equals(Extension.authorityInfoAccess)) {
                for (AccessDescription d : AuthorityInformationAccess.getInstance(inner).getAccessDescriptions()) {
                    if (d.getAccessMethod().equals(AccessDescription.id_ad_ocsp)) {
                        names.add(d.getAccessLocation());
                    }
                }
            } else {
                for (DistributionPoint p : CRLDistPoint.getInstance(inner).getDistributionPoints()) {
                    DistributionPointName n = p.getDistributionPoint();
                    if (n != null && n.getType() == DistributionPointName.FULL_NAME) {
                        names.addAll(List.of(GeneralNames.getInstance(n.getName()).getNames()));
                    }
                }
            }
            for (GeneralName n : names) {
                if (n.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    URI uri = URI.create(n.getName().toString());
                    if ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) {
                        uris.add(uri);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return uris;
        }
        return uris;
    }
}
