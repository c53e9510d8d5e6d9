package dev.benchpilot.examples.shop;

import io.javalin.security.RouteRole;

/** Route roles, enforced before each matched route: {@code USER} routes need a valid bearer token. */
public enum Role implements RouteRole {
    /** No sign-in needed (on some routes, such as adding to a cart, a token is honoured when sent). */
    ANYONE,
    /** A valid {@code Authorization: Bearer <token>} from {@code POST /api/login} is required, else 401. */
    USER
}
