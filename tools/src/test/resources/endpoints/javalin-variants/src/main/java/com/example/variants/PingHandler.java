package com.example.variants;

import io.javalin.http.Context;
import io.javalin.http.Handler;

class PingHandler implements Handler {
    @Override
    public void handle(Context context) {
        context.result(context.queryParam("echo"));
    }
}
