package vn.schoolrecords.signing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;

import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

import vn.schoolrecords.core.LocalizedText;

/**
 * An RFC 3161 timestamp client over HTTP ({@code application/timestamp-query}), with a random
 * nonce and the authority's certificate requested. The response is checked against the request
 * (status, message imprint, nonce) before the token is returned. Immutable and thread-safe.
 */
public final class HttpTimestampClient implements TimestampClient {

    /** The default time allowed for one request: 10 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** The largest response read: a token with its chain is a few kilobytes. */
    private static final int MAX_RESPONSE_BYTES = 256 * 1024;

    private static final SecureRandom NONCES = new SecureRandom();

    private final URI uri;
    private final HttpClient http;
    private final Duration timeout;

    private HttpTimestampClient(URI uri, HttpClient http, Duration timeout) {
        this.uri = uri;
        this.http = http;
        this.timeout = timeout;
    }

    /**
     * A client of the authority at a URL, with its own {@link HttpClient} and the default timeout.
     *
     * @param uri the authority's URL, {@code http} or {@code https}, not null
     * @return the client, not null
     */
    public static HttpTimestampClient of(URI uri) {
        return of(uri, HttpClient.newBuilder().connectTimeout(DEFAULT_TIMEOUT).build(), DEFAULT_TIMEOUT);
    }

    /**
     * A client of the authority at a URL, through the caller's {@link HttpClient} (proxy, TLS,
     * authentication are the caller's).
     *
     * @param uri the authority's URL, {@code http} or {@code https}, not null
     * @param http the HTTP client, not null, not closed by this client
     * @param timeout the time allowed for one request, positive, not null
     * @return the client, not null
     */
    public static HttpTimestampClient of(URI uri, HttpClient http, Duration timeout) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(timeout, "timeout");
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("not an http(s) URL: " + uri);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        return new HttpTimestampClient(uri, http, timeout);
    }

    @Override
    public byte[] timestamp(byte[] digest, String digestAlgorithm) {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(digestAlgorithm, "digestAlgorithm");
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(
                new DefaultDigestAlgorithmIdentifierFinder().find(digestAlgorithm), digest,
                new BigInteger(64, NONCES));
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            }
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(e);
        }
        if (response.statusCode() != 200 || body.length > MAX_RESPONSE_BYTES) {
            throw new TimestampException(TimestampException.Reason.UNREACHABLE, LocalizedText.of(
                    "máy chủ dấu thời gian " + uri + " trả lời HTTP " + response.statusCode(),
                    "the timestamp authority " + uri + " answered HTTP " + response.statusCode()), null);
        }
        try {
            TimeStampResponse answer = new TimeStampResponse(body);
            answer.validate(request);
            if (answer.getTimeStampToken() == null) {
                throw new TSPException("no token in the response");
            }
            return answer.getTimeStampToken().getEncoded();
        } catch (TSPException | IOException | RuntimeException e) {
            throw new TimestampException(TimestampException.Reason.REJECTED, LocalizedText.of(
                    "máy chủ dấu thời gian " + uri + " không cấp dấu thời gian hợp lệ",
                    "the timestamp authority " + uri + " did not grant a valid timestamp"), e);
        }
    }

    private TimestampException unreachable(Exception e) {
        return new TimestampException(TimestampException.Reason.UNREACHABLE, LocalizedText.of(
                "không kết nối được máy chủ dấu thời gian " + uri,
                "cannot reach the timestamp authority " + uri), e);
    }

    @Override
    public String description() {
        return uri.toString();
    }

    @Override
    public String toString() {
        return "HttpTimestampClient[" + uri + "]";
    }
}
