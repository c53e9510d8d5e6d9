package dev.benchpilot.examples.shop;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads a request body as a record: 400 when it is not JSON, is {@code null}, or has a wrong type. Unknown fields are ignored. */
final class JsonBody {

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonBody() {
    }

    static <T> T read(Context ctx, Class<T> type) {
        T value;
        try {
            value = JSON.readValue(ctx.bodyAsBytes(), type);
        } catch (JacksonException e) {
            throw new ApiException(400, "invalid JSON body");
        } catch (IOException e) {
            throw new ApiException(400, "unreadable body");
        }
        if (value == null) {
            throw new ApiException(400, "a JSON object body is required");
        }
        return value;
    }
}
