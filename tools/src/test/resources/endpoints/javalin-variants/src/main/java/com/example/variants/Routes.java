package com.example.variants;

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
        lookup.getOrDefault("/not-a-route-either", "x");
        server.get(PRODUCTS, products::list);
        server.get(PRODUCTS + "/search", products::list);
        server.get("/api/products/{id}", products::byId);
        server.post("/api/login/", ctx -> ctx.bodyAsClass(Credentials.class));
        server.post("/api/orders", orders::create, Role.MEMBER);
        server.get("/api/orders/<orderId>", ctx -> ctx.header("Authorization"));
        server.get(Paths.API + "/orders/{orderId}/lines", ctx -> orders.lines(ctx));
        server.get("/health", ctx -> ctx.result("ok"), Role.ANYONE);
        server.get("/api/mixed", ctx -> ctx.result("?"), Role.ANYONE, Role.MEMBER);
        String dynamic = System.getenv("ROUTE");
        server.get(dynamic, ctx -> ctx.result("unknown"));
    }
}
