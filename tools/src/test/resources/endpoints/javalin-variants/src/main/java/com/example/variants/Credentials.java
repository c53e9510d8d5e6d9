package com.example.variants;

public record Credentials(String username, String password) {}
