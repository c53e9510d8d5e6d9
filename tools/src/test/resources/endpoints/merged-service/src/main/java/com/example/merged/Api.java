package com.example.merged;

import io.javalin.Javalin;
import io.javalin.http.Context;

final class Api {
    record Rename(String name) {}

    static void routes(Javalin app) {
        app.get("/pets/{petId}", Api::show);
        app.put("/pets/{petId}", ctx -> ctx.bodyAsClass(Rename.class), Role.OWNER);
        app.get("/pets/{petId}/photo", ctx -> ctx.result("jpg"), Role.ANYONE);
        app.get("/internal/metrics", ctx -> ctx.result("ok"));
    }

    private static void show(Context ctx) {
        ctx.result(ctx.pathParam("petId") + ctx.queryParam("lang"));
    }

    enum Role implements io.javalin.security.RouteRole { ANYONE, OWNER }
}
