package vn.schoolrecords.examples.vendor;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a remote signing provider (VNPT SmartCA, Viettel MySign and the like) in the
 * vendor example: a JDK HTTP server on the loopback address that holds the signers' keys and
 * signs SHA-256 hashes with RSASSA-PSS, as such a service does after the user approves on a phone.
 * Two endpoints: {@code POST /certificates} {@code {"credential": id}} answers the chain (base64
 * DER, signer first); {@code POST /sign-hash} {@code {"credential": id, "hash": base64}} answers
 * {@code {"signature": base64}}. The provider's code, not the vendor's and not the library's.
 */
public final class LoopbackSigningProvider implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    /** The PSS parameters TT 15/2025 asks for and the library uses: SHA-256, MGF1 SHA-256, salt 32. */
    private static final PSSParameterSpec PSS = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);

    private record Credential(PrivateKey key, List<Certificate> chain) {
    }

    private final HttpServer server;
    private final Map<String, Credential> credentials = new HashMap<>();

    private LoopbackSigningProvider(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts the provider on a free loopback port.
     *
     * @return the running provider
     * @throws IOException if no port is free
     */
    public static LoopbackSigningProvider start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LoopbackSigningProvider provider = new LoopbackSigningProvider(server);
        server.createContext("/certificates", e -> provider.answer(e, false));
        server.createContext("/sign-hash", e -> provider.answer(e, true));
        server.start();
        return provider;
    }

    /** @return the provider's base address, e.g. {@code http://127.0.0.1:41234/} */
    public URI uri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/");
    }

    /**
     * Enrols a credential from a PKCS #12 file, as the provider does when it issues one.
     *
     * @param id the credential's id
     * @param pkcs12 the file
     * @param password its password
     * @param alias the key's alias in it
     * @throws IOException if the file cannot be read
     * @throws GeneralSecurityException if the key cannot be taken from it
     */
    public synchronized void enrol(String id, Path pkcs12, char[] password, String alias)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pkcs12)) {
            store.load(in, password);
        }
        credentials.put(id, new Credential((PrivateKey) store.getKey(alias, password),
                List.of(store.getCertificateChain(alias))));
    }

    private void answer(HttpExchange exchange, boolean sign) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 405, JSON.createObjectNode().put("error", "POST only"));
                return;
            }
            JsonNode request = JSON.readTree(exchange.getRequestBody().readNBytes(64 * 1024));
            Credential credential;
            synchronized (this) {
                credential = credentials.get(request.path("credential").asText());
            }
            if (credential == null) {
                send(exchange, 404, JSON.createObjectNode().put("error", "unknown credential"));
                return;
            }
            ObjectNode response = JSON.createObjectNode();
            if (sign) {
                byte[] hash = Base64.getDecoder().decode(request.path("hash").asText());
                if (hash.length != 32) {
                    send(exchange, 400, JSON.createObjectNode().put("error", "a SHA-256 hash has 32 bytes"));
                    return;
                }
                // Raw PSS: the hash is already made, the provider only pads and signs it.
                Signature signer = Signature.getInstance("RAWRSASSA-PSS", BC);
                signer.setParameter(PSS);
                signer.initSign(credential.key());
                signer.update(hash);
                response.put("signature", Base64.getEncoder().encodeToString(signer.sign()));
            } else {
                var list = response.putArray("certificates");
                for (Certificate c : credential.chain()) {
                    list.add(Base64.getEncoder().encodeToString(c.getEncoded()));
                }
            }
            send(exchange, 200, response);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            send(exchange, 500, JSON.createObjectNode().put("error", e.getClass().getSimpleName()));
        }
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
    }
}
