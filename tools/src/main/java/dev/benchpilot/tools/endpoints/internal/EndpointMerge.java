package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.Endpoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges endpoints found more than once (in code and in an OpenAPI file, or twice in code) into one per
 * {@link Endpoint#key()}, keeping the richer data: the request body with more fields, the union of parameters
 * (a typed parameter beats a "string" guess, required if either says so), auth true if either says true, false
 * over unknown. Every source and detector is kept, each once. Every path variable ends up with a PATH parameter.
 * Sorted by path, then method.
 */
public final class EndpointMerge {

    private EndpointMerge() {
    }

    public static List<Endpoint> merge(List<Endpoint> found) {
        Map<String, Endpoint> byKey = new LinkedHashMap<>();
        for (Endpoint endpoint : found) {
            byKey.merge(endpoint.key(), endpoint, EndpointMerge::combine);
        }
        List<Endpoint> merged = new ArrayList<>();
        byKey.values().forEach(endpoint -> merged.add(withEveryPathVariable(endpoint)));
        merged.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return merged;
    }

    /** Every path variable gets a PATH parameter, in path order: a required string when no detector typed it. */
    static Endpoint withEveryPathVariable(Endpoint endpoint) {
        List<Endpoint.Parameter> parameters = new ArrayList<>();
        for (String variable : endpoint.pathVariables()) {
            parameters.add(endpoint.parameters().stream().filter(p -> p.in() == Endpoint.Parameter.In.PATH && p.name().equals(variable))
                    .findFirst().orElse(new Endpoint.Parameter(variable, Endpoint.Parameter.In.PATH, "string", true)));
        }
        endpoint.parameters().stream().filter(p -> !parameters.contains(p)).forEach(parameters::add);
        return parameters.equals(endpoint.parameters()) ? endpoint : new Endpoint(endpoint.method(), endpoint.path(), parameters,
                endpoint.requestBody(), endpoint.authRequired(), endpoint.source(), endpoint.detector());
    }

    static Endpoint combine(Endpoint a, Endpoint b) {
        return new Endpoint(a.method(), a.path(), parameters(a.parameters(), b.parameters()), body(a.requestBody(), b.requestBody()),
                auth(a.authRequired(), b.authRequired()), distinct(", ", a.source(), b.source()), distinct("+", a.detector(), b.detector()));
    }

    private static List<Endpoint.Parameter> parameters(List<Endpoint.Parameter> first, List<Endpoint.Parameter> second) {
        Map<String, Endpoint.Parameter> byName = new LinkedHashMap<>();
        for (Endpoint.Parameter parameter : first) {
            byName.putIfAbsent(parameter.in() + " " + parameter.name(), parameter);
        }
        for (Endpoint.Parameter other : second) {
            byName.merge(other.in() + " " + other.name(), other, (kept, added) -> new Endpoint.Parameter(kept.name(), kept.in(),
                    kept.type().equals("string") ? added.type() : kept.type(), kept.required() || added.required()));
        }
        return List.copyOf(byName.values());
    }

    private static Endpoint.RequestBody body(Endpoint.RequestBody first, Endpoint.RequestBody second) {
        if (first == null || second == null) {
            return first != null ? first : second;
        }
        boolean secondRicher = second.fields().size() > first.fields().size() || first.sample() == null && second.sample() != null;
        return secondRicher ? second : first;
    }

    private static Boolean auth(Boolean first, Boolean second) {
        if (first == null || second == null) {
            return first != null ? first : second;
        }
        return first || second;
    }

    private static String distinct(String separator, String first, String second) {
        Set<String> parts = new LinkedHashSet<>();
        for (String joined : new String[] {first, second}) {
            if (joined != null) {
                parts.addAll(Arrays.asList(joined.split(java.util.regex.Pattern.quote(separator))));
            }
        }
        return String.join(separator, parts);
    }
}
