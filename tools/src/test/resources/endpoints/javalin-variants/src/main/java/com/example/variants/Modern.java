package com.example.variants;

import static io.javalin.apibuilder.ApiBuilder.crud;
import static io.javalin.apibuilder.ApiBuilder.path;

import io.javalin.Javalin;
import io.javalin.apibuilder.ApiBuilder;

/** Javalin 6/7 styles: routes on config.routes, chained on create, a var, ApiBuilder called by class name, crud. */
class Modern {
    static void start() {
        var app = Javalin.create(config -> {
            config.routes.get("/v7/items", ctx -> ctx.result("items"));
            config.router.apiBuilder(() -> path("/v6", () -> {
                ApiBuilder.get("things", ctx -> ctx.result("things"));
                crud("users/{userId}", new UserController());
            }));
        }).start(7070);
        app.delete("/v7/items/{itemId}", ctx -> ctx.status(204));
        Javalin.create().get("/chained", ctx -> ctx.result("a")).post("/chained", ctx -> ctx.result("b"));
    }
}
