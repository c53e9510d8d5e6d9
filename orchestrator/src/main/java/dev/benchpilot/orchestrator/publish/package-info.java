/**
 * A finished run's results sent where teams already look: its figures pushed to a Prometheus Pushgateway
 * ({@code --push-metrics}) and a chat message to a webhook ({@code --notify}). Both read the run's {@code summary.json};
 * a failure is a run warning, never a failed run, and a URL is only ever shown without its path and query (where
 * webhook secrets live).
 */
package dev.benchpilot.orchestrator.publish;
