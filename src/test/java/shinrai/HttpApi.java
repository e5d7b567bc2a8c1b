package shinrai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API over real HTTP, as an integrator reaches it: through Tomcat, the firewall and the error page, which
 * MockMvc skips. Tokens are fetched once per user.
 */
public final class HttpApi {

    private static final JsonMapper json = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> tokens = new HashMap<>();

    public HttpApi(int port) {
        this.base = "http://localhost:" + port;
    }

    /** An answer: its status, content type and body, read as JSON when it is JSON. */
    public record Answer(int status, String contentType, String body, long millis) {

        public JsonNode json() {
            return HttpApi.json.readTree(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        /** The fields named in the problem's {@code errors}. */
        public java.util.List<String> fields() {
            if (!isProblem() || !json().has("errors")) {
                return java.util.List.of();
            }
            java.util.List<String> fields = new java.util.ArrayList<>();
            json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
            return fields;
        }
    }

    public String token(String username) {
        return tokens.computeIfAbsent(username, name -> {
            Answer answer = send(
                    "POST",
                    "/api/v1/auth/token",
                    "{\"username\":\"" + name + "\",\"password\":\"" + DemoAccounts.PASSWORD + "\"}",
                    null);
            if (answer.status() != 200) {
                throw new IllegalStateException(name + " could not sign in: " + answer.body());
            }
            return answer.json().get("token").asString();
        });
    }

    /** A request as {@code username} (or anonymous when null) with a JSON body (or none when null). */
    public Answer send(String method, String path, @Nullable String body, @Nullable String username) {
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), username, "en");
    }

    public Answer send(String method, String path, byte @Nullable [] body, @Nullable String username, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (username != null) {
            request.header("Authorization", "Bearer " + token(username));
        }
        return exchange(request.build());
    }

    public Answer exchange(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }
}
