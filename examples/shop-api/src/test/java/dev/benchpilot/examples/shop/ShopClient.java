package dev.benchpilot.examples.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** Calls a running shop over loopback HTTP, and reads its database directly to check the answers. */
final class ShopClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ShopApi shop;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    ShopClient(ShopApi shop) {
        this.shop = shop;
    }

    /** A response with its body read as JSON, or null when the body is not JSON. */
    record Answer(int status, String body, JsonNode json) {}

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer get(String path, String token) {
        return send(request(path).GET().header("Authorization", "Bearer " + token));
    }

    Answer post(String path, String body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer post(String path, String body, String headerName, String headerValue) {
        return send(
                request(path).POST(HttpRequest.BodyPublishers.ofString(body)).header(headerName, headerValue));
    }

    Answer postAs(String token, String path, String body) {
        return post(path, body, "Authorization", "Bearer " + token);
    }

    /** Logs a demo user in and returns the bearer token. */
    String login(String username) {
        Answer answer = post(
                "/api/login", "{\"username\":\"" + username + "\",\"password\":\"" + ShopConfig.DEMO_PASSWORD + "\"}");
        if (answer.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + answer);
        }
        return answer.json().get("token").asText();
    }

    /** The first column of the first row of a query against the shop's own database. */
    <T> T sql(Class<T> type, String sql, Object... parameters) {
        try (Connection connection = shop.database().connection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, type);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    URI baseUrl() {
        return shop.baseUrl();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(shop.baseUrl() + path)).timeout(TIMEOUT);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
