package dev.benchpilot.examples.shop;

import io.javalin.security.RouteRole;

/** Route roles: {@code USER} routes need a valid bearer token. */
public enum Role implements RouteRole {
    ANYONE, USER
}
