package vn.schoolrecords.examples.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.schoolrecords.core.LocalizedText;
import vn.schoolrecords.core.RecordsException;
import vn.schoolrecords.signing.HttpRevocationSource;
import vn.schoolrecords.signing.verify.RevocationFetcher;
import vn.schoolrecords.signing.verify.PdfSignatureVerifier;
import vn.schoolrecords.signing.verify.TrustAnchors;
import vn.schoolrecords.signing.verify.VerificationPolicy;
import vn.schoolrecords.signing.verify.VerificationReport;

/**
 * An integrator's small verification portal (cổng kiểm tra học bạ đã ký số): a person uploads a
 * transcript (học bạ) PDF and sees the verification report of its signatures, in Vietnamese with
 * English beside. Runs on the JDK's HTTP server, with no web framework, to show how little the
 * library needs around it.
 *
 * <p>Addresses:
 * <ul>
 * <li>{@code GET /}: the upload form;</li>
 * <li>{@code POST /verify}: the form's target (multipart/form-data, field {@code transcript});
 *     answers 303 to the report's page;</li>
 * <li>{@code GET /report/<id>} and {@code GET /report/<id>.json}: the report as a page or as
 *     {@link VerificationReport#toJson() JSON}; the last {@value #KEPT_REPORTS} reports are kept
 *     in memory, under unguessable ids;</li>
 * <li>{@code POST /api/verify}: the report's JSON at once, for a form upload or an
 *     {@code application/pdf} body.</li>
 * </ul>
 * Bodies over {@value #MAX_UPLOAD_BYTES} bytes, uploads without a file and files that are not
 * PDFs get a typed error page ({@link UploadException}). Everything the PDF says is escaped
 * before it reaches the page, and a Content-Security-Policy forbids scripts as a second guard.
 *
 * <p>This is an example, not a hardened service: put it behind the school's own reverse proxy
 * (TLS, access control, rate limits) before it leaves the loopback interface.
 */
public final class VerificationPortal implements AutoCloseable {

    /** The largest request body accepted: 20 MB, far above a transcript's size. */
    public static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
    /** How many reports are kept for {@code /report/<id>}. */
    public static final int KEPT_REPORTS = 64;

    /** The code of the error page shown when the portal itself fails (HTTP 500). */
    public static final String INTERNAL_ERROR = "PORTAL_INTERNAL_ERROR";

    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";
    private static final String FIELD = "transcript";
    private static final Pattern REPORT = Pattern.compile("/report/([0-9a-f]{32})(\\.json)?");
    /** No scripts at all; inline style only; forms post only here. */
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private final HttpServer server;
    private final ExecutorService executor;
    private final TrustAnchors trust;
    private final Clock clock;
    private final Function<Instant, VerificationPolicy> policy;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Stored> reports = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Stored> eldest) {
            return size() > KEPT_REPORTS;
        }
    };

    private record Stored(String fileName, VerificationReport report) {
    }

    private VerificationPortal(HttpServer server, ExecutorService executor, TrustAnchors trust, Clock clock,
            Function<Instant, VerificationPolicy> policy) {
        this.server = server;
        this.executor = executor;
        this.trust = trust;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * Starts a portal that verifies every upload with the same policy (and so the same
     * validation time): for tests and demonstrations.
     *
     * @param address where to listen, e.g. {@code new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)}
     *     for a port the system chooses, not null
     * @param trust the trust anchors (điểm tin cậy), not null
     * @param policy the verification policy, not null
     * @return the running portal, not null; close it to stop
     * @throws IOException if the address cannot be bound
     */
    public static VerificationPortal start(InetSocketAddress address, TrustAnchors trust, VerificationPolicy policy)
            throws IOException {
        Objects.requireNonNull(policy, "policy");
        return start(address, trust, Clock.systemUTC(), t -> policy);
    }

    /**
     * Starts a portal that validates each upload at the clock's time.
     *
     * @param address where to listen, not null
     * @param trust the trust anchors, not null
     * @param clock the clock giving each upload's validation time, not null
     * @param policy the policy for a validation time, not null
     * @return the running portal, not null; close it to stop
     * @throws IOException if the address cannot be bound
     */
    public static VerificationPortal start(InetSocketAddress address, TrustAnchors trust, Clock clock,
            Function<Instant, VerificationPolicy> policy) throws IOException {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(policy, "policy");
        HttpServer server = HttpServer.create(address, 0);
        // A few threads: verification is CPU-bound and the machine's cores are few.
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "verification-portal");
            t.setDaemon(true);
            return t;
        });
        VerificationPortal portal = new VerificationPortal(server, executor, trust, clock, policy);
        server.createContext("/", portal::handle);
        server.setExecutor(executor);
        server.start();
        return portal;
    }

    /** @return the portal's address, e.g. {@code http://127.0.0.1:41234/}, not null */
    public URI uri() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + "/");
    }

    /** Stops listening at once and ends the threads. Idempotent. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Matcher report = REPORT.matcher(path);
            if (path.equals("/")) {
                if (allowed(exchange, "GET")) {
                    send(exchange, 200, HTML, ReportPage.upload(MAX_UPLOAD_BYTES));
                }
            } else if (path.equals("/verify")) {
                if (allowed(exchange, "POST")) {
                    verifyForm(exchange);
                }
            } else if (path.equals("/api/verify")) {
                if (allowed(exchange, "POST")) {
                    verifyApi(exchange);
                }
            } else if (report.matches() && allowed(exchange, "GET")) {
                Optional<Stored> stored;
                synchronized (reports) {
                    stored = Optional.ofNullable(reports.get(report.group(1)));
                }
                if (stored.isEmpty()) {
                    send(exchange, 404, HTML, ReportPage.notFound());
                } else if (report.group(2) != null) {
                    send(exchange, 200, JSON, stored.get().report().toJson());
                } else {
                    send(exchange, 200, HTML, ReportPage.report(stored.get().fileName(), path + ".json",
                            stored.get().report()));
                }
            } else if (!report.matches()) {
                send(exchange, 404, HTML, ReportPage.notFound());
            }
            if ("POST".equals(method)) {
                // Leave nothing unread so the connection can be reused or closed cleanly.
                exchange.getRequestBody().close();
            }
        } catch (RuntimeException e) {
            // Never a stack trace to the browser; the server's log gets it, the person a typed page.
            System.getLogger(VerificationPortal.class.getName()).log(System.Logger.Level.ERROR, "request failed", e);
            if (exchange.getResponseCode() == -1) {
                send(exchange, 500, HTML, ReportPage.error(new RecordsException(INTERNAL_ERROR, LocalizedText.of(
                        "lỗi bên trong cổng kiểm tra; xin thử lại sau", "an internal error of the portal; please try again later"))));
            }
        }
    }

    private static boolean allowed(HttpExchange exchange, String method) throws IOException {
        if (exchange.getRequestMethod().equals(method)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", method);
        send(exchange, 405, HTML, ReportPage.notFound());
        return false;
    }

    private void verifyForm(HttpExchange exchange) throws IOException {
        try {
            Upload upload = upload(exchange);
            VerificationReport report = verify(upload.pdf());
            String id = HexFormat.of().formatHex(bytes(16));
            synchronized (reports) {
                reports.put(id, new Stored(upload.fileName(), report));
            }
            exchange.getResponseHeaders().set("Location", "/report/" + id);
            exchange.sendResponseHeaders(303, -1);
        } catch (UploadException e) {
            send(exchange, e.status(), HTML, ReportPage.error(e));
        } catch (RecordsException e) {
            send(exchange, 422, HTML, ReportPage.error(e));
        }
    }

    private void verifyApi(HttpExchange exchange) throws IOException {
        try {
            send(exchange, 200, JSON, verify(upload(exchange).pdf()).toJson());
        } catch (UploadException e) {
            send(exchange, e.status(), JSON, errorJson(e));
        } catch (RecordsException e) {
            send(exchange, 422, JSON, errorJson(e));
        }
    }

    private VerificationReport verify(byte[] pdf) {
        return PdfSignatureVerifier.verify(pdf, trust, policy.apply(clock.instant()));
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private record Upload(String fileName, byte[] pdf) {
    }

    /** The uploaded file: a form's {@code transcript} part, or a whole application/pdf body. */
    private static Upload upload(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        long length = contentLength(exchange);
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = MultipartForm.readBody(in, length, MAX_UPLOAD_BYTES);
        }
        Upload upload;
        if (type != null && MultipartForm.parameters(type).get("").equalsIgnoreCase("application/pdf")) {
            upload = new Upload("(application/pdf)", body);
        } else {
            MultipartForm form = MultipartForm.parse(type, body);
            MultipartForm.Part part = form.part(FIELD).filter(p -> p.content().length > 0)
                    .orElseThrow(UploadException::missing);
            upload = new Upload(part.fileName().filter(n -> !n.isBlank()).orElse("(" + FIELD + ")"), part.content());
        }
        if (upload.pdf().length == 0) {
            throw UploadException.missing();
        }
        if (!isPdf(upload.pdf())) {
            throw UploadException.notPdf(upload.fileName());
        }
        return upload;
    }

    /** ISO 32000-2 §7.5.2: the header is in the first 1024 bytes (a reader tolerates junk before it). */
    static boolean isPdf(byte[] file) {
        byte[] head = java.util.Arrays.copyOf(file, Math.min(file.length, 1024));
        return MultipartForm.indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0) >= 0;
    }

    private static long contentLength(HttpExchange exchange) {
        String value = exchange.getRequestHeaders().getFirst("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw UploadException.malformed("Content-Length sai", "an invalid Content-Length");
        }
    }

    private static String errorJson(RecordsException e) {
        return "{\"error\":" + jsonString(e.code()) + ",\"vi\":" + jsonString(e.text().vi()) + ",\"en\":"
                + jsonString(e.text().en()) + "}";
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Runs the portal on the loopback interface until the process is stopped:
     * {@code VerificationPortal anchors.pem [port]}. Each upload is validated at the time it
     * arrives, with revocation data required and fetched online when the PDF holds none.
     *
     * @param args the trust anchors' PEM (or DER) file, and optionally a port (default: one the system chooses)
     * @throws Exception never on bad input, which is reported on one line with exit status 2
     */
    public static void main(String[] args) throws Exception {
        PrintStream err = System.err;
        if (args.length < 1 || args.length > 2) {
            err.println("usage: VerificationPortal <anchors.pem> [port]");
            System.exit(2);
        }
        TrustAnchors trust;
        int port;
        try {
            trust = TrustAnchors.fromFiles(List.of(Path.of(args[0])));
            port = args.length == 2 ? Integer.parseInt(args[1]) : 0;
        } catch (RecordsException e) {
            err.println("lỗi / error: " + e.code() + ": " + e.text().vi() + " / " + e.text().en());
            System.exit(2);
            return;
        } catch (NumberFormatException e) {
            err.println("lỗi / error: cổng không hợp lệ / invalid port: " + args[1]);
            System.exit(2);
            return;
        }
        RevocationFetcher fetcher = RevocationFetcher.from(HttpRevocationSource.of());
        VerificationPortal portal = start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), trust,
                Clock.systemUTC(), t -> VerificationPolicy.builder(t).fetcher(fetcher).build());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            portal.close();
            stopped.countDown();
        }));
        System.out.println("Cổng kiểm tra đang chạy / portal running at " + portal.uri() + " (Ctrl+C để dừng / to stop)");
        stopped.await(Long.MAX_VALUE, TimeUnit.DAYS);
    }
}
