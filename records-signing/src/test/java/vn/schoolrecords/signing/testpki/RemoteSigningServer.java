package vn.schoolrecords.signing.testpki;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small hash-only remote signing service on loopback, shaped like the Cloud Signature
 * Consortium API that VNPT SmartCA and Viettel MySign follow: {@code credentials/info} gives the
 * certificate chain, {@code signatures/signHash} signs the SHA-256 hashes of its list, one or many, with one
 * approval (the user's approval on a phone is taken as given). One dispatcher thread, stopped by {@link #close()}.
 */
public final class RemoteSigningServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final HttpServer server;
    private final Map<String, Credential> credentials = new ConcurrentHashMap<>();
    private final AtomicInteger signatures = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    public RemoteSigningServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/csc/v1/credentials/info", this::info);
        server.createContext("/csc/v1/signatures/signHash", this::signHash);
        server.start();
    }

    public RemoteSigningServer with(String credentialId, Credential credential) {
        credentials.put(credentialId, credential);
        return this;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/csc/v1/");
    }

    /** @return how many hashes were signed */
    public int signatureCount() {
        return signatures.get();
    }

    /** @return how many signHash requests were answered, each one approval by the user */
    public int signRequestCount() {
        return requests.get();
    }

    private void info(HttpExchange exchange) throws IOException {
        try (exchange) {
            Credential credential = credentials.get(JSON.readTree(exchange.getRequestBody()).path("credentialID").asText());
            if (credential == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            ObjectNode answer = JSON.createObjectNode();
            var certificates = answer.putObject("cert").putArray("certificates");
            for (X509Certificate c : credential.chain()) {
                certificates.add(Base64.getEncoder().encodeToString(c.getEncoded()));
            }
            send(exchange, answer);
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private void signHash(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            Credential credential = credentials.get(request.path("credentialID").asText());
            if (credential == null || !"2.16.840.1.101.3.4.2.1".equals(request.path("hashAlgo").asText())) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            JsonNode hashes = request.path("hashes");
            if (!hashes.isArray() || hashes.isEmpty()) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            // One request, one approval on the phone, every hash in it signed: the CSC batch.
            ObjectNode answer = JSON.createObjectNode();
            var values = answer.putArray("signatures");
            for (JsonNode h : hashes) {
                byte[] value = signOne(credential, request.path("signAlgo").asText(), Base64.getDecoder().decode(h.asText()));
                if (value == null) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                values.add(Base64.getEncoder().encodeToString(value));
            }
            requests.incrementAndGet();
            signatures.addAndGet(hashes.size());
            send(exchange, answer);
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    /** The signature of one hash, or null for an algorithm this service does not offer. */
    private static byte[] signOne(Credential credential, String signAlgo, byte[] hash) throws Exception {
        Signature signer;
        byte[] input = hash;
        switch (signAlgo) {
            case "1.2.840.113549.1.1.10" -> {
                signer = Signature.getInstance("RAWRSASSA-PSS", BC);
                signer.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            }
            case "1.2.840.113549.1.1.1" -> {
                signer = Signature.getInstance("NONEwithRSA");
                input = new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE), hash)
                        .getEncoded();
            }
            case "1.2.840.10045.2.1" -> signer = Signature.getInstance("NONEwithECDSA");
            default -> {
                return null;
            }
        }
        signer.initSign(credential.privateKey());
        signer.update(input);
        return signer.sign();
    }

    private static void send(HttpExchange exchange, JsonNode answer) throws IOException {
        byte[] body = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
