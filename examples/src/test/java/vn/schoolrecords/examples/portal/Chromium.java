package vn.schoolrecords.examples.portal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real headless Chromium (Debian's {@code chromium} package) driven over the DevTools protocol
 * with the JDK's WebSocket client: navigate, choose a file in a file input, click, read text,
 * take a screenshot. Just what the portal test needs.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts the browser with its own profile directory and opens its first page. */
    static Chromium start(Path profile) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--remote-debugging-port=0",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1000,820", "--lang=vi", "about:blank")
                .redirectErrorStream(true);
        // Chromium's own temporary files go under the profile, which the test deletes.
        java.nio.file.Files.createDirectories(profile);
        builder.environment().put("TMPDIR", profile.toAbsolutePath().toString());
        Process process = builder.start();
        URI browser = null;
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Instant deadline = Instant.now().plusSeconds(60);
        for (String line; browser == null && Instant.now().isBefore(deadline) && (line = out.readLine()) != null;) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browser = URI.create(m.group(1));
            }
        }
        if (browser == null) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not start its DevTools endpoint");
        }
        // Keep reading the browser's output so that it never blocks on a full pipe.
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        HttpClient http = HttpClient.newHttpClient();
        URI list = URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/list");
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(list).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String pageSocket = null;
        for (JsonNode t : targets) {
            if (t.path("type").asText().equals("page")) {
                pageSocket = t.path("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (pageSocket == null) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium has no page");
        }
        Chromium[] self = new Chromium[1];
        StringBuilder partial = new StringBuilder();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    self[0].receive(partial.toString());
                    partial.setLength(0);
                }
                ws.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        self[0] = new Chromium(process, socket);
        return self[0];
    }

    private void receive(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
                if (f != null) {
                    if (message.has("error")) {
                        f.completeExceptionally(new IllegalStateException(message.get("error").toString()));
                    } else {
                        f.complete(message.path("result"));
                    }
                }
            }
        } catch (IOException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    /** Sends a DevTools command and waits for its result. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        return result.get(30, TimeUnit.SECONDS);
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /** Evaluates a script in the page and returns its value. */
    JsonNode evaluate(String expression) throws Exception {
        return call("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true))
                .path("result").path("value");
    }

    /** Opens an address and waits for the page to load. */
    void navigate(URI uri) throws Exception {
        call("Page.navigate", params().put("url", uri.toString()));
        waitFor("document.readyState === 'complete' && location.href === " + JSON.writeValueAsString(uri.toString()),
                Duration.ofSeconds(30));
    }

    /** Chooses a file in the file input a selector names, as a person does in the file dialog. */
    void chooseFile(String selector, Path file) throws Exception {
        int root = call("DOM.getDocument", params().put("depth", 0)).path("root").path("nodeId").asInt();
        int node = call("DOM.querySelector", params().put("nodeId", root).put("selector", selector)).path("nodeId").asInt();
        ObjectNode p = params().put("nodeId", node);
        p.putArray("files").add(file.toAbsolutePath().toString());
        call("DOM.setFileInputFiles", p);
    }

    /** Waits until a script's value is true. */
    void waitFor(String condition, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!evaluate("!!(" + condition + ")").asBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("timed out waiting for " + condition);
            }
            Thread.sleep(100);
        }
    }

    /** @return a PNG of the page's viewport */
    byte[] screenshot() throws Exception {
        return Base64.getDecoder().decode(call("Page.captureScreenshot", params().put("format", "png")).path("data").asText());
    }

    @Override
    public void close() {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
