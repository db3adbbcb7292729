package vn.schoolrecords.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.schoolrecords.core.LocalizedText;

/**
 * An example {@link RemoteSigner}: a client of a CSC-style hash-signing service (the shape of
 * VNPT SmartCA and Viettel MySign), written the way a vendor would write one. It reads the
 * credential's certificates once, then sends the SHA-256 hashes to sign, one or a
 * batch, in one request.
 */
final class ExampleRemoteSigner implements RemoteSigner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String credentialId;
    private final HttpClient http;
    private final List<X509Certificate> chain;

    ExampleRemoteSigner(URI base, String credentialId, HttpClient http) {
        this.base = base;
        this.credentialId = credentialId;
        this.http = http;
        try {
            ObjectNode request = JSON.createObjectNode().put("credentialID", credentialId);
            JsonNode info = post("credentials/info", request);
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certificates = new ArrayList<>();
            for (JsonNode c : info.path("cert").path("certificates")) {
                certificates.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(c.asText()))));
            }
            this.chain = List.copyOf(certificates);
        } catch (Exception e) {
            throw failure(KeySourceException.Reason.KEY_SOURCE_UNAVAILABLE, e);
        }
    }

    @Override
    public String alias() {
        return credentialId;
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public byte[] signDigest(byte[] digest, AlgorithmChoice algorithm) {
        return signDigests(List.of(digest), algorithm).get(0);
    }

    /** Every hash in one signHash request: the user approves the batch once. */
    @Override
    public List<byte[]> signDigests(List<byte[]> digests, AlgorithmChoice algorithm) {
        if (!algorithm.digest().equals("SHA-256")) {
            throw failure(KeySourceException.Reason.KEY_SIGNING_FAILED, null);
        }
        String signAlgo = switch (algorithm.scheme()) {
            case RSASSA_PSS -> "1.2.840.113549.1.1.10";
            case RSASSA_PKCS1_V1_5 -> "1.2.840.113549.1.1.1";
            case ECDSA -> "1.2.840.10045.2.1";
        };
        ObjectNode request = JSON.createObjectNode().put("credentialID", credentialId)
                .put("hashAlgo", "2.16.840.1.101.3.4.2.1").put("signAlgo", signAlgo);
        var hashes = request.putArray("hashes");
        for (byte[] digest : digests) {
            hashes.add(Base64.getEncoder().encodeToString(digest));
        }
        try {
            List<byte[]> values = new ArrayList<>();
            for (JsonNode value : post("signatures/signHash", request).path("signatures")) {
                values.add(Base64.getDecoder().decode(value.asText()));
            }
            return values;
        } catch (IOException | RuntimeException e) {
            throw failure(KeySourceException.Reason.KEY_SIGNING_FAILED, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(KeySourceException.Reason.KEY_SIGNING_FAILED, e);
        }
    }

    private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private KeySourceException failure(KeySourceException.Reason reason, Exception cause) {
        return new KeySourceException(reason, credentialId, LocalizedText.of(
                "dịch vụ ký số từ xa không ký được", "the remote signing service failed to sign"), cause);
    }
}
