package dev.benchpilot.examples.shop;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes {@code {"error": "..."}} with a status code; no stack trace reaches a client.
 * A request that waited {@link ShopConfig#poolTimeout()} for a database connection gets 503.
 */
final class ErrorResponses {

    /** The body of every error response. */
    record ErrorBody(String error) {}

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {}

    static void register(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        app.exception(ValidationException.class, (e, ctx) -> answer(ctx, 400, "invalid parameter: " + describe(e)));
        app.exception(
                SQLTransientConnectionException.class,
                (e, ctx) -> answer(ctx, 503, "no database connection available, try again"));
        app.exception(Exception.class, ErrorResponses::unexpected);
    }

    private static String describe(ValidationException e) {
        return e.getErrors().entrySet().stream()
                .map(field -> field.getKey() + " ("
                        + field.getValue().stream()
                                .map(ValidationError::getMessage)
                                .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
    }

    private static void unexpected(Exception e, Context ctx) {
        LOG.warn("unexpected failure of {} {}", ctx.method(), ctx.path(), e);
        answer(ctx, 500, "internal error");
    }

    private static void answer(Context ctx, int status, String message) {
        ctx.status(status).json(new ErrorBody(message));
    }
}
