package com.example.variants;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.List;

public class Orders {
    enum Shipping { STANDARD, EXPRESS }

    record Line(long productId, int quantity) {}

    record NewOrder(@JsonProperty("customer_email") String email, Shipping shipping, List<Line> lines, Address address) {}

    static class Address {
        String street;
        int number;
        static int ignored;
    }

    void create(Context ctx) {
        NewOrder order = ctx.bodyAsClass(NewOrder.class);
        ctx.json(order);
    }

    void lines(Context ctx) {
        String token = ctx.header(Header.AUTHORIZATION);
        int orderId = ctx.pathParamAsClass("orderId", Integer.class).get();
        ctx.json(List.of(token, orderId));
    }
}
