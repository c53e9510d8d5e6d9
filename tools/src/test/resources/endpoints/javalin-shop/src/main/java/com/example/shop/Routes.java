package com.example.shop;

import io.javalin.Javalin;
import java.util.Map;

public class Routes {

    static final String PRODUCTS = "/api/products";

    private final Products products = new Products();
    private final Orders orders;

    public Routes(Javalin server, Orders orders) {
        this.orders = orders;
        Map<String, String> lookup = Map.of("k", "v");
        lookup.get("/not-a-route");
        server.get(PRODUCTS, products::list);
        server.get(PRODUCTS + "/search", products::list);
        server.get("/api/products/{id}", products::byId);
        server.post("/api/login/", ctx -> ctx.bodyAsClass(Credentials.class));
        server.post("/api/orders", orders::create, Role.MEMBER);
        server.get("/api/orders/<orderId>", ctx -> ctx.header("Authorization"));
        server.get("/health", ctx -> ctx.result("ok"), Role.ANYONE);
    }
}
