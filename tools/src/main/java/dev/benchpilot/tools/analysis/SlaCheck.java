package dev.benchpilot.tools.analysis;

import dev.benchpilot.tools.metrics.LatencySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks an {@link Sla} against measured figures. A figure that was not measured is neither a pass nor a breach. */
public final class SlaCheck {

    /** @param status pass, breach or not-measured */
    public record Result(String clause, String status, Double measured) {}

    private SlaCheck() {}

    /**
     * @param latencyMs   the under-load latencies, or null
     * @param errorRate   failed / all, or null
     * @param achievedRps the achieved rate, or null
     */
    public static List<Result> check(Sla sla, LatencySummary latencyMs, Double errorRate, Double achievedRps) {
        List<Result> results = new ArrayList<>();
        for (Sla.Clause clause : sla.clauses()) {
            Double measured = switch (clause.metric()) {
                case "errors" -> errorRate;
                case "rps" -> achievedRps;
                default -> latencyMs == null ? null : latency(latencyMs, clause.metric());
            };
            String status = measured == null ? "not-measured" : clause.holds(measured) ? "pass" : "breach";
            results.add(new Result(clause.text(), status, measured));
        }
        return results;
    }

    public static boolean breached(List<Result> results) {
        return results.stream().anyMatch(r -> r.status().equals("breach"));
    }

    /** The clauses a level breaks, in words, for the capacity figures. */
    public static List<String> breaches(Sla sla, LatencySummary latencyMs, double errorRate, double achievedRps) {
        return check(sla, latencyMs, errorRate, achievedRps).stream()
                .filter(r -> r.status().equals("breach"))
                .map(r -> String.format(Locale.ROOT, "SLA %s breached (%s)", r.clause(), r.measured()))
                .toList();
    }

    private static double latency(LatencySummary latency, String metric) {
        return switch (metric) {
            case "p50" -> latency.p50();
            case "p90" -> latency.p90();
            case "p95" -> latency.p95();
            case "p99" -> latency.p99();
            case "p999" -> latency.p999();
            case "mean" -> latency.mean();
            default -> latency.max();
        };
    }
}
