/** The analysis agent's answer as the model writes it, before grounding. */
package dev.benchpilot.agents.analysis.internal;
