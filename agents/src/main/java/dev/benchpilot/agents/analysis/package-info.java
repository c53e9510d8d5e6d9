/**
 * The analysis role: findings, numbered todos and a narrative from measured figures only. Pure; no I/O.
 */
package dev.benchpilot.agents.analysis;
