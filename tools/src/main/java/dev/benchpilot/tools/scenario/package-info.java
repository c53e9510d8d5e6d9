/**
 * The scenario and load-profile model and the pattern library. Rates are requests per second offered
 * to the target (open model); flows turn into arriving users at
 * {@link dev.benchpilot.tools.scenario.ScenarioSet#usersPerSecondFor(double)}. Templates use
 * {@code {{name}}} placeholders. Immutable records, safe to share between threads.
 */
package dev.benchpilot.tools.scenario;
