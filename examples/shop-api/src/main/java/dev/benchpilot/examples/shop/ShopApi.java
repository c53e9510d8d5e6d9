package dev.benchpilot.examples.shop;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

/**
 * A small e-commerce API to benchmark: Javalin on 127.0.0.1, an in-memory H2 database behind a HikariCP
 * pool of {@link ShopConfig#poolSize()} connections, Prometheus metrics at {@code /metrics}. Its capacity
 * is limited by that pool and by its queries (the dashboard aggregates every order line), not by any sleep.
 */
public final class ShopApi implements AutoCloseable {

    private static final String STARTED = "shop.startedNanos";

    private final Javalin app;
    private final Database database;

    private ShopApi(Javalin app, Database database) {
        this.app = app;
        this.database = database;
    }

    public static ShopApi start(ShopConfig config) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Database database = new Database(config, registry);
        try {
            Seeder.seed(database, config);
        } catch (SQLException e) {
            database.close();
            throw new IllegalStateException("cannot seed the shop database: " + e.getMessage(), e);
        }
        Javalin app = Javalin.create(javalin -> javalin.showJavalinBanner = false);
        app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        app.after(ctx -> time(ctx, registry));
        app.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(Map.of("error", e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> failure(e, ctx));
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(registry.scrape()));
        ShopRoutes.register(app, database);
        app.start("127.0.0.1", config.port());
        return new ShopApi(app, database);
    }

    public int port() {
        return app.port();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }

    private static void failure(Exception e, Context ctx) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException) {
                ctx.status(400).json(Map.of("error", "invalid JSON body"));
                return;
            }
            if (cause instanceof SQLTransientConnectionException) {
                ctx.status(503).json(Map.of("error", "no database connection available, try again"));
                return;
            }
        }
        ctx.status(500).json(Map.of("error", "internal error"));
    }

    private static void time(Context ctx, PrometheusMeterRegistry registry) {
        Long started = ctx.attribute(STARTED);
        if (started == null || ctx.path().equals("/metrics")) {
            return;
        }
        String route = ctx.endpointHandlerPath();
        Timer.builder("http.server.requests").tag("method", ctx.method().name())
                .tag("uri", route == null || route.isEmpty() ? "UNMATCHED" : route)
                .tag("status", String.valueOf(ctx.statusCode())).register(registry)
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
