package dev.benchpilot.examples.shop;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** {@code POST /api/login} and the bearer-token check behind {@link Role#USER} routes. */
final class AuthHandlers {

    /** The body of {@code POST /api/login}. */
    record LoginRequest(String username, String password) {
    }

    static final String USER_ID = "userId";

    private final Database database;
    private final Sessions sessions = new Sessions();

    AuthHandlers(Database database) {
        this.database = database;
    }

    void login(Context ctx) throws SQLException {
        LoginRequest login = ctx.bodyAsClass(LoginRequest.class);
        if (login == null || login.username() == null || login.password() == null) {
            throw new ApiException(400, "username and password are required");
        }
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT id, salt, password_hash FROM users WHERE username = ?")) {
            query.setString(1, login.username());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || !Passwords.hash(row.getString("salt"), login.password()).equals(row.getString("password_hash"))) {
                    throw new ApiException(401, "invalid username or password");
                }
                ctx.json(Map.of("token", sessions.open(row.getLong("id")), "expiresInSeconds", Sessions.LIFETIME.toSeconds()));
            }
        }
    }

    /** The caller's user id from {@code Authorization: Bearer <token>}, or null when absent or invalid. */
    Long caller(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return sessions.userOf(header.substring(7).trim());
    }

    /** Before every matched route: routes with {@link Role#USER} need a valid token. */
    void enforceRoles(Context ctx) {
        if (!ctx.routeRoles().contains(Role.USER)) {
            return;
        }
        Long user = caller(ctx);
        if (user == null) {
            throw new ApiException(401, "a valid bearer token is required");
        }
        ctx.attribute(USER_ID, user);
    }
}
