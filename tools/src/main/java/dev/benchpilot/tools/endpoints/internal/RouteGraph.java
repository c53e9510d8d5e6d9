package dev.benchpilot.tools.endpoints.internal;

import dev.benchpilot.tools.endpoints.DetectionResult;
import dev.benchpilot.tools.endpoints.Endpoint;
import dev.benchpilot.tools.endpoints.EndpointPaths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routers and the routes registered on them, mounted into each other with prefixes (Express {@code app.use},
 * FastAPI {@code include_router}, Flask {@code register_blueprint}, {@code app.mount}). Endpoints are read by
 * walking from the roots, so a router mounted twice yields its routes under both prefixes, and a cycle stops.
 */
final class RouteGraph {

    /**
     * One route as registered; {@code path} is relative to its router.
     *
     * @param detector the framework that registered it, when one graph holds several (FastAPI and Flask); null for
     *     the graph's
     */
    record Route(
            String method,
            String path,
            String source,
            boolean auth,
            List<Endpoint.Parameter> parameters,
            Endpoint.RequestBody body,
            String detector) {}

    /**
     * @param replacesOwnPrefix Flask's {@code register_blueprint(url_prefix=...)} replaces the blueprint's own prefix;
     *                          FastAPI and Express prefixes add to it
     */
    record Mount(String childId, String prefix, boolean auth, boolean replacesOwnPrefix) {}

    /** A router, app or blueprint; an unmounted {@code app} is a root even when it registers nothing itself. */
    static final class Node {
        final String id;
        boolean app;
        String ownPrefix = "";
        boolean ownAuth;
        final List<Route> routes = new ArrayList<>();
        final List<Mount> mounts = new ArrayList<>();

        private Node(String id) {
            this.id = id;
        }
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();

    Node node(String id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    boolean has(String id) {
        return nodes.containsKey(id);
    }

    /**
     * Every route reachable from a root: any node nothing mounts. A root that is not an app is still read (its routes
     * without a prefix) and named in a warning when apps exist, since its mount was not seen.
     */
    List<Endpoint> endpoints(String detector, List<String> warnings) {
        Set<String> mounted = new HashSet<>();
        nodes.values().forEach(node -> node.mounts.forEach(mount -> mounted.add(mount.childId())));
        boolean anyApp = nodes.values().stream().anyMatch(node -> node.app);
        List<Endpoint> endpoints = new ArrayList<>();
        for (Node node : nodes.values()) {
            boolean root = !mounted.contains(node.id);
            if (root && (node.app || !node.routes.isEmpty() || !node.mounts.isEmpty())) {
                if (!node.app && anyApp && !node.routes.isEmpty()) {
                    warnings.add(DetectionResult.notUnderstood(
                            node.routes.get(0).source(),
                            detector,
                            "routes on '" + node.id.replaceAll(".*#", "")
                                    + "', which is mounted nowhere that could be followed; listed without a prefix"));
                }
                walk(node, "", null, false, new HashSet<>(), detector, endpoints);
            }
        }
        return endpoints;
    }

    private void walk(
            Node node,
            String base,
            String overridePrefix,
            boolean auth,
            Set<String> path,
            String detector,
            List<Endpoint> out) {
        if (!path.add(node.id)) {
            return;
        }
        String prefix = EndpointPaths.join(base, overridePrefix != null ? overridePrefix : node.ownPrefix);
        boolean guarded = auth || node.ownAuth;
        for (Route route : node.routes) {
            out.add(new Endpoint(
                    route.method(),
                    EndpointPaths.join(prefix, route.path()),
                    route.parameters(),
                    route.body(),
                    guarded || route.auth(),
                    route.source(),
                    route.detector() != null ? route.detector() : detector));
        }
        for (Mount mount : node.mounts) {
            Node child = nodes.get(mount.childId());
            if (child != null) {
                if (mount.replacesOwnPrefix()) {
                    walk(child, prefix, mount.prefix(), guarded || mount.auth(), path, detector, out);
                } else {
                    walk(
                            child,
                            EndpointPaths.join(prefix, mount.prefix()),
                            null,
                            guarded || mount.auth(),
                            path,
                            detector,
                            out);
                }
            }
        }
        path.remove(node.id);
    }
}
