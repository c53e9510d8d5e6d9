/**
 * The run's artifacts: {@code summary.json} (the versioned contract), the Markdown reports rendered from
 * {@code workspace-template/templates}, results and plan files. Every figure comes from a measurement;
 * what was not measured is null in JSON and "n/a" in text.
 */
package dev.benchpilot.orchestrator.report;
