package com.example.variants;

import io.javalin.http.Context;

class Products {
    void list(Context ctx) {
        int page = ctx.queryParamAsClass("page", Integer.class).getOrDefault(0);
        String q = ctx.queryParam("q");
        ctx.result(page + q);
    }

    void byId(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        String echo = String.valueOf(ctx.pathParam("id"));
        ctx.result("p" + id + echo);
    }
}
