package com.example.orders;

public final class Paths {
    public static final String API = "/api/v1";
    public static final String ORDERS = API + "/orders";
    private Paths() {}
}
