package com.example.shop;

import io.javalin.Javalin;

final class ShopRoutes {

    private final DashboardHandlers dashboard = new DashboardHandlers();

    ShopRoutes(Javalin app, ProductHandlers products, AuthHandlers auth, CartHandlers cart) {
        app.get("/api/products", products::list);
        app.get("/api/products/{id}", products::byId);
        app.post("/api/login", auth::login);
        app.post("/api/cart/add", cart::add);
        app.get("/api/cart", cart::view, Role.USER);
        app.post("/api/checkout", cart::checkout, Role.USER);
        app.get("/api/dashboard", dashboard::show, Role.USER);
        app.get("/health", ctx -> ctx.json(java.util.Map.of("status", "UP")));
    }
}
