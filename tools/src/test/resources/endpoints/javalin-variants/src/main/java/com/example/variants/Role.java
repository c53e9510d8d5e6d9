package com.example.variants;

import io.javalin.security.RouteRole;

enum Role implements RouteRole { ANYONE, MEMBER }
