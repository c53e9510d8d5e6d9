package com.example.variants;

import io.javalin.apibuilder.CrudHandler;
import io.javalin.http.Context;

class UserController implements CrudHandler {
    public void getAll(Context ctx) {
        ctx.queryParam("limit");
    }

    public void getOne(Context ctx, String userId) {
        ctx.result(userId);
    }

    public void create(Context ctx) {
        ctx.bodyAsClass(NewUser.class);
    }

    public void update(Context ctx, String userId) {
        ctx.result(userId);
    }

    public void delete(Context ctx, String userId) {
        ctx.status(204);
    }
}
