package dev.benchpilot.examples.shop;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * The {@code http_server_requests_seconds} timer, tagged by method, route template ({@code /api/products/{id}},
 * never the concrete path; {@code NOT_FOUND} when no route matched) and status. Scrapes of {@code /metrics}
 * are not timed.
 */
final class RequestMetrics {

    private static final String STARTED_NANOS = "shop.startedNanos";

    private RequestMetrics() {}

    static void register(Javalin app, MeterRegistry registry) {
        app.before(ctx -> ctx.attribute(STARTED_NANOS, System.nanoTime()));
        app.after(ctx -> record(ctx, registry));
    }

    private static void record(Context ctx, MeterRegistry registry) {
        Long startedNanos = ctx.attribute(STARTED_NANOS);
        if (startedNanos == null || ctx.path().equals("/metrics")) {
            return;
        }
        String route = ctx.endpointHandlerPath();
        Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("uri", route == null || route.isEmpty() ? "NOT_FOUND" : route)
                .tag("status", String.valueOf(ctx.statusCode()))
                .register(registry)
                .record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }
}
