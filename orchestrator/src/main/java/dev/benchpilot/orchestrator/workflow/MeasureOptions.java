package dev.benchpilot.orchestrator.workflow;

import dev.benchpilot.tools.analysis.Sla;
import java.net.URI;

/**
 * How a run measures beyond the load itself.
 *
 * @param fixedStress    stress runs the fixed 1x/4x/10x/20x stages instead of the adaptive search
 * @param maxRps         the adaptive search never offers more than this; null for {@link
 *     Defaults#SEARCH_MAX_FACTOR} x the start rate
 * @param growthPerMonth expected traffic growth for the capacity projection (0.2 = 20% a month), or null
 * @param pid            the target's process on this machine, to sample its CPU, memory, threads, fds and sockets,
 *     or null
 * @param metricsUrl     the target's Prometheus endpoint, or null
 * @param sla            the service levels checked at the end (a breach exits 1), also a breaking signal; or null
 * @param label          the name runs are compared under in the history; null for the target URL
 */
public record MeasureOptions(
        boolean fixedStress, Double maxRps, Double growthPerMonth, Long pid, URI metricsUrl, Sla sla, String label) {

    public static final MeasureOptions DEFAULTS = new MeasureOptions(false, null, null, null, null, null, null);

    public MeasureOptions withObserved(Long newPid, URI newMetricsUrl) {
        return new MeasureOptions(fixedStress, maxRps, growthPerMonth, newPid, newMetricsUrl, sla, label);
    }

    public MeasureOptions withLabel(String newLabel) {
        return new MeasureOptions(fixedStress, maxRps, growthPerMonth, pid, metricsUrl, sla, newLabel);
    }
}
