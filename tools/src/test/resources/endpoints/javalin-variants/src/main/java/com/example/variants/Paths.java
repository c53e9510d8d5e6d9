package com.example.variants;

public final class Paths {
    public static final String API = "/api";

    private Paths() {
    }
}
