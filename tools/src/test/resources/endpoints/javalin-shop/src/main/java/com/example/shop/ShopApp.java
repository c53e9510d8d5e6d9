package com.example.shop;

import io.javalin.Javalin;

public final class ShopApp {
    public static void main(String[] args) {
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
        Sessions sessions = new Sessions();
        new ShopRoutes(app, new ProductHandlers(), new AuthHandlers(sessions), new CartHandlers(sessions));
        app.start(7070);
    }
}
