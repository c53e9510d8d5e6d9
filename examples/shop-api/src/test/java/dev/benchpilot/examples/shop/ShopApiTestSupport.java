package dev.benchpilot.examples.shop;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

final class ShopApiTestSupport {

    private ShopApiTestSupport() {
    }

    static String login(HttpClient client, ShopApi shop) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(shop.baseUrl() + "/api/login"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"shopper1\",\"password\":\"demo-password\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body()).get("token").asText();
    }
}
