package dev.benchpilot.agents.analysis;

/**
 * A recommendation to act on, as {@code summary.json → todos} reports it.
 *
 * @param id             {@code bench-001}, ...
 * @param priority       immediate, short-term or long-term
 * @param effortHours    a rough estimate of the work
 * @param expectedImpact what should improve, in words
 * @param evidence       the finding it comes from
 */
public record Todo(
        String id, String title, String priority, double effortHours, String expectedImpact, String evidence) {}
