/**
 * The HTTP API ({@code benchpilot serve}, Javalin): start, answer and watch runs, stream their events, list stored runs,
 * serve artifacts, the dashboard and {@code /metrics}. Requests are read by {@code orchestrator.request}, runs kept by
 * {@code orchestrator.runs}.
 */
package dev.benchpilot.orchestrator.api;
