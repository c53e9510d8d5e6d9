/**
 * Watching resources while load runs: the target's ({@link dev.benchpilot.tools.monitor.ResourceMonitor}: Linux
 * /proc for a pid, a Prometheus endpoint) and benchpilot's own CPU ({@link dev.benchpilot.tools.monitor.GeneratorCpu}).
 * Each samples once a second on one daemon thread, stops by itself after a maximum duration and on close, and
 * hands out immutable copies. Times are seconds since the sampler started; CPU is a fraction of all cores;
 * memory in bytes. A value a source did not give is null.
 */
package dev.benchpilot.tools.monitor;
