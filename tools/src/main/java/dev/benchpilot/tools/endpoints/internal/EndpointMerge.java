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
 * Merges endpoints found more than once (in code and in an OpenAPI file, or twice in code) into one per method and
 * path shape ({@code /users/{id}} and {@code /users/{userId}} are one route), keeping the path the code gives and the
 * richer data: the request body with more fields, the union of parameters
 * (a typed parameter beats a "string" guess, required if either says so), auth true if either says true, false
 * over unknown. Every source and detector is kept, each once. Every path variable ends up with a PATH parameter.
 * Sorted by path, then method.
 */
public final class EndpointMerge {

    private EndpointMerge() {}

    public static List<Endpoint> merge(List<Endpoint> found) {
        Map<String, Endpoint> byKey = new LinkedHashMap<>();
        for (Endpoint endpoint : alignDocuments(found)) {
            byKey.merge(shape(endpoint), endpoint, EndpointMerge::combine);
        }
        List<Endpoint> merged = new ArrayList<>();
        byKey.values().forEach(endpoint -> merged.add(withEveryPathVariable(endpoint)));
        merged.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return merged;
    }

    /** {@code GET /users/{}}: method and path with the variables' names left out. */
    private static String shape(Endpoint endpoint) {
        return endpoint.method() + " " + pathShape(endpoint);
    }

    private static String pathShape(Endpoint endpoint) {
        return endpoint.path().replaceAll("\\{[^}/]*}", "{}");
    }

    private static boolean documented(Endpoint endpoint) {
        return endpoint.detector().equals("openapi");
    }

    /**
     * An OpenAPI document that leaves out the prefix the code mounts it under (a FastAPI sub-application's own
     * document,
     * a servlet mapping the document's {@code servers} omit): when at least two, and at least half, of its operations
     * that match no code endpoint match one under the same fixed prefix, every such operation is put under that prefix.
     */
    static List<Endpoint> alignDocuments(List<Endpoint> found) {
        List<Endpoint> code = found.stream().filter(e -> !documented(e)).toList();
        Set<String> codeShapes = new java.util.HashSet<>();
        code.forEach(e -> codeShapes.add(shape(e)));
        Map<String, List<Endpoint>> unmatchedByDocument = new LinkedHashMap<>();
        found.stream()
                .filter(e -> documented(e) && !codeShapes.contains(shape(e)))
                .forEach(e -> unmatchedByDocument
                        .computeIfAbsent(document(e), k -> new ArrayList<>())
                        .add(e));
        Map<String, String> prefixes = new java.util.HashMap<>();
        unmatchedByDocument.forEach((document, unmatched) -> {
            Map<String, Integer> votes = new java.util.HashMap<>();
            for (Endpoint operation : unmatched) {
                String path = pathShape(operation);
                code.stream()
                        .filter(c -> c.method().equals(operation.method()))
                        .map(EndpointMerge::pathShape)
                        .filter(c -> c.length() > path.length() && (path.equals("/") || c.endsWith(path)))
                        .map(c -> path.equals("/") ? c : c.substring(0, c.length() - path.length()))
                        .filter(prefix -> prefix.startsWith("/") && !prefix.endsWith("/") && !prefix.contains("{"))
                        .distinct()
                        .forEach(prefix -> votes.merge(prefix, 1, Integer::sum));
            }
            votes.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .filter(best -> best.getValue() >= 2 && best.getValue() * 2 >= unmatched.size())
                    .ifPresent(best -> prefixes.put(document, best.getKey()));
        });
        List<Endpoint> aligned = found.stream()
                .map(e -> documented(e) && prefixes.containsKey(document(e)) && !codeShapes.contains(shape(e))
                        ? new Endpoint(
                                e.method(),
                                prefixes.get(document(e)) + e.path(),
                                e.parameters(),
                                e.requestBody(),
                                e.authRequired(),
                                e.source(),
                                e.detector())
                        : e)
                .toList();
        return underDocumentedPrefix(aligned);
    }

    /** The document an OpenAPI endpoint came from: its source without the {@code #METHOD path} part. */
    private static String document(Endpoint endpoint) {
        return endpoint.source().replaceAll("#.*", "");
    }

    /**
     * Code whose mount could not be followed (a router included in a loop over plugins) lists a route without its
     * prefix:
     * when exactly one documented operation ends with that route's path (at least two fixed segments), that is the path
     * the service serves.
     */
    private static List<Endpoint> underDocumentedPrefix(List<Endpoint> found) {
        List<Endpoint> operations =
                found.stream().filter(EndpointMerge::documented).toList();
        Set<String> documentedShapes = new java.util.HashSet<>();
        operations.forEach(e -> documentedShapes.add(shape(e)));
        return found.stream()
                .map(e -> {
                    String path = pathShape(e);
                    long fixed = java.util.Arrays.stream(path.split("/"))
                            .filter(segment -> !segment.isEmpty() && !segment.equals("{}"))
                            .count();
                    if (documented(e) || fixed < 2 || documentedShapes.contains(shape(e))) {
                        return e;
                    }
                    List<Endpoint> longer = operations.stream()
                            .filter(d -> d.method().equals(e.method())
                                    && pathShape(d).length() > path.length()
                                    && pathShape(d).endsWith(path))
                            .toList();
                    return longer.size() != 1
                            ? e
                            : new Endpoint(
                                    e.method(),
                                    longer.get(0).path(),
                                    e.parameters(),
                                    e.requestBody(),
                                    e.authRequired(),
                                    e.source(),
                                    e.detector());
                })
                .toList();
    }

    /** Every path variable gets a PATH parameter, in path order: a required string when no detector typed it. */
    static Endpoint withEveryPathVariable(Endpoint endpoint) {
        List<Endpoint.Parameter> parameters = new ArrayList<>();
        for (String variable : endpoint.pathVariables()) {
            parameters.add(endpoint.parameters().stream()
                    .filter(p ->
                            p.in() == Endpoint.Parameter.In.PATH && p.name().equals(variable))
                    .findFirst()
                    .orElse(new Endpoint.Parameter(variable, Endpoint.Parameter.In.PATH, "string", true)));
        }
        // a PATH parameter named differently by another source of the same route is not a parameter of this path
        endpoint.parameters().stream()
                .filter(p -> !parameters.contains(p) && p.in() != Endpoint.Parameter.In.PATH)
                .forEach(parameters::add);
        return parameters.equals(endpoint.parameters())
                ? endpoint
                : new Endpoint(
                        endpoint.method(),
                        endpoint.path(),
                        parameters,
                        endpoint.requestBody(),
                        endpoint.authRequired(),
                        endpoint.source(),
                        endpoint.detector());
    }

    static Endpoint combine(Endpoint a, Endpoint b) {
        return new Endpoint(
                a.method(),
                a.path(),
                parameters(a.parameters(), b.parameters()),
                body(a.requestBody(), b.requestBody()),
                auth(a.authRequired(), b.authRequired()),
                distinct(", ", a.source(), b.source()),
                distinct("+", a.detector(), b.detector()));
    }

    private static List<Endpoint.Parameter> parameters(
            List<Endpoint.Parameter> first, List<Endpoint.Parameter> second) {
        Map<String, Endpoint.Parameter> byName = new LinkedHashMap<>();
        for (Endpoint.Parameter parameter : first) {
            byName.putIfAbsent(parameter.in() + " " + parameter.name(), parameter);
        }
        for (Endpoint.Parameter other : second) {
            byName.merge(
                    other.in() + " " + other.name(),
                    other,
                    (kept, added) -> new Endpoint.Parameter(
                            kept.name(),
                            kept.in(),
                            kept.type().equals("string") ? added.type() : kept.type(),
                            kept.required() || added.required()));
        }
        return List.copyOf(byName.values());
    }

    private static Endpoint.RequestBody body(Endpoint.RequestBody first, Endpoint.RequestBody second) {
        if (first == null || second == null) {
            return first != null ? first : second;
        }
        boolean secondRicher =
                second.fields().size() > first.fields().size() || first.sample() == null && second.sample() != null;
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
