package dev.benchpilot.tools.endpoints.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.internal.TokenRanges.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an inline Express handler reads from its request: {@code req.body.name} and {@code const {a, b} = req.body}
 * become request-body fields, {@code req.query.q} query parameters. Types are guessed from names (a count is an
 * integer, a price a number, the rest strings) because JavaScript declares none.
 */
final class RequestReads {

    private static final Set<String> REQUEST_NAMES = Set.of("req", "request");
    private static final Pattern INTEGER_NAME =
            Pattern.compile("(?i).*(count|quantity|qty|age|limit|page|size|offset|year|id)");
    private static final Pattern NUMBER_NAME =
            Pattern.compile("(?i).*(price|amount|total|rate|score|lat|lng|latitude|longitude)");

    private RequestReads() {}

    static List<Endpoint.Parameter> query(TokenRanges tokens, Range handler) {
        List<Endpoint.Parameter> parameters = new ArrayList<>();
        for (String name : reads(tokens, handler, "query")) {
            parameters.add(new Endpoint.Parameter(name, Endpoint.Parameter.In.QUERY, type(name), false));
        }
        return parameters;
    }

    static Endpoint.RequestBody body(TokenRanges tokens, Range handler) {
        Set<String> names = reads(tokens, handler, "body");
        if (names.isEmpty()) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        ObjectNode sample = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            fields.put(name, type(name));
            sample.set(name, sample(name));
        }
        return new Endpoint.RequestBody("application/json", null, fields, sample);
    }

    static String type(String name) {
        return NUMBER_NAME.matcher(name).matches()
                ? "number"
                : INTEGER_NAME.matcher(name).matches() ? "integer" : "string";
    }

    static JsonNode sample(String name) {
        return switch (type(name)) {
            case "integer" -> SampleValues.integer(SampleValues.Constraints.NONE);
            case "number" -> SampleValues.number(SampleValues.Constraints.NONE);
            default -> SampleValues.text(name, SampleValues.Constraints.NONE);
        };
    }

    /** Names read as {@code req.<part>.name} or destructured from {@code req.<part>}, in order of appearance. */
    private static Set<String> reads(TokenRanges tokens, Range handler, String part) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = handler.start(); i < handler.end(); i++) {
            if (!tokens.isName(i)
                    || !REQUEST_NAMES.contains(tokens.at(i).text())
                    || !tokens.is(i + 1, ".")
                    || !tokens.is(i + 2, part)) {
                continue;
            }
            if (tokens.is(i + 3, ".") && tokens.isName(i + 4)) {
                names.add(tokens.at(i + 4).text());
            } else if (tokens.is(i - 1, "=") && tokens.is(i - 2, "}")) {
                int open = i - 2;
                while (open > handler.start() && !tokens.is(open, "{")) {
                    open--;
                }
                for (Range item : tokens.items(open)) {
                    if (tokens.isName(item.start())) {
                        names.add(tokens.at(item.start()).text());
                    }
                }
            }
        }
        return names;
    }
}
