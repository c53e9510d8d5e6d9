package dev.benchpilot.tools.analysis;

import dev.benchpilot.tools.metrics.LatencySummary;
import java.util.ArrayList;
import java.util.List;

/** How much latency grew from the no-load baseline to under load, per percentile. Pure functions. */
public final class Degradation {

    private Degradation() {}

    /**
     * @param deltaMs      under load minus no load; null when either is unknown
     * @param deltaPercent that change relative to no load, in percent; null when unknown or no load is 0
     */
    public record Row(String percentile, Double noLoadMs, Double underLoadMs, Double deltaMs, Double deltaPercent) {}

    public static List<Row> of(LatencySummary noLoad, LatencySummary underLoad) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("p50", noLoad == null ? null : noLoad.p50(), underLoad == null ? null : underLoad.p50()));
        rows.add(row("p95", noLoad == null ? null : noLoad.p95(), underLoad == null ? null : underLoad.p95()));
        rows.add(row("p99", noLoad == null ? null : noLoad.p99(), underLoad == null ? null : underLoad.p99()));
        return rows;
    }

    static Row row(String name, Double noLoad, Double underLoad) {
        if (noLoad == null || underLoad == null) {
            return new Row(name, noLoad, underLoad, null, null);
        }
        double delta = round(underLoad - noLoad);
        Double percent = noLoad == 0 ? null : round(100.0 * (underLoad - noLoad) / noLoad);
        return new Row(name, noLoad, underLoad, delta, percent);
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
