/**
 * Load engines behind {@link dev.benchpilot.tools.engines.LoadEngine}, chosen by name through
 * {@link dev.benchpilot.tools.engines.LoadEngines}. The embedded default is Gatling's Java DSL running in
 * this JVM; no engine's own statistics are used, every request is recorded by benchpilot. An engine runs
 * one test at a time and blocks until its profile has ended (bounded by the profile's duration plus the
 * request timeout). Load only goes to the base URL of the test; callers check it is an allowed target.
 */
package dev.benchpilot.tools.engines;
