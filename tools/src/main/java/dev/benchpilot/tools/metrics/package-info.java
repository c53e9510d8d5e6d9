/**
 * Recording and summarising what load engines measured. {@link dev.benchpilot.tools.metrics.RequestRecorder}
 * is the single sink every engine feeds; latencies are recorded in microseconds into HdrHistograms and
 * reported in milliseconds by {@link dev.benchpilot.tools.metrics.LatencySummary}, the only place
 * percentiles are computed. Requests count per stage by send time, per interval latencies by completion
 * time. The recorder is thread-safe; the records are immutable.
 */
package dev.benchpilot.tools.metrics;
