/**
 * A calibration target: an HTTP service (JDK {@code HttpServer}, no other dependency) whose capacity and
 * bottleneck kind are set by flags, so that a benchmark's figures can be checked against known truth.
 * Modes: {@code pool} (N permits × S ms: capacity N×1000/S rps), {@code cpu} (C workers × W ms of CPU:
 * capacity C×1000/W rps when C cores are free), {@code leak} (K bytes kept per request), {@code latency}
 * (log-normal service times, no capacity limit), and a stall on demand in every mode.
 */
package dev.benchpilot.examples.calibration;
