package dev.benchpilot.examples.shop;

import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.sql.SQLException;

/**
 * A small e-commerce API to benchmark: Javalin on 127.0.0.1, an in-memory H2 database behind a HikariCP
 * pool of {@link ShopConfig#poolSize()} connections, Prometheus metrics at {@code /metrics}. Its capacity is
 * limited by that pool and by its queries (the dashboard aggregates every order line), never by a sleep.
 * Several instances can run in one JVM: each has its own database and meter registry.
 */
public final class ShopApi implements AutoCloseable {

    private final Javalin app;
    private final Database database;
    private final JvmGcMetrics gcMetrics;

    private ShopApi(Javalin app, Database database, JvmGcMetrics gcMetrics) {
        this.app = app;
        this.database = database;
        this.gcMetrics = gcMetrics;
    }

    /** Seeds a fresh database and starts serving; returns once requests are accepted. */
    public static ShopApi start(ShopConfig config) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        JvmGcMetrics gcMetrics = new JvmGcMetrics();
        gcMetrics.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Database database = new Database(config, registry);
        try {
            Seeder.seed(database, config);
            Javalin app = Javalin.create(javalin -> {
                javalin.showJavalinBanner = false;
                javalin.jsonMapper(new ShopJson());
            });
            RequestMetrics.register(app, registry);
            ErrorResponses.register(app);
            ShopRoutes.register(app, database, registry);
            app.start("127.0.0.1", config.port());
            return new ShopApi(app, database, gcMetrics);
        } catch (SQLException | RuntimeException e) {
            database.close();
            gcMetrics.close();
            throw new IllegalStateException("cannot start the shop: " + e.getMessage(), e);
        }
    }

    public int port() {
        return app.port();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** The database, for tests that check answers against SQL. */
    Database database() {
        return database;
    }

    /** Stops accepting requests, then drops the in-memory database. Idempotent. */
    @Override
    public void close() {
        app.stop();
        database.close();
        gcMetrics.close();
    }
}
