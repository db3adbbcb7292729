package vn.schoolrecords.examples.vendor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.signing.AlgorithmChoice;
import vn.schoolrecords.signing.KeySourceException;
import vn.schoolrecords.signing.RemoteSigner;
import vn.schoolrecords.signing.SignatureScheme;

/**
 * The vendor's client of its signing provider: a {@link RemoteSigner}, so the library sends only
 * the hash of what is signed and the private key stays with the provider. It reads the
 * credential's certificates once, then sends one SHA-256 hash per signature.
 */
public final class HttpRemoteSigner implements RemoteSigner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI provider;
    private final String credential;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final List<X509Certificate> chain;

    /**
     * Connects to a credential.
     *
     * @param provider the provider's base address
     * @param credential the credential's id
     * @throws KeySourceException if the provider does not answer with the credential's certificates
     */
    public HttpRemoteSigner(URI provider, String credential) {
        this.provider = provider;
        this.credential = credential;
        try {
            JsonNode answer = post("certificates", JSON.createObjectNode().put("credential", credential));
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> list = new ArrayList<>();
            for (JsonNode c : answer.path("certificates")) {
                list.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(c.asText()))));
            }
            if (list.isEmpty()) {
                throw new IOException("no certificates");
            }
            this.chain = List.copyOf(list);
        } catch (IOException | CertificateException e) {
            throw failure(KeySourceException.Reason.KEY_SOURCE_UNAVAILABLE, e);
        }
    }

    @Override
    public String alias() {
        return credential;
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public byte[] signDigest(byte[] digest, AlgorithmChoice algorithm) {
        // This provider signs SHA-256 hashes with RSASSA-PSS only; refuse anything else rather than sign wrongly.
        if (!algorithm.digest().equals("SHA-256") || algorithm.scheme() != SignatureScheme.RSASSA_PSS) {
            throw failure(KeySourceException.Reason.KEY_SIGNING_FAILED, null);
        }
        try {
            JsonNode answer = post("sign-hash", JSON.createObjectNode().put("credential", credential)
                    .put("hash", Base64.getEncoder().encodeToString(digest)));
            return Base64.getDecoder().decode(answer.path("signature").asText());
        } catch (IOException | IllegalArgumentException e) {
            throw failure(KeySourceException.Reason.KEY_SIGNING_FAILED, e);
        }
    }

    private JsonNode post(String path, JsonNode body) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(provider.resolve(path)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private KeySourceException failure(KeySourceException.Reason reason, Exception cause) {
        return new KeySourceException(reason, credential, LocalizedText.of(
                "dịch vụ ký số từ xa không ký được", "the remote signing service failed to sign"), cause);
    }
}
