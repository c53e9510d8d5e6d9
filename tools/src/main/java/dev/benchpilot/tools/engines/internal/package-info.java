/**
 * The load engines behind {@code tools.engines.LoadEngine}: embedded Gatling (simulation, per-user tracking, the
 * in-memory preferences its version check needs) and the outside processes (k6, Locust, Artillery) with their result
 * formats. Only {@code tools.engines} uses it.
 */
package dev.benchpilot.tools.engines.internal;
