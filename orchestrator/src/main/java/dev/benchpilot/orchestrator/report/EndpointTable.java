package dev.benchpilot.orchestrator.report;

import dev.benchpilot.tools.endpoints.DetectionResult;
import dev.benchpilot.tools.endpoints.Endpoint;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** The detected endpoints as a text table: method, path, auth, framework and source, then totals. */
public final class EndpointTable {

    private EndpointTable() {}

    public static String auth(Endpoint endpoint) {
        return endpoint.authRequired() == null ? "unknown" : endpoint.authRequired() ? "required" : "public";
    }

    /** The table {@code benchpilot endpoints} prints (also the MCP tool's answer), with totals and warnings. */
    public static void write(DetectionResult result, PrintWriter out) {
        int pathWidth = Math.max(
                4,
                result.endpoints().stream()
                        .mapToInt(e -> e.path().length())
                        .max()
                        .orElse(4));
        out.printf("%-7s %-" + pathWidth + "s %-8s %-16s %s%n", "METHOD", "PATH", "AUTH", "FRAMEWORK", "SOURCE");
        for (Endpoint endpoint : result.endpoints()) {
            out.printf(
                    "%-7s %-" + pathWidth + "s %-8s %-16s %s%n",
                    endpoint.method(),
                    endpoint.path(),
                    auth(endpoint),
                    endpoint.detector(),
                    endpoint.source());
        }
        Map<String, Integer> byAuth = totals(result, "auth");
        out.printf(
                "%n%d endpoints: %d auth-required, %d public, %d unknown%n",
                result.endpoints().size(),
                byAuth.getOrDefault("required", 0),
                byAuth.getOrDefault("public", 0),
                byAuth.getOrDefault("unknown", 0));
        totals(result, "framework").forEach((framework, count) -> out.printf("  %-16s %d%n", framework, count));
        if (!result.warnings().isEmpty()) {
            out.println(result.warnings().size() + " warning(s):");
            result.warnings().forEach(w -> out.println("  " + w));
        }
    }

    /**
     * Counts by auth state, or by framework (an endpoint found by two detectors counts once, as {@code
     * spring+openapi}).
     */
    public static Map<String, Integer> totals(DetectionResult result, String by) {
        Map<String, Integer> totals = new TreeMap<>();
        result.endpoints().forEach(e -> totals.merge(by.equals("auth") ? auth(e) : e.detector(), 1, Integer::sum));
        return totals;
    }
}
