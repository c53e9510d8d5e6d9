/**
 * How the deterministic scenario agent drafts journeys: resources and their roles, steps, body templates and fake
 * values. Only {@code agents.scenario} uses it.
 */
package dev.benchpilot.agents.scenario.internal;
