/**
 * The execution role: measures the no-load baseline, then drives a load engine through the profile.
 * Blocking; bounded by the profile's duration plus the request timeout; load only to the test's base URL.
 */
package dev.benchpilot.agents.execution;
