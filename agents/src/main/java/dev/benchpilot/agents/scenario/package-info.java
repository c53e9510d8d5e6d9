/**
 * The scenario role: designs weighted user flows from detected endpoints. {@link
 * dev.benchpilot.agents.scenario.ScenarioAgent}
 * implementations are stateless and thread-safe; they send no request. Flows only use the endpoints they are given.
 */
package dev.benchpilot.agents.scenario;
