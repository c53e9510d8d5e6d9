package dev.benchpilot.examples.shop;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** Every route of the shop, in one place. Routes without {@link Role#USER} need no sign-in. */
final class ShopRoutes {

    private ShopRoutes() {}

    static void register(Javalin app, Database database, PrometheusMeterRegistry registry) {
        AuthHandlers auth = new AuthHandlers(database);
        CatalogHandlers catalog = new CatalogHandlers(database);
        CartHandlers cart = new CartHandlers(database, auth);
        CheckoutHandler checkout = new CheckoutHandler(database);
        DashboardHandler dashboard = new DashboardHandler(database);
        HealthHandler health = new HealthHandler(database);

        app.beforeMatched(auth::enforceRoles);

        app.get("/health", health::check, Role.ANYONE);
        app.get(
                "/metrics",
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(registry.scrape()),
                Role.ANYONE);
        app.post("/api/login", auth::login, Role.ANYONE);
        app.get("/api/products", catalog::list, Role.ANYONE);
        app.get("/api/products/{id}", catalog::byId, Role.ANYONE);
        app.post("/api/cart/add", cart::add, Role.ANYONE);
        app.get("/api/cart", cart::view, Role.USER);
        app.post("/api/checkout", checkout::checkout, Role.USER);
        app.get("/api/dashboard", dashboard::show, Role.USER);
    }
}
