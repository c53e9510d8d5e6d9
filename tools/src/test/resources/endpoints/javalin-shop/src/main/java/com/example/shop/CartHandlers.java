package com.example.shop;

import io.javalin.http.Context;

final class CartHandlers {

    record AddToCartRequest(long productId, int quantity) {}

    private final Sessions sessions;

    CartHandlers(Sessions sessions) {
        this.sessions = sessions;
    }

    void add(Context ctx) {
        AddToCartRequest request = ctx.bodyAsClass(AddToCartRequest.class);
        String owner = sessions.userOf(ctx);
        ctx.json(java.util.Map.of("owner", owner == null ? "guest" : owner, "added", request.quantity()));
    }

    void view(Context ctx) {
        ctx.json(java.util.Map.of("owner", sessions.userOf(ctx)));
    }

    void checkout(Context ctx) {
        ctx.status(201);
    }
}
