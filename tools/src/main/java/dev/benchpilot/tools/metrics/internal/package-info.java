/** Per-second and per-stage bookkeeping under {@code tools.metrics.RequestRecorder}. */
package dev.benchpilot.tools.metrics.internal;
