package com.example.shop;

import io.javalin.security.RouteRole;

enum Role implements RouteRole { ANYONE, USER }
