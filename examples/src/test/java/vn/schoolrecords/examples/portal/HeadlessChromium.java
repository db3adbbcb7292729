package vn.schoolrecords.examples.portal;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real headless Chromium (Debian package {@code chromium}) driven over the Chrome DevTools
 * Protocol with the JDK's WebSocket client, so the portal's test needs no browser-automation
 * dependency. One page; commands wait for their answer; events are queued.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String SKIP_VARIABLE = "SKIP_CHROMIUM";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

    private HeadlessChromium(Process process, WebSocket.Builder builder, URI page) throws Exception {
        this.process = process;
        this.socket = builder.buildAsync(page, new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The chromium binary; or aborts the test if SKIP_CHROMIUM=true; or fails it naming the package. */
    static Path require() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "chromium");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        Assumptions.assumeFalse("true".equalsIgnoreCase(System.getenv(SKIP_VARIABLE)),
                "chromium is not installed and " + SKIP_VARIABLE + "=true: skipped");
        return fail("chromium is not installed: run `apt-get install -y chromium` (as .ci/run does), or set "
                + SKIP_VARIABLE + "=true to skip this test");
    }

    /** Starts the browser on about:blank with a throw-away profile and attaches to its page. */
    static HeadlessChromium launch(Path chromium, Path workDir) throws Exception {
        Path profile = Files.createDirectories(workDir.resolve("chromium-profile"));
        Path log = workDir.resolve("chromium.log");
        // --no-sandbox: containers and root (CI) cannot use Chromium's sandbox; the browser only
        // loads the portal on the loopback interface. Port 0: the browser chooses and writes it
        // to DevToolsActivePort in the profile.
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile,
                "--window-size=1100,900", "--lang=vi", "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!(Files.isRegularFile(portFile) && Files.readAllLines(portFile).size() >= 2)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    fail("chromium did not start its DevTools endpoint; its output:\n"
                            + (Files.exists(log) ? Files.readString(log) : ""));
                }
                Thread.sleep(100);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            URI page = null;
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText())) {
                    page = URI.create(target.path("webSocketDebuggerUrl").asText());
                    break;
                }
            }
            if (page == null) {
                fail("chromium has no page target: " + targets);
            }
            return new HeadlessChromium(process, http.newWebSocketBuilder(), page);
        } catch (Exception | AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Sends a command and waits for its result; a protocol error fails the test. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? json.createObjectNode() : params);
        socket.sendText(json.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            fail(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    ObjectNode params() {
        return json.createObjectNode();
    }

    /** Forgets the events seen so far, before an action whose event is awaited. */
    void clearEvents() {
        events.clear();
    }

    /** Waits for an event, e.g. {@code Page.loadEventFired}. */
    JsonNode awaitEvent(String method) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            JsonNode event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null) {
                if (method.equals(event.path("method").asText())) {
                    return event.path("params");
                }
                seen.add(event.path("method").asText());
            }
        }
        return fail("no " + method + " within " + TIMEOUT + "; seen " + seen);
    }

    /** Evaluates an expression in the page and returns its value as a string. */
    String evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true));
        if (result.has("exceptionDetails")) {
            fail("evaluation failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value").asText();
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Joins fragmented text frames and routes answers to their callers and events to the queue. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = json.readTree(text.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else {
                        events.add(message);
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
