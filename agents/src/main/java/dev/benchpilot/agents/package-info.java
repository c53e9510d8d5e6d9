/**
 * Role agents — scenario, execution, analysis — each an interface with a deterministic implementation
 * (the offline default) that a model-backed implementation can replace. Agents call tools capabilities
 * and know nothing of HTTP servers, the CLI or the orchestrator.
 */
package dev.benchpilot.agents;
