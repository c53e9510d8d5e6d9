package dev.benchpilot.tools.endpoints.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Plausible, valid sample values for one field or parameter from its name, type and constraints. Shared by
 * Java DTOs ({@link DtoSamples}) and OpenAPI schemas ({@link SchemaSamples}) so both describe a field alike.
 */
final class SampleValues {

    /**
     * What a value must satisfy; every part may be null.
     *
     * @param format an OpenAPI string format: email, uuid, date-time, date, time, uri, duration
     */
    record Constraints(BigDecimal minimum, BigDecimal maximum, Integer minLength, Integer maxLength, String format) {
        static final Constraints NONE = new Constraints(null, null, null, null, null);

        Constraints withFormat(String newFormat) {
            return new Constraints(minimum, maximum, minLength, maxLength, format != null ? format : newFormat);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> FORMAT_SAMPLES = Map.of(
            "email", "user@example.com",
            "uuid", "123e4567-e89b-12d3-a456-426614174000",
            "date-time", "2026-01-01T12:00:00Z",
            "local-date-time", "2026-01-01T12:00:00",
            "date", "2026-01-01",
            "time", "12:00:00",
            "uri", "https://example.com",
            "duration", "PT1M");
    private static final Map<String, String> JAVA_FORMATS = Map.of(
            "UUID",
            "uuid",
            "Instant",
            "date-time",
            "OffsetDateTime",
            "date-time",
            "ZonedDateTime",
            "date-time",
            "LocalDateTime",
            "local-date-time",
            "LocalDate",
            "date",
            "LocalTime",
            "time",
            "URI",
            "uri",
            "URL",
            "uri",
            "Duration",
            "duration");

    private SampleValues() {}

    /** The string format a Java value type is written in by Jackson, or null: UUID → uuid, LocalDate → date, ... */
    static String formatOf(String javaSimpleType) {
        return JAVA_FORMATS.get(javaSimpleType);
    }

    static JsonNode integer(Constraints constraints) {
        return NODES.numberNode(clamp(BigDecimal.ONE, constraints).longValue());
    }

    static JsonNode number(Constraints constraints) {
        return NODES.numberNode(clamp(BigDecimal.ONE.setScale(1), constraints));
    }

    /** A string by format, else by field name (email, password, name/username), padded or cut to the allowed length. */
    static JsonNode text(String fieldName, Constraints constraints) {
        String lower = fieldName == null ? "" : fieldName.toLowerCase(Locale.ROOT);
        String text = constraints.format() != null && FORMAT_SAMPLES.containsKey(constraints.format())
                ? FORMAT_SAMPLES.get(constraints.format())
                : lower.contains("email")
                        ? "user@example.com"
                        : lower.contains("password")
                                ? "password"
                                : lower.contains("name") || lower.contains("user") ? "user1" : "text";
        if (constraints.minLength() != null && text.length() < constraints.minLength()) {
            text = text + "x".repeat(constraints.minLength() - text.length());
        }
        if (constraints.maxLength() != null && text.length() > constraints.maxLength()) {
            text = text.substring(0, Math.max(0, constraints.maxLength()));
        }
        return NODES.textNode(text);
    }

    private static BigDecimal clamp(BigDecimal preferred, Constraints constraints) {
        BigDecimal value = preferred;
        if (constraints.minimum() != null && value.compareTo(constraints.minimum()) < 0) {
            value = constraints.minimum();
        }
        if (constraints.maximum() != null && value.compareTo(constraints.maximum()) > 0) {
            value = constraints.maximum();
        }
        return value;
    }
}
