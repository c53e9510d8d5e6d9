package dev.benchpilot.agents.analysis;

/**
 * One observation backed by measured figures.
 *
 * @param severity ok, warning or critical
 * @param evidence the measured figures it rests on, in words
 */
public record Finding(String severity, String title, String evidence) {}
