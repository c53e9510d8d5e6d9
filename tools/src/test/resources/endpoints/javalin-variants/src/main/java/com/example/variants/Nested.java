package com.example.variants;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.Javalin;

class Nested {
    static void mount() {
        Javalin.create(config -> config.router.apiBuilder(() -> {
            path("/admin", () -> {
                path("reports", () -> {
                    get(ctx -> ctx.result("index"));
                    get("{year}", ctx -> ctx.result(ctx.pathParam("year")));
                    post("rebuild", ctx -> ctx.result("ok"));
                });
            });
        }));
    }
}
