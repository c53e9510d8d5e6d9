package dev.benchpilot.examples.calibration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The calibration target on a loopback port. Routes: {@code GET /work} (the measured endpoint),
 * {@code GET /health}, {@code GET /metrics} (Prometheus text, HikariCP-style pool names), {@code GET /config},
 * {@code POST /admin/stall?ms=N}, {@code POST /admin/reset}. Requests are served by a large thread pool so the
 * only limit is the configured one.
 */
public final class CalibrationApi implements AutoCloseable {

    private static final int SERVER_THREADS = 400;

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK:
        // +40 ms on every response. Read once, when the JDK's server configuration class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final CalibrationConfig config;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Workload workload;

    private CalibrationApi(CalibrationConfig config, HttpServer server, ExecutorService threads, Workload workload) {
        this.config = config;
        this.server = server;
        this.threads = threads;
        this.workload = workload;
    }

    public static CalibrationApi start(CalibrationConfig config) {
        try {
            HttpServer server =
                    HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 1024);
            ExecutorService threads = Executors.newFixedThreadPool(SERVER_THREADS, r -> {
                Thread thread = new Thread(r, "calibration-http");
                thread.setDaemon(true);
                return thread;
            });
            Workload workload = new Workload(config);
            CalibrationApi api = new CalibrationApi(config, server, threads, workload);
            server.createContext("/", api::route);
            server.setExecutor(threads);
            server.start();
            return api;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on port " + config.port() + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public CalibrationConfig config() {
        return config;
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            switch (method + " " + path) {
                case "GET /work" -> work(exchange);
                case "GET /health" -> send(exchange, 200, "application/json", "{\"status\":\"UP\"}");
                case "GET /metrics" -> send(exchange, 200, "text/plain; version=0.0.4", metrics());
                case "GET /config" -> send(exchange, 200, "application/json", configJson());
                case "POST /admin/stall" -> {
                    workload.stall().start(query(exchange, "ms", 1000));
                    send(exchange, 202, "application/json", "{\"stalled\":true}");
                }
                case "POST /admin/reset" -> {
                    workload.reset();
                    send(exchange, 200, "application/json", "{\"reset\":true}");
                }
                default ->
                    send(exchange, 404, "application/json", "{\"error\":\"no route " + method + " " + path + "\"}");
            }
        }
    }

    private void work(HttpExchange exchange) throws IOException {
        Random random = ThreadLocalRandom.current();
        try {
            workload.handle(random);
            send(exchange, 200, "application/json", "{\"ok\":true}");
        } catch (Workload.Overloaded e) {
            send(exchange, 503, "application/json", "{\"error\":\"" + e.getMessage() + "\"}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 503, "application/json", "{\"error\":\"interrupted\"}");
        }
    }

    private String metrics() {
        StringBuilder text = new StringBuilder();
        gauge(text, "hikaricp_connections_active", "Connections in use", workload.active());
        gauge(text, "hikaricp_connections_pending", "Requests waiting for a connection", workload.waiting());
        gauge(text, "hikaricp_connections_max", "Pool size", config.permits());
        gauge(text, "hikaricp_connections_idle", "Idle connections", config.permits() - workload.active());
        gauge(text, "calibration_cpu_workers_busy", "CPU workers busy", workload.busyWorkers());
        gauge(text, "calibration_retained_bytes", "Bytes kept by the leak mode", workload.retainedBytes());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            gauge(
                    text,
                    "process_cpu_usage",
                    "CPU use of this process, fraction of all cores",
                    Math.max(0, os.getProcessCpuLoad()));
        }
        text.append("# HELP jvm_memory_used_bytes Memory in use\n# TYPE jvm_memory_used_bytes gauge\n");
        text.append("jvm_memory_used_bytes{area=\"heap\",id=\"all\"} ")
                .append(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed())
                .append('\n');
        return text.toString();
    }

    private static void gauge(StringBuilder text, String name, String help, double value) {
        text.append("# HELP ")
                .append(name)
                .append(' ')
                .append(help)
                .append('\n')
                .append("# TYPE ")
                .append(name)
                .append(" gauge\n")
                .append(name)
                .append(' ')
                .append(String.format(Locale.ROOT, "%s", value))
                .append('\n');
    }

    private String configJson() {
        Double capacity = config.capacityRps();
        return String.format(
                Locale.ROOT,
                "{\"mode\":\"%s\",\"permits\":%d,\"serviceMillis\":%s,\"workers\":%d,\"workMillis\":%s,"
                        + "\"leakBytes\":%d,\"medianMillis\":%s,\"p99Millis\":%s,\"capacityRps\":%s}",
                config.mode(),
                config.permits(),
                config.serviceMillis(),
                config.workers(),
                config.workMillis(),
                config.leakBytes(),
                config.medianMillis(),
                config.p99Millis(),
                capacity == null ? "null" : capacity.toString());
    }

    private static long query(HttpExchange exchange, String name, long fallback) {
        String query = exchange.getRequestURI().getQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    try {
                        return Long.parseLong(pair.substring(name.length() + 1));
                    } catch (NumberFormatException e) {
                        return fallback;
                    }
                }
            }
        }
        return fallback;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        workload.close();
    }
}
