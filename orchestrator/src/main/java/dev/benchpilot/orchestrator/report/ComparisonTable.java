package dev.benchpilot.orchestrator.report;

import dev.benchpilot.tools.analysis.RunComparison;
import dev.benchpilot.tools.text.Numbers;
import java.util.Locale;

/** Two stored runs side by side: rate, p50/p95/p99, errors and breaking point, with the change and the regressions. */
public final class ComparisonTable {

    private ComparisonTable() {}

    /** The comparison as the text table {@code compare} prints (also the MCP tool's answer). */
    public static void write(
            java.io.PrintWriter out, RunComparison.Figures a, RunComparison.Figures b, RunComparison.Result result) {
        out.printf(
                Locale.ROOT,
                "%-14s %16s %16s %10s%n",
                "figure",
                a.runId().length() > 16 ? "A" : a.runId(),
                b.runId().length() > 16 ? "B" : b.runId(),
                "change");
        row(out, "rps", a.achievedRps(), b.achievedRps(), result.deltas().get("achievedRps"), "%");
        row(out, "p50 ms", a.p50Ms(), b.p50Ms(), result.deltas().get("p50Ms"), "%");
        row(out, "p95 ms", a.p95Ms(), b.p95Ms(), result.deltas().get("p95Ms"), "%");
        row(out, "p99 ms", a.p99Ms(), b.p99Ms(), result.deltas().get("p99Ms"), "%");
        row(
                out,
                "error rate %",
                a.errorRate() == null ? null : a.errorRate() * 100,
                b.errorRate() == null ? null : b.errorRate() * 100,
                result.deltas().get("errorRate"),
                " pt");
        row(
                out,
                "breaking rps",
                a.breakingPointRps(),
                b.breakingPointRps(),
                result.deltas().get("breakingPointRps"),
                "%");
        out.println("A = " + a.runId() + ", B = " + b.runId());
        out.println(
                result.regressions().isEmpty()
                        ? "no regression beyond run-to-run noise"
                        : "regressions: " + String.join("; ", result.regressions()));
    }

    private static void row(java.io.PrintWriter out, String name, Double a, Double b, Double change, String unit) {
        out.printf(
                Locale.ROOT,
                "%-14s %16s %16s %10s%n",
                name,
                Numbers.plain(a),
                Numbers.plain(b),
                change == null ? "n/a" : String.format(Locale.ROOT, "%+.1f%s", change, unit));
    }
}
