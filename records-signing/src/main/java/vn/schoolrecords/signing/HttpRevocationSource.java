package vn.schoolrecords.signing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Fetches revocation data over HTTP from the addresses in the certificate itself: OCSP (RFC 6960,
 * POST {@code application/ocsp-request}, with a nonce) from the authority information access
 * extension, CRLs from the CRL distribution points ({@code http} and {@code https} only). Fetch
 * failures are answered as "nothing obtained"; {@link PadesExtender} then reports which
 * certificate lacks data. Immutable and thread-safe.
 */
public final class HttpRevocationSource implements RevocationSource {

    /** The default time allowed for one request: 10 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** The largest response read: OCSP responses are a few kilobytes; CRLs of a school CA stay well below this. */
    private static final int MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

    private static final SecureRandom NONCES = new SecureRandom();

    private final HttpClient http;
    private final Duration timeout;

    private HttpRevocationSource(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /**
     * A source with its own {@link HttpClient} and the default timeout.
     *
     * @return the source, not null
     */
    public static HttpRevocationSource of() {
        return of(HttpClient.newBuilder().connectTimeout(DEFAULT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build(), DEFAULT_TIMEOUT);
    }

    /**
     * A source through the caller's {@link HttpClient} (proxy, TLS are the caller's).
     *
     * @param http the HTTP client, not null, not closed by this source
     * @param timeout the time allowed for one request, positive, not null
     * @return the source, not null
     */
    public static HttpRevocationSource of(HttpClient http, Duration timeout) {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        return new HttpRevocationSource(http, timeout);
    }

    @Override
    public Optional<byte[]> ocspResponse(X509Certificate certificate, X509Certificate issuer) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(issuer, "issuer");
        OCSPReq request;
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                    .get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
            OCSPReqBuilder builder = new OCSPReqBuilder().addRequest(id);
            builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new DEROctetString(new BigInteger(64, NONCES).toByteArray()))));
            request = builder.build();
        } catch (OCSPException | OperatorCreationException | CertificateEncodingException e) {
            return Optional.empty();
        }
        for (URI uri : ocspUris(certificate)) {
            try {
                Optional<byte[]> body = send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())));
                if (body.isPresent() && new OCSPResp(body.get()).getStatus() == OCSPResp.SUCCESSFUL) {
                    return body;
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable answer from one responder: try the next one.
            }
        }
        return Optional.empty();
    }

    @Override
    public List<byte[]> crls(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        List<byte[]> crls = new ArrayList<>();
        for (URI uri : crlUris(certificate)) {
            send(HttpRequest.newBuilder(uri).GET()).ifPresent(crls::add);
        }
        return crls;
    }

    private Optional<byte[]> send(HttpRequest.Builder request) {
        try {
            HttpResponse<InputStream> response = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            }
            return response.statusCode() == 200 && body.length <= MAX_RESPONSE_BYTES ? Optional.of(body)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The OCSP responders named in the authority information access extension (RFC 5280 §4.2.2.1). */
    static List<URI> ocspUris(X509Certificate certificate) {
        List<URI> uris = new ArrayList<>();
        ASN1Primitive value = extension(certificate, Extension.authorityInfoAccess.getId());
        if (value != null) {
            for (AccessDescription d : AuthorityInformationAccess.getInstance(value).getAccessDescriptions()) {
                if (AccessDescription.id_ad_ocsp.equals(d.getAccessMethod())) {
                    httpUri(d.getAccessLocation()).ifPresent(uris::add);
                }
            }
        }
        return uris;
    }

    /** The full names of the CRL distribution points (RFC 5280 §4.2.1.13). */
    static List<URI> crlUris(X509Certificate certificate) {
        List<URI> uris = new ArrayList<>();
        ASN1Primitive value = extension(certificate, Extension.cRLDistributionPoints.getId());
        if (value != null) {
            for (DistributionPoint point : CRLDistPoint.getInstance(value).getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName g : GeneralNames.getInstance(name.getName()).getNames()) {
                        httpUri(g).ifPresent(uris::add);
                    }
                }
            }
        }
        return uris;
    }

    private static ASN1Primitive extension(X509Certificate certificate, String oid) {
        byte[] encoded = certificate.getExtensionValue(oid);
        if (encoded == null) {
            return null;
        }
        try {
            return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(encoded).getOctets());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Optional<URI> httpUri(GeneralName name) {
        if (name.getTagNo() != GeneralName.uniformResourceIdentifier) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(name.getName().toString());
            return "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())
                    ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "HttpRevocationSource[timeout=" + timeout + "]";
    }
}
