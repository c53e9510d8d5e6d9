package dev.benchpilot.examples.shop;

import io.javalin.Javalin;
import java.util.Map;

/** Every route of the shop, in one place. */
final class ShopRoutes {

    private ShopRoutes() {
    }

    static void register(Javalin app, Database database) {
        AuthHandlers auth = new AuthHandlers(database);
        CatalogHandlers catalog = new CatalogHandlers(database);
        CartHandlers cart = new CartHandlers(database, auth);
        DashboardHandler dashboard = new DashboardHandler(database);

        app.beforeMatched(auth::enforceRoles);
        app.get("/health", ctx -> {
            try (var connection = database.connection()) {
                ctx.json(Map.of("status", connection.isValid(1) ? "UP" : "DOWN"));
            }
        }, Role.ANYONE);
        app.post("/api/login", auth::login, Role.ANYONE);
        app.get("/api/products", catalog::list, Role.ANYONE);
        app.get("/api/products/{id}", catalog::byId, Role.ANYONE);
        app.post("/api/cart/add", cart::add, Role.ANYONE);
        app.get("/api/cart", cart::view, Role.USER);
        app.post("/api/checkout", cart::checkout, Role.USER);
        app.get("/api/dashboard", dashboard::show, Role.USER);
    }
}
