package com.example.shop;

record LoginRequest(String username, String password) {}
