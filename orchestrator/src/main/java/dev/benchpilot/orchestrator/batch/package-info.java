/**
 * The nightly mode ({@code benchpilot batch FILE.yml}): the batch file, the benchmarks run one after another, and the
 * JUnit XML and Markdown reports rewritten after each.
 */
package dev.benchpilot.orchestrator.batch;
