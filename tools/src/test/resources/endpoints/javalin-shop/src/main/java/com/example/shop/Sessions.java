package com.example.shop;

import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads the bearer token if there is one: guests may fill a cart. */
final class Sessions {
    private final Map<String, String> users = new ConcurrentHashMap<>();

    String open(String user) {
        String token = Integer.toHexString(user.hashCode());
        users.put(token, user);
        return token;
    }

    String userOf(Context ctx) {
        String header = ctx.header("Authorization");
        return header == null ? null : users.get(header.replace("Bearer ", ""));
    }
}
