package dev.benchpilot.examples.shop;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code GET /health}: {@code {"status":"UP"}} once a pooled connection answers, else 503 {@code {"status":"DOWN"}}.
 */
final class HealthHandler {

    /** The body of {@code GET /health}. */
    record Health(String status) {}

    private static final int VALIDATION_TIMEOUT_SECONDS = 1;

    private final Database database;

    HealthHandler(Database database) {
        this.database = database;
    }

    void check(Context ctx) throws SQLException {
        try (Connection connection = database.connection()) {
            boolean up = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            ctx.status(up ? 200 : 503).json(new Health(up ? "UP" : "DOWN"));
        }
    }
}
