/**
 * Analysis of measured results: pure functions over metrics, no I/O, no clocks. Latencies in
 * milliseconds, rates per second, error rates as fractions.
 */
package dev.benchpilot.tools.analysis;
