package vn.schoolrecords.examples.portal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.signing.verify.PdfSignatureVerifier;
import vn.schoolrecords.signing.verify.TrustAnchors;
import vn.schoolrecords.signing.verify.VerificationPolicy;
import vn.schoolrecords.signing.verify.VerificationReport;

/**
 * Example for integrators: a small web portal (cổng tra cứu) where a person uploads a transcript
 * PDF and sees the verification report, in Vietnamese and English. A JDK HTTP server on the
 * loopback address, a plain HTML form (no script), the library's
 * {@link PdfSignatureVerifier} behind it; the trust anchors are the integrator's.
 *
 * <p>Run it with {@code java -cp … vn.schoolrecords.examples.portal.VerificationPortal ROOTS.pem}
 * and open the address it prints. Revocation data is not required, as for {@code records verify}.
 */
public final class VerificationPortal implements AutoCloseable {

    /** The largest upload accepted: 20 MB, far above a transcript's size. */
    static final int MAX_UPLOAD = 20 << 20;

    private final HttpServer server;
    private final ExecutorService threads;
    private final TrustAnchors trust;
    private final Clock clock;

    private VerificationPortal(HttpServer server, ExecutorService threads, TrustAnchors trust, Clock clock) {
        this.server = server;
        this.threads = threads;
        this.trust = trust;
        this.clock = clock;
    }

    /**
     * Starts the portal on a free loopback port.
     *
     * @param trust the trust anchors
     * @param clock the clock whose time the signatures are validated at
     * @return the running portal
     * @throws IOException if no port is free
     */
    public static VerificationPortal start(TrustAnchors trust, Clock clock) throws IOException {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(clock, "clock");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        VerificationPortal portal = new VerificationPortal(server, threads, trust, clock);
        server.createContext("/", portal::handle);
        server.setExecutor(threads);
        server.start();
        return portal;
    }

    /** @return the portal's address, e.g. {@code http://127.0.0.1:41234/} */
    public URI uri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            try {
                if (exchange.getRequestMethod().equals("GET") && path.equals("/")) {
                    send(exchange, 200, Page.form());
                } else if (exchange.getRequestMethod().equals("POST") && path.equals("/verify")) {
                    send(exchange, 200, verify(exchange));
                } else {
                    send(exchange, 404, Page.error(LocalizedText.of("không có trang này", "no such page")));
                }
            } catch (UploadException e) {
                // Inside the try-with-resources: the exchange must still be open to answer.
                sendQuietly(exchange, 400, Page.error(e.text()));
            }
        }
    }

    private String verify(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        byte[] body = readLimited(exchange.getRequestBody());
        byte[] pdf = Multipart.file(type, body, "pdf");
        if (pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new UploadException(LocalizedText.of("tệp tải lên không phải PDF", "the uploaded file is not a PDF"));
        }
        try {
            VerificationReport report = PdfSignatureVerifier.verify(pdf, trust,
                    VerificationPolicy.builder(clock.instant()).revocationRequired(false).build());
            return Page.report(report.passed(), report.signaturesOnly().isEmpty(),
                    report.text(LocalizedText.VIETNAMESE), report.text(Locale.ENGLISH));
        } catch (RecordsException e) {
            throw new UploadException(e.text());
        }
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_UPLOAD + 1);
        if (bytes.length > MAX_UPLOAD) {
            throw new UploadException(LocalizedText.of("tệp quá lớn (tối đa 20 MB)", "the file is too large (20 MB at most)"));
        }
        return bytes;
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        // The report is for the person who uploaded; nothing is stored or cached.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sendQuietly(HttpExchange exchange, int status, String html) {
        try {
            send(exchange, status, html);
        } catch (IOException | RuntimeException e) {
            // The client went away; nothing more to tell it.
        }
    }

    /** Stops the server and its threads. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /**
     * Runs the portal until stopped.
     *
     * @param args the trust anchors' PEM file
     * @throws IOException if the server cannot start
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: VerificationPortal ROOTS.pem");
            System.exit(2);
        }
        VerificationPortal portal = start(TrustAnchors.fromFiles(List.of(Path.of(args[0]))), Clock.systemUTC());
        System.out.println("Cổng kiểm tra học bạ / transcript verification portal: " + portal.uri());
    }

    /** A request the portal cannot serve, with its message for the person. */
    static final class UploadException extends IOException {

        private static final long serialVersionUID = 1L;
        private final transient LocalizedText text;

        UploadException(LocalizedText text) {
            super(text.en());
            this.text = text;
        }

        LocalizedText text() {
            return text;
        }
    }
}
