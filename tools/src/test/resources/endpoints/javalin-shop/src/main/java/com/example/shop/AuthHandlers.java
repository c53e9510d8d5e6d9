package com.example.shop;

import io.javalin.http.Context;

final class AuthHandlers {
    private final Sessions sessions;

    AuthHandlers(Sessions sessions) {
        this.sessions = sessions;
    }

    void login(Context ctx) {
        LoginRequest login = ctx.bodyAsClass(LoginRequest.class);
        ctx.json(java.util.Map.of("token", sessions.open(login.username())));
    }
}
