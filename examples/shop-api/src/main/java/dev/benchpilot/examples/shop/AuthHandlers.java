package dev.benchpilot.examples.shop;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** {@code POST /api/login}, and the bearer-token check that {@link Role#USER} routes get before their handler. */
final class AuthHandlers {

    /** The body of {@code POST /api/login}. */
    record LoginRequest(String username, String password) {}

    /** The answer to a successful login. */
    record LoginResponse(String token, long expiresInSeconds) {}

    private static final String USER_ID = "shop.userId";

    private final Database database;
    private final Sessions sessions = new Sessions();

    AuthHandlers(Database database) {
        this.database = database;
    }

    void login(Context ctx) throws SQLException {
        LoginRequest login = ctx.bodyAsClass(LoginRequest.class);
        if (login.username() == null || login.password() == null) {
            throw new ApiException(400, "username and password are required");
        }
        try (Connection connection = database.connection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT id, salt, password_hash FROM users WHERE username = ?")) {
            query.setString(1, login.username());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()
                        || !Passwords.matches(
                                row.getString("salt"), login.password(), row.getString("password_hash"))) {
                    throw new ApiException(401, "invalid username or password");
                }
                ctx.json(new LoginResponse(sessions.open(row.getLong("id")), Sessions.LIFETIME.toSeconds()));
            }
        }
    }

    /** Before every matched route: a {@link Role#USER} route needs a valid token, whose user the handler then reads. */
    void enforceRoles(Context ctx) {
        if (!ctx.routeRoles().contains(Role.USER)) {
            return;
        }
        Long user = optionalCaller(ctx);
        if (user == null) {
            throw new ApiException(401, "a valid bearer token is required");
        }
        ctx.attribute(USER_ID, user);
    }

    /** The user of a {@link Role#USER} route, as checked by {@link #enforceRoles}. */
    static long userId(Context ctx) {
        Long user = ctx.attribute(USER_ID);
        if (user == null) {
            throw new IllegalStateException("route is not protected by Role.USER");
        }
        return user;
    }

    /**
     * For routes where signing in is optional: the caller's user id, or null without an {@code Authorization}
     * header. A header with a missing, expired or forged bearer token is 401 rather than a silent guest.
     */
    Long optionalCaller(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return null;
        }
        Long user = header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? sessions.userOf(header.substring(7).trim())
                : null;
        if (user == null) {
            throw new ApiException(401, "invalid or expired bearer token");
        }
        return user;
    }
}
