package com.example.shop;

public record Credentials(String username, String password) {}
