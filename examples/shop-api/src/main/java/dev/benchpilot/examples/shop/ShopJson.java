package dev.benchpilot.examples.shop;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.stream.Stream;

/**
 * Javalin's JSON mapping (Jackson, records both ways), except that a request body which is not JSON, is {@code null}
 * or has a field of the wrong type is the client's mistake: {@code ctx.bodyAsClass(..)} throws a 400
 * {@link ApiException} instead of an exception that would become a 500. Unknown fields are ignored.
 */
final class ShopJson implements JsonMapper {

    private final ObjectMapper mapper =
            JavalinJackson.defaultMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final JavalinJackson writer = new JavalinJackson(mapper, false);

    @Override
    public String toJsonString(Object value, Type type) {
        return writer.toJsonString(value, type);
    }

    @Override
    public InputStream toJsonStream(Object value, Type type) {
        return writer.toJsonStream(value, type);
    }

    @Override
    public void writeToOutputStream(Stream<?> stream, OutputStream out) {
        writer.writeToOutputStream(stream, out);
    }

    @Override
    public <T> T fromJsonString(String json, Type targetType) {
        try {
            return required(mapper.readValue(json, mapper.constructType(targetType)));
        } catch (JacksonException e) {
            throw new ApiException(400, "invalid JSON body");
        }
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type targetType) {
        try {
            return required(mapper.readValue(json, mapper.constructType(targetType)));
        } catch (JacksonException e) {
            throw new ApiException(400, "invalid JSON body");
        } catch (IOException e) {
            throw new ApiException(400, "unreadable request body");
        }
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw new ApiException(400, "a JSON object body is required");
        }
        return value;
    }
}
