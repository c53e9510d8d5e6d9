/**
 * Runs started by a server (HTTP API or MCP): each on its own thread, with its status, plan, latest second and events
 * to subscribe to, and a checkpoint answered from outside; one load run per target at a time.
 */
package dev.benchpilot.orchestrator.runs;
