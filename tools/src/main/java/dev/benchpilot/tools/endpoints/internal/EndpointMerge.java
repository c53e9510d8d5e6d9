package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.Endpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Merges endpoints found more than once (source and OpenAPI) into one, keeping the richer data. */
public final class EndpointMerge {

    private EndpointMerge() {
    }

    public static List<Endpoint> merge(List<Endpoint> found) {
        Map<String, Endpoint> byKey = new LinkedHashMap<>();
        for (Endpoint endpoint : found) {
            byKey.merge(endpoint.key(), endpoint, EndpointMerge::combine);
        }
        List<Endpoint> merged = new ArrayList<>(byKey.values());
        merged.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return merged;
    }

    static Endpoint combine(Endpoint a, Endpoint b) {
        Set<Endpoint.Parameter> parameters = new LinkedHashSet<>(a.parameters());
        for (Endpoint.Parameter parameter : b.parameters()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(parameter.name()) && p.in() == parameter.in())) {
                parameters.add(parameter);
            }
        }
        Boolean auth = a.authRequired() == null ? b.authRequired() : b.authRequired() == null ? a.authRequired()
                : a.authRequired() || b.authRequired();
        return new Endpoint(a.method(), a.path(), List.copyOf(parameters), a.requestBody() != null ? a.requestBody() : b.requestBody(),
                auth, a.source() + ", " + b.source(), a.detector().equals(b.detector()) ? a.detector() : a.detector() + "+" + b.detector());
    }
}
