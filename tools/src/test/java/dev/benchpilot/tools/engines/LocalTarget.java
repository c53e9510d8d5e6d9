package dev.benchpilot.tools.engines;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/** A tiny JSON service on a free loopback port: a list, items by id, and a login that hands out a token. */
final class LocalTarget implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    final AtomicLong served = new AtomicLong();
    final AtomicLong authorized = new AtomicLong();
    /** The client ports requests came from: one per connection the load generator opened. */
    final java.util.Set<Integer> clientPorts = java.util.concurrent.ConcurrentHashMap.newKeySet();

    LocalTarget() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.setExecutor(executor);
        server.createContext("/items", this::items);
        server.createContext("/login", exchange -> reply(exchange, 200, "{\"token\":\"t-123\"}"));
        server.createContext("/missing", exchange -> reply(exchange, 404, "{\"error\":\"nope\"}"));
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void items(HttpExchange exchange) throws IOException {
        if ("Bearer t-123".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            authorized.incrementAndGet();
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/items")) {
            reply(exchange, 200, "{\"items\":[{\"id\":11},{\"id\":12},{\"id\":13}]}");
        } else {
            reply(exchange, 200, "{\"id\":" + path.substring("/items/".length()) + "}");
        }
    }

    private void reply(HttpExchange exchange, int status, String body) throws IOException {
        served.incrementAndGet();
        clientPorts.add(exchange.getRemoteAddress().getPort());
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
