package com.example.variants;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** A Javalin held in a field that is not called app, a Handler field, a Handler class and addHttpHandler. */
class Admin {

    private final Javalin web;
    private final Handler status = ctx -> ctx.queryParam("verbose");
    private final Registry registry = new Registry();

    Admin(Javalin web) {
        this.web = web;
    }

    void mount() {
        web.get("/admin/status", status);
        this.web.post("/admin/users", this::createUser, Role.MEMBER);
        web.get("/admin/ping", new PingHandler());
        web.addHttpHandler(HandlerType.PUT, "/admin/settings", ctx -> ctx.bodyAsClass(Settings.class));
        registry.get("/not-a-route", status);
    }

    void elsewhere() {
        Registry web = new Registry();
        web.get("/shadowed-not-a-route", status);
    }

    private void createUser(Context ctx) {
        ctx.bodyAsClass(NewUser.class);
    }

    static final class Registry {
        void get(String key, Handler handler) {
        }
    }
}
