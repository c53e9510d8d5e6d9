package com.example.shop;

import io.javalin.http.Context;

final class ProductHandlers {
    void list(Context ctx) {
        String category = ctx.queryParam("category");
        int page = ctx.queryParamAsClass("page", Integer.class).getOrDefault(0);
        ctx.json(java.util.List.of(category, page));
    }

    void byId(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        ctx.json(id);
    }
}
